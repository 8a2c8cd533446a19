/**
 * Why a backup was refused. Each reason has a plain message in the settings catalogue
 * (`backup.errors.<reason>`), and every refusal happens before anything is written.
 */
export type BackupError =
  | 'notBackup'
  | 'notJson'
  | 'truncated'
  | 'tooLarge'
  | 'badHeader'
  | 'newerFormat'
  | 'newerSchema'
  | 'badRow'
  | 'duplicateId'
  | 'danglingReference'
  | 'unsafeKey'
  | 'tooLong'
  | 'needsKey'
  | 'badKey'
  | 'wrongKey'
  | 'damaged'
  | 'rejectedByDatabase';

/** Where in the file the problem is, when that helps the reader. */
export interface BackupErrorDetail {
  table?: string;
  row?: number;
}

export class BackupReadError extends Error {
  constructor(
    readonly reason: BackupError,
    readonly detail: BackupErrorDetail = {},
  ) {
    super(`backup: ${reason}${detail.table ? ` (${detail.table}${detail.row ? ` row ${detail.row}` : ''})` : ''}`);
    this.name = 'BackupReadError';
  }
}

/** Encryption could not happen (no recipient, or the library failed): no file is written. */
export class BackupEncryptError extends Error {
  constructor(readonly reason: 'noRecipient' | 'failed') {
    super(`backup encryption: ${reason}`);
    this.name = 'BackupEncryptError';
  }
}
