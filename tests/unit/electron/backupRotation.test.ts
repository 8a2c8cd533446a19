import { describe, expect, it } from 'vitest';
import {
  automaticBackupName,
  backupsToDelete,
  KEEP_LATEST,
  parseAutomaticBackupName,
  type BackupFileInfo,
} from '../../../electron/main/backupRotation';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 4, 12, 0, 0);

function file(createdAt: number): BackupFileInfo {
  return { name: automaticBackupName(createdAt, 'daily'), createdAt };
}

describe('rotation of automatic backups', () => {
  it('keeps everything while there are 10 or fewer', () => {
    const files = Array.from({ length: KEEP_LATEST }, (_, i) => file(NOW - i * 60_000));
    expect(backupsToDelete(files, NOW)).toEqual([]);
  });

  it('keeps the 10 newest of a busy day and deletes the rest', () => {
    const files = Array.from({ length: 25 }, (_, i) => file(NOW - i * 60_000));
    const deleted = backupsToDelete(files, NOW);
    expect(deleted).toHaveLength(15);
    expect(deleted).not.toContain(files[0]!.name);
    expect(deleted).not.toContain(files[9]!.name);
    expect(deleted).toContain(files[10]!.name);
  });

  it('keeps the newest of each of the last 8 weeks, and nothing older beyond the 10 newest', () => {
    // One backup a day for 90 days.
    const files = Array.from({ length: 90 }, (_, i) => file(NOW - i * DAY));
    const kept = files.filter((f) => !backupsToDelete(files, NOW).includes(f.name)).map((f) => Math.round((NOW - f.createdAt) / DAY));
    // Days 0..9 are the 10 newest; then the newest of weeks 2..8: days 14, 21, 28, 35, 42, 49.
    expect(kept).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 14, 21, 28, 35, 42, 49]);
  });

  it('keeps one a week across a gap, even when the newest 10 are all from today', () => {
    const today = Array.from({ length: 12 }, (_, i) => file(NOW - i * 60_000));
    const old = [file(NOW - 10 * DAY), file(NOW - 11 * DAY), file(NOW - 40 * DAY), file(NOW - 100 * DAY)];
    const deleted = backupsToDelete([...today, ...old], NOW);
    expect(deleted).toEqual([today[10]!.name, today[11]!.name, old[1]!.name, old[3]!.name]);
  });
});

describe('automatic backup names', () => {
  it('round-trip their time and refuse any other file', () => {
    const at = Date.UTC(2026, 0, 2, 3, 4, 5, 678);
    const name = automaticBackupName(at, 'session-end');
    expect(name).toBe('grove-backup-20260102-030405-678-session-end.age');
    expect(parseAutomaticBackupName(name)).toEqual({ name, createdAt: at });
    for (const other of ['notes.age', 'grove-backup-2026-01-02.json', `${name}.tmp`, '../grove-backup-20260102-030405-678-daily.age', 'grove-backup-20260102-030405-678-evil.age']) {
      expect(parseAutomaticBackupName(other)).toBeNull();
    }
  });
});
