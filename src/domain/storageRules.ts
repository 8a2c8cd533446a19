/**
 * When Grove warns about the browser's storage, before it becomes a problem. Pure.
 */
export const NEARLY_FULL_RATIO = 0.9;
/** Less room than this left is "nearly full" whatever the ratio (a backup and a few PDFs need room). */
export const MIN_FREE_BYTES = 100 * 1024 * 1024;

export interface StorageFacts {
  persisted: boolean;
  usage: number | null;
  quota: number | null;
}

/** True when Grove's storage is nearly full (unknown figures never warn). */
export function isNearlyFull({ usage, quota }: StorageFacts): boolean {
  if (usage === null || quota === null || quota <= 0) return false;
  return usage / quota >= NEARLY_FULL_RATIO || quota - usage < MIN_FREE_BYTES;
}
