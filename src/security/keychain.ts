import type { Result } from '../host';

/**
 * The operating system's keychain, as the host offers it (Electron's safeStorage over one IPC call). A
 * browser has none; on Linux a keychain that falls back to plain text ("basic_text") counts as none.
 */
export interface Keychain {
  available(): Promise<boolean>;
  wrap(bytes: Uint8Array): Promise<Result<Uint8Array>>;
  unwrap(bytes: Uint8Array): Promise<Result<Uint8Array>>;
}

export const NO_KEYCHAIN: Keychain = {
  available: async () => false,
  wrap: async () => ({ ok: false, error: 'unavailable' }),
  unwrap: async () => ({ ok: false, error: 'unavailable' }),
};
