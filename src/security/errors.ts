/** The data key is not in memory: the app is locked (or was never unlocked). Nothing can be read or written. */
export class LockedError extends Error {
  constructor() {
    super('Grove is locked');
    this.name = 'LockedError';
  }
}

/**
 * A sealed value did not open: it was changed on disk, moved from another row, or sealed with another key.
 * Never shown garbled: the row is reported as damaged instead.
 */
export class TamperedError extends Error {
  constructor(readonly table: string, readonly key: unknown) {
    super(`Stored data in ${table} could not be opened: it was altered or sealed with another key`);
    this.name = 'TamperedError';
  }
}

/** Tells whether an error (possibly wrapped by Dexie in `inner`) is one of the errors above. */
export function securityErrorOf(error: unknown): LockedError | TamperedError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    if (current instanceof LockedError || current instanceof TamperedError) return current;
    current = (current as { inner?: unknown }).inner;
  }
  return null;
}
