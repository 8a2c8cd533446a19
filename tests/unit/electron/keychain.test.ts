import { describe, expect, it } from 'vitest';
import { keychainStatus, runKeychain, type SafeStoragePort } from '../../../electron/main/keychain';
import { checkKeychainRequest } from '../../../electron/main/validate';

function storage(available: boolean, backend?: string): SafeStoragePort {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: backend === undefined ? undefined : () => backend,
    encryptString: (text) => Buffer.from(`sealed:${text}`),
    decryptString: (data) => {
      const text = data.toString();
      if (!text.startsWith('sealed:')) throw new Error('not ours');
      return text.slice('sealed:'.length);
    },
  };
}

describe('keychain in the main process', () => {
  it('does not pretend on Linux when safeStorage falls back to basic_text', () => {
    expect(keychainStatus(storage(true, 'basic_text'), 'linux')).toEqual({ available: false, backend: 'basic_text' });
    expect(keychainStatus(storage(true, 'gnome_libsecret'), 'linux')).toEqual({ available: true, backend: 'gnome_libsecret' });
    expect(keychainStatus(storage(false), 'darwin').available).toBe(false);
    expect(keychainStatus(storage(true), 'win32').available).toBe(true);
  });

  it('wraps and unwraps bytes, and refuses when there is no real keychain', () => {
    const key = new Uint8Array(32).map((_, i) => i);
    const wrapped = runKeychain({ op: 'wrap', bytes: key }, storage(true, 'kwallet5'), 'linux');
    expect(wrapped.ok).toBe(true);
    const bytes = (wrapped as { value: Uint8Array }).value;
    expect(runKeychain({ op: 'unwrap', bytes }, storage(true, 'kwallet5'), 'linux')).toEqual({ ok: true, value: key });
    expect(runKeychain({ op: 'wrap', bytes: key }, storage(true, 'basic_text'), 'linux')).toEqual({ ok: false, error: 'unavailable' });
    expect(runKeychain({ op: 'unwrap', bytes: new Uint8Array([1, 2]) }, storage(true), 'darwin')).toEqual({ ok: false, error: 'internal' });
  });

  it('validates every keychain request', () => {
    expect(checkKeychainRequest({ op: 'status' })).toEqual({ ok: true, value: { op: 'status' } });
    expect(checkKeychainRequest({ op: 'wrap', bytes: new Uint8Array(32) }).ok).toBe(true);
    for (const bad of [null, 'status', [], { op: 'status', extra: 1 }, { op: 'delete' }, { op: 'wrap' }, { op: 'wrap', bytes: 'abc' },
      { op: 'unwrap', bytes: new Uint8Array(0) }, { op: 'unwrap', bytes: new Uint8Array(5000) }, { op: 'wrap', bytes: new Uint8Array(4), more: true }]) {
      expect(checkKeychainRequest(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});
