import type { BrowserWindow } from 'electron';
import { CHANNELS } from '../shared/contract';
import { quitGate } from './backups';

/** How long quitting waits for the renderer's backup before going on without it. */
export const QUIT_BACKUP_TIMEOUT_MS = 30_000;

/**
 * Makes one automatic backup when Grove closes: the first close of the facilitator window (or quit) is held,
 * the renderer is asked for a backup, and closing continues once it reports back (or after a timeout, so a
 * stuck renderer never traps the user). Only the renderer holds the data, so only it can make the backup.
 */
export function backupOnQuit(getWindow: () => BrowserWindow | null, timeoutMs = QUIT_BACKUP_TIMEOUT_MS) {
  let state: 'idle' | 'waiting' | 'done' = 'idle';
  const gate = quitGate(timeoutMs);

  /** Returns true when closing may go on now; otherwise `resume` is called once the backup is over. */
  function mayClose(resume: () => void): boolean {
    if (state === 'done') return true;
    if (state === 'waiting') return false;
    const window = getWindow();
    if (window === null || window.isDestroyed()) {
      state = 'done';
      return true;
    }
    state = 'waiting';
    window.webContents.send(CHANNELS.backupRequest, 'quit');
    void gate.wait().then(() => {
      state = 'done';
      resume();
    });
    return false;
  }

  return {
    mayClose,
    /** The renderer says its backup is over. */
    finished: () => gate.release(),
  };
}
