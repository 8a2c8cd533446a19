import { backupFileName } from '../../db/backup/create';
import { makeVerifiedBackup, type BackupWriter, type VerifiedBackup } from '../../db/backup/verified';
import { host, type BackupReason } from '../../host';

/**
 * Runs verified backups for the whole renderer, one at a time, and tells screens how it went. In the
 * desktop app the copy goes to the backup folder through the host; in a browser it is a download.
 */
export interface AutomaticBackupStatus {
  running: boolean;
  progress: number;
  /** The last attempt failed (reason shown to the user); cleared by the next success. */
  error: unknown;
}

let status: AutomaticBackupStatus = { running: false, progress: 0, error: null };
const listeners = new Set<() => void>();
let inFlight: Promise<VerifiedBackup | null> | null = null;

function set(next: Partial<AutomaticBackupStatus>): void {
  status = { ...status, ...next };
  for (const listener of listeners) listener();
}

export function subscribeBackupStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function backupStatusSnapshot(): AutomaticBackupStatus {
  return status;
}

function hostError(error: string): Error {
  return new Error(error);
}

/** Writes into the desktop app's backup folder and reads the copy back by name. */
function folderWriter(reason: BackupReason): BackupWriter {
  return {
    async write(bytes, createdAt) {
      const written = await host.writeBackup({ bytes, createdAt, reason });
      if (!written.ok) throw hostError(written.error);
      return {
        where: written.value.path,
        async readBack() {
          const read = await host.readBackup(written.value.name);
          if (!read.ok) throw hostError(read.error);
          return read.value;
        },
      };
    },
  };
}

/**
 * A browser download. The browser gives no way to read a download back, so what is verified is the exact
 * bytes handed to it; the Settings screen says so.
 */
function downloadWriter(): BackupWriter {
  return {
    async write(bytes, createdAt) {
      const name = backupFileName(new Date(createdAt));
      const saved = await host.saveFile({ suggestedName: name, mimeType: 'application/octet-stream', bytes });
      if (!saved.ok) throw hostError(saved.error);
      return { where: saved.value, readBack: async () => bytes };
    },
  };
}

/** Makes one verified backup unless one is already running (then waits for that one). */
export function runVerifiedBackup(reason: BackupReason): Promise<VerifiedBackup | null> {
  if (inFlight) return inFlight;
  set({ running: true, progress: 0 });
  const writer = host.isElectron ? folderWriter(reason) : downloadWriter();
  inFlight = makeVerifiedBackup(reason, writer, (progress) => set({ progress }))
    .then((verified) => {
      set({ error: null });
      return verified;
    })
    .catch((error: unknown) => {
      console.error('[grove] backup failed:', error instanceof Error ? error.message : error);
      set({ error });
      return null;
    })
    .finally(() => {
      inFlight = null;
      set({ running: false, progress: 0 });
    });
  return inFlight;
}
