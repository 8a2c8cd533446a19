import { HOST_ERRORS, isBackupReason, LOCALES, MAX_BACKUP_BYTES, MAX_KEYCHAIN_BYTES, MAX_SAVE_BYTES, PRESENTER_ROUTE_PATTERN, SAVE_FILE_TYPES } from '../shared/contract';
import type { KeychainRequest, Locale, LocaleRequest, PresenterRequest, ReadBackupRequest, SaveFileRequest, SaveMimeType, WriteBackupRequest } from '../shared/contract';

/** Outcome of checking an IPC argument: the typed value, or the error to send back. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** Longest `suggestedName` accepted before sanitising (longer ones are refused, not cut). */
export const MAX_SUGGESTED_NAME_LENGTH = 1000;

function invalid(detail: string): { ok: false; error: string } {
  return { ok: false, error: `${HOST_ERRORS.invalidArgument}: ${detail}` };
}

/** A plain object with exactly the given keys (arrays, null and extra keys are refused). */
function asRecord(value: unknown, keys: readonly string[]): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  if (value instanceof Uint8Array) return null;
  const record = value as Record<string, unknown>;
  const actual = Object.keys(record);
  if (actual.length !== keys.length || !actual.every((key) => keys.includes(key))) return null;
  return record;
}

/** Checks the argument of `saveFile`. */
export function checkSaveFileRequest(value: unknown): Checked<SaveFileRequest> {
  const record = asRecord(value, ['suggestedName', 'mimeType', 'bytes']);
  if (record === null) return invalid('expected { suggestedName, mimeType, bytes }');
  const { suggestedName, mimeType, bytes } = record;
  if (typeof suggestedName !== 'string' || suggestedName.trim() === '' || suggestedName.length > MAX_SUGGESTED_NAME_LENGTH) {
    return invalid('suggestedName');
  }
  if (typeof mimeType !== 'string' || !Object.hasOwn(SAVE_FILE_TYPES, mimeType)) return invalid('mimeType');
  if (!(bytes instanceof Uint8Array)) return invalid('bytes');
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_SAVE_BYTES) return invalid('bytes size');
  return { ok: true, value: { suggestedName, mimeType: mimeType as SaveMimeType, bytes } };
}

/** Checks the argument of `openPresenter`. */
export function checkPresenterRequest(value: unknown): Checked<PresenterRequest> {
  const record = asRecord(value, ['route']);
  if (record === null) return invalid('expected { route }');
  const { route } = record;
  if (typeof route !== 'string' || !PRESENTER_ROUTE_PATTERN.test(route)) return invalid('route');
  return { ok: true, value: { route } };
}

/** Checks the argument of `setLocale`. */
export function checkLocaleRequest(value: unknown): Checked<LocaleRequest> {
  const record = asRecord(value, ['locale']);
  if (record === null) return invalid('expected { locale }');
  const { locale } = record;
  if (typeof locale !== 'string' || !(LOCALES as readonly string[]).includes(locale)) return invalid('locale');
  return { ok: true, value: { locale: locale as Locale } };
}

/** Checks that a call without arguments got none. */
export function checkNoArgument(value: unknown): Checked<undefined> {
  return value === undefined ? { ok: true, value: undefined } : invalid('expected no argument');
}

/** Checks the argument of `keychain`. */
export function checkKeychainRequest(value: unknown): Checked<KeychainRequest> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid('expected { op }');
  const op = (value as { op?: unknown }).op;
  if (op === 'status') return asRecord(value, ['op']) ? { ok: true, value: { op } } : invalid('expected { op }');
  if (op !== 'wrap' && op !== 'unwrap') return invalid('op');
  const record = asRecord(value, ['op', 'bytes']);
  if (record === null) return invalid('expected { op, bytes }');
  const { bytes } = record;
  if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0 || bytes.byteLength > MAX_KEYCHAIN_BYTES) return invalid('bytes');
  return { ok: true, value: { op, bytes } };
}

/** Checks the argument of `writeBackup`: bytes of a sane size, a plausible time, a known reason. */
export function checkWriteBackupRequest(value: unknown): Checked<WriteBackupRequest> {
  const record = asRecord(value, ['bytes', 'createdAt', 'reason']);
  if (record === null) return invalid('expected { bytes, createdAt, reason }');
  const { bytes, createdAt, reason } = record;
  if (!(bytes instanceof Uint8Array)) return invalid('bytes');
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_BACKUP_BYTES) return invalid('bytes size');
  // Between 2020 and 2999: the file name is made from it.
  if (typeof createdAt !== 'number' || !Number.isInteger(createdAt) || createdAt < 1_577_836_800_000 || createdAt >= 32_503_680_000_000) {
    return invalid('createdAt');
  }
  if (!isBackupReason(reason)) return invalid('reason');
  return { ok: true, value: { bytes, createdAt, reason } };
}

/** Checks the argument of `readBackup`: a bare file name (the handler also checks its pattern). */
export function checkReadBackupRequest(value: unknown): Checked<ReadBackupRequest> {
  const record = asRecord(value, ['name']);
  if (record === null) return invalid('expected { name }');
  const { name } = record;
  if (typeof name !== 'string' || name.length > 200 || /[/\\]/.test(name)) return invalid('name');
  return { ok: true, value: { name } };
}
