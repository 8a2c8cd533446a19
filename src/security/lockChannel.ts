import { copyOfKey, isUnlocked, lock, onLockChange, unlockWith } from './keyring';

/**
 * Keeps every window of Grove (the facilitator's, the presenter's) locked or unlocked together. Locking
 * anywhere locks everywhere; a window that opens locked asks the others for the key. Messages stay inside
 * this app's own origin and this computer (BroadcastChannel), and the key is only ever handed to a
 * window of the same app.
 */
type LockMessage = { type: 'lock' } | { type: 'key-request' } | { type: 'key'; key: Uint8Array };

export const LOCK_CHANNEL = 'grove-lock';

/** Starts following the other windows; returns the stop function. */
export function startLockSync(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(LOCK_CHANNEL);
  const stopListening = onLockChange((unlocked) => {
    if (!unlocked) return channel.postMessage({ type: 'lock' } satisfies LockMessage);
    const key = copyOfKey();
    if (key) channel.postMessage({ type: 'key', key } satisfies LockMessage);
    key?.fill(0);
  });
  channel.onmessage = (event: MessageEvent<LockMessage>) => {
    const message = event.data;
    if (message?.type === 'lock') lock();
    else if (message?.type === 'key-request' && isUnlocked()) {
      const key = copyOfKey();
      if (key) channel.postMessage({ type: 'key', key } satisfies LockMessage);
      key?.fill(0);
    } else if (message?.type === 'key' && !isUnlocked() && message.key instanceof Uint8Array) {
      unlockWith(message.key);
      message.key.fill(0);
    }
  };
  if (!isUnlocked()) channel.postMessage({ type: 'key-request' } satisfies LockMessage);
  return () => {
    stopListening();
    channel.close();
  };
}
