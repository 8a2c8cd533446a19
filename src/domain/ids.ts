/** A random id for a new record. crypto.randomUUID exists in Chromium, Electron and Node 20. */
export function newId(): string {
  return crypto.randomUUID();
}
