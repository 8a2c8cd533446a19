import type { KeychainRequest, KeychainStatus, Result } from '../shared/contract';
import { HOST_ERRORS } from '../shared/contract';

/** The part of Electron's safeStorage Grove uses (injected, so tests need no Electron). */
export interface SafeStoragePort {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron; other platforms report their own keychain. */
  getSelectedStorageBackend?(): string;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

/**
 * Whether the keychain really protects anything. On Linux, safeStorage falls back to `basic_text` (a
 * hard-coded key) when no secret service is running: that is no protection, so Grove says unavailable and
 * asks for a passphrase instead.
 */
export function keychainStatus(storage: SafeStoragePort, platform: NodeJS.Platform): KeychainStatus {
  const backend = platform === 'linux' ? (storage.getSelectedStorageBackend?.() ?? 'unknown') : platform === 'darwin' ? 'keychain' : 'dpapi';
  const available = storage.isEncryptionAvailable() && !(platform === 'linux' && (backend === 'basic_text' || backend === 'unknown'));
  return { available, backend };
}

/** Carries out one checked keychain request. The bytes travel as base64 text through safeStorage's string API. */
export function runKeychain(request: KeychainRequest, storage: SafeStoragePort, platform: NodeJS.Platform): Result<KeychainStatus | Uint8Array> {
  const status = keychainStatus(storage, platform);
  if (request.op === 'status') return { ok: true, value: status };
  if (!status.available) return { ok: false, error: 'unavailable' };
  try {
    if (request.op === 'wrap') return { ok: true, value: new Uint8Array(storage.encryptString(Buffer.from(request.bytes).toString('base64'))) };
    return { ok: true, value: new Uint8Array(Buffer.from(storage.decryptString(Buffer.from(request.bytes)), 'base64')) };
  } catch {
    // The keychain refused (another user's wrap, a reset keychain): the renderer falls back to the passphrase.
    return { ok: false, error: HOST_ERRORS.internal };
  }
}
