import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DisplayInfo } from '../../../electron/main/displays';
import {
  clampToDisplays,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  parseWindowState,
  saveWindowState,
} from '../../../electron/main/windowState';
import type { WindowState } from '../../../electron/main/windowState';

function display(id: number, x: number, y: number, width: number, height: number, primary: boolean): DisplayInfo {
  return {
    id,
    bounds: { x, y, width, height },
    workArea: { x, y: y + 30, width, height: height - 30 },
    primary,
    internal: false,
  };
}

const laptop = display(1, 0, 0, 1366, 768, true);
const monitor = display(2, 1366, 0, 2560, 1440, false);

function insideWorkArea(state: WindowState, target: DisplayInfo): boolean {
  const area = target.workArea;
  return (
    state.x !== undefined &&
    state.y !== undefined &&
    state.x >= area.x &&
    state.y >= area.y &&
    state.x + state.width <= area.x + area.width &&
    state.y + state.height <= area.y + area.height
  );
}

describe('clampToDisplays', () => {
  it('keeps a window that is fully visible', () => {
    const state = { x: 100, y: 100, width: 1000, height: 600, maximised: false };
    expect(clampToDisplays(state, [laptop, monitor])).toEqual(state);
  });

  it('keeps a window on the second display while it is connected', () => {
    const state = { x: 2000, y: 200, width: 1400, height: 900, maximised: true };
    expect(clampToDisplays(state, [laptop, monitor])).toEqual(state);
  });

  it('brings back a window left on a display that is gone, centred on the primary one', () => {
    const state = { x: 2000, y: 200, width: 1400, height: 900, maximised: true };
    const restored = clampToDisplays(state, [laptop]);
    expect(insideWorkArea(restored, laptop)).toBe(true);
    expect(restored.width).toBe(1366);
    expect(restored.height).toBe(738);
    expect(restored.maximised).toBe(true);
  });

  it('pulls a mostly off-screen window fully back onto its display', () => {
    const restored = clampToDisplays({ x: -900, y: 500, width: 1000, height: 600, maximised: false }, [laptop, monitor]);
    expect(insideWorkArea(restored, laptop)).toBe(true);
    const partly = clampToDisplays({ x: 1000, y: -50, width: 1000, height: 600, maximised: false }, [laptop]);
    expect(insideWorkArea(partly, laptop)).toBe(true);
  });

  it('handles far-away, negative and huge coordinates', () => {
    for (const state of [
      { x: 100_000, y: 100_000, width: 800, height: 600, maximised: false },
      { x: -100_000, y: -100_000, width: 800, height: 600, maximised: false },
      { x: 0, y: 0, width: 99_999, height: 99_999, maximised: false },
    ]) {
      expect(insideWorkArea(clampToDisplays(state, [laptop, monitor]), laptop) || insideWorkArea(clampToDisplays(state, [laptop, monitor]), monitor)).toBe(true);
    }
  });

  it('applies the minimum size when the display allows it', () => {
    const restored = clampToDisplays({ x: 10, y: 40, width: 100, height: 100, maximised: false }, [monitor]);
    expect(restored.width).toBe(MIN_WINDOW_WIDTH);
    expect(restored.height).toBe(MIN_WINDOW_HEIGHT);
  });

  it('centres a state without position on the primary display, wherever it is in the list', () => {
    const restored = clampToDisplays({ width: 1000, height: 700, maximised: false }, [monitor, laptop]);
    expect(insideWorkArea(restored, laptop)).toBe(true);
  });

  it('drops the position when no display is known', () => {
    expect(clampToDisplays({ x: 5, y: 5, width: 900, height: 700, maximised: false }, [])).toEqual({
      width: 900,
      height: 700,
      maximised: false,
    });
  });
});

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(parseWindowState('{"x":1,"y":2,"width":900,"height":700,"maximised":true}')).toEqual({
      x: 1,
      y: 2,
      width: 900,
      height: 700,
      maximised: true,
    });
  });

  it.each(['', 'null', '[]', '{"width":"big","height":700}', '{"width":-1,"height":700}', '{"width":1e400,"height":1}', '{'])(
    'falls back to the default for %s',
    (text) => {
      expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
    },
  );

  it('ignores a half position', () => {
    expect(parseWindowState('{"x":1,"width":900,"height":700}')).toEqual({ width: 900, height: 700, maximised: false });
  });
});

describe('loadWindowState / saveWindowState', () => {
  it('round-trips through a private JSON file and survives a damaged one', () => {
    const directory = mkdtempSync(join(tmpdir(), 'grove-state-'));
    const file = join(directory, 'window-state.json');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    const state = { x: 3, y: 4, width: 1000, height: 700, maximised: false };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
    writeFileSync(file, 'garbage');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => saveWindowState(join(directory, 'missing-dir', 'x.json'), state)).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
