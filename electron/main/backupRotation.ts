import { BACKUP_REASONS, type BackupReason } from '../shared/contract';

/**
 * Which automatic backups to keep: the 10 newest, plus the newest of each of the last 8 weeks (counted back
 * from now in 7-day windows). Pure, so the rule is tested without a disk; files that are not Grove's
 * automatic backups are never candidates.
 */
export const KEEP_LATEST = 10;
export const KEEP_WEEKS = 8;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface BackupFileInfo {
  name: string;
  createdAt: number;
}

/** Names of the backups to delete, given every automatic backup in the folder. */
export function backupsToDelete(files: readonly BackupFileInfo[], now: number): string[] {
  const newestFirst = [...files].sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
  const keep = new Set(newestFirst.slice(0, KEEP_LATEST).map((file) => file.name));
  for (let week = 0; week < KEEP_WEEKS; week += 1) {
    const end = now - week * WEEK_MS;
    const start = end - WEEK_MS;
    const newestInWeek = newestFirst.find((file) => file.createdAt > start && file.createdAt <= end);
    if (newestInWeek) keep.add(newestInWeek.name);
  }
  return newestFirst.filter((file) => !keep.has(file.name)).map((file) => file.name);
}


const NAME_PATTERN = /^grove-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-([a-z-]+)\.age$/;

/** The file name of an automatic backup made at `createdAt` (UTC, to the millisecond) for a reason. */
export function automaticBackupName(createdAt: number, reason: BackupReason): string {
  const iso = new Date(createdAt).toISOString(); // 2026-12-04T16:25:35.123Z
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`;
  return `grove-backup-${stamp}-${reason}.age`;
}

/** When an automatic backup was made, from its name; null for any other file. */
export function parseAutomaticBackupName(name: string): BackupFileInfo | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds, millis, reason] = match;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason!)) return null;
  const createdAt = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds), Number(millis));
  return Number.isNaN(createdAt) ? null : { name, createdAt };
}
