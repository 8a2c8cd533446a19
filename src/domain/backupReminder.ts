/**
 * When Grove reminds the facilitator about backups. Pure: the home screen and the automatic backups ask it.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;
/** The home screen mentions it gently after this long without a verified backup. */
export const REMIND_AFTER_MS = 7 * DAY_MS;
/** The desktop app makes an automatic backup when the last one is older than this. */
export const DAILY_BACKUP_MS = DAY_MS;

/** True when there is something to lose and no verified backup for 7 days (or ever). */
export function backupReminderDue(lastVerifiedAt: number | null, now: number, hasData: boolean): boolean {
  if (!hasData) return false;
  return lastVerifiedAt === null || now - lastVerifiedAt >= REMIND_AFTER_MS;
}

/** True when the daily automatic backup should run now. */
export function dailyBackupDue(lastVerifiedAt: number | null, now: number): boolean {
  return lastVerifiedAt === null || now - lastVerifiedAt >= DAILY_BACKUP_MS;
}

/** Whole days since the last verified backup, for the reminder's wording. */
export function daysSince(lastVerifiedAt: number, now: number): number {
  return Math.max(0, Math.floor((now - lastVerifiedAt) / DAY_MS));
}
