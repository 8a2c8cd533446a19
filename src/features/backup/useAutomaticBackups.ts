import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { hasDataToBackUp, lastVerifiedBackup, latestSessionEnd } from '../../db/backup/verified';
import { dailyBackupDue } from '../../domain/backupReminder';
import { host } from '../../host';
import { backupStatusSnapshot, runVerifiedBackup, subscribeBackupStatus, type AutomaticBackupStatus } from './automaticBackup';

const DAILY_CHECK_MS = 30 * 60 * 1000;

/**
 * The desktop app's automatic backups, mounted once in the app shell: when Grove closes (the host asks),
 * when a session ends, and daily while the app is open. A plain browser cannot write files unasked, so
 * there the home screen and Settings remind instead.
 */
export function useAutomaticBackups(): void {
  const sessionEnd = useLiveQuery(latestSessionEnd, []);
  const seenSessionEnd = useRef<number | null>(null);

  useEffect(() => {
    if (!host.isElectron) return undefined;
    return host.onBackupRequest((reason) => {
      void runVerifiedBackup(reason).finally(() => void host.backupFinished());
    });
  }, []);

  useEffect(() => {
    if (!host.isElectron) return undefined;
    const check = async () => {
      const last = await lastVerifiedBackup();
      if (dailyBackupDue(last?.at ?? null, Date.now()) && (await hasDataToBackUp())) await runVerifiedBackup('daily');
    };
    void check();
    const timer = setInterval(() => void check(), DAILY_CHECK_MS);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!host.isElectron || sessionEnd === undefined) return;
    // The first value is what was there at start; a later, newer end means a session just ended.
    if (seenSessionEnd.current !== null && sessionEnd > seenSessionEnd.current) void runVerifiedBackup('session-end');
    seenSessionEnd.current = sessionEnd;
  }, [sessionEnd]);
}

/** How the current or last backup run is going. */
export function useBackupStatus(): AutomaticBackupStatus {
  return useSyncExternalStore(subscribeBackupStatus, backupStatusSnapshot);
}
