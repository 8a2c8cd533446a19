import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { backupOnQuit } from '../../../electron/main/backupOnQuit';

function fakeWindow() {
  return { isDestroyed: () => false, webContents: { send: vi.fn() } };
}

describe('the backup made when Grove closes', () => {
  it('holds the first close, asks once, and resumes when the renderer reports back', async () => {
    const window = fakeWindow();
    const gate = backupOnQuit(() => window as unknown as BrowserWindow, 10_000);
    const resume = vi.fn();
    expect(gate.mayClose(resume)).toBe(false);
    expect(gate.mayClose(vi.fn())).toBe(false);
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    expect(window.webContents.send).toHaveBeenCalledWith('grove:backup-request', 'quit');
    gate.finished();
    await vi.waitFor(() => expect(resume).toHaveBeenCalledOnce());
    expect(gate.mayClose(vi.fn())).toBe(true);
  });

  it('goes on after the timeout when the renderer never answers', async () => {
    vi.useFakeTimers();
    try {
      const gate = backupOnQuit(() => fakeWindow() as unknown as BrowserWindow, 30_000);
      const resume = vi.fn();
      gate.mayClose(resume);
      await vi.advanceTimersByTimeAsync(29_999);
      expect(resume).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(resume).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not hold closing when there is no window to ask', () => {
    expect(backupOnQuit(() => null).mayClose(vi.fn())).toBe(true);
  });
});
