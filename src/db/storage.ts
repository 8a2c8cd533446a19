export interface StorageStatus {
  persisted: boolean;
  usage: number | null;
  quota: number | null;
}

/** Ask the browser to keep Grove's data even under storage pressure. Headless Chromium says no; that is fine. */
export async function requestPersistence(): Promise<boolean> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

export async function storageStatus(): Promise<StorageStatus> {
  const persisted = (await navigator.storage?.persisted?.().catch(() => false)) ?? false;
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
