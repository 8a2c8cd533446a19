import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { HOST_ERRORS, SAVE_FILE_TYPES } from '../shared/contract';
import type { Result, SaveFileRequest, SaveMimeType } from '../shared/contract';

/** Longest file name produced, in UTF-8 bytes (file systems allow 255; leave room for a temp suffix). */
export const MAX_FILE_NAME_BYTES = 200;
const FALLBACK_NAME = 'grove-export';
/** Device names Windows reserves whatever the extension (`CON.pdf` is as reserved as `CON`). */
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cuts text to at most `maxBytes` UTF-8 bytes without splitting a character or grapheme. */
function truncateToBytes(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let result = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (utf8Length(result + segment) > maxBytes) break;
    result += segment;
  }
  return result;
}

function trimDotsAndSpaces(text: string): string {
  return text.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
}

/**
 * Turns a proposed name into a safe single file name on every platform: path separators and
 * `.`/`..` segments removed, control and invisible/bidi characters dropped, characters Windows forbids
 * replaced, no leading or trailing dots or spaces, reserved Windows device names prefixed with `_`, at
 * most {@link MAX_FILE_NAME_BYTES} bytes with the extension kept. Never returns an empty string.
 */
export function sanitiseFileName(name: string): string {
  let text = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[\p{Zl}\p{Zp}]/gu, ' ');
  text = text
    .split(/[/\\]+/u)
    .map((segment) => segment.trim())
    .filter((segment) => segment !== '' && !/^\.+$/u.test(segment))
    .join('_');
  text = trimDotsAndSpaces(text.replace(/[<>:"|?*]/gu, '_').replace(/\s+/gu, ' '));

  const extensionMatch = EXTENSION.exec(text);
  const extension = extensionMatch !== null && extensionMatch.index > 0 ? extensionMatch[0] : '';
  let stem = trimDotsAndSpaces(text.slice(0, text.length - extension.length));
  if (stem === '') stem = FALLBACK_NAME;
  if (RESERVED_WINDOWS_NAMES.test(stem.split('.')[0]?.trim() ?? '')) stem = `_${stem}`;
  stem = trimDotsAndSpaces(truncateToBytes(stem, MAX_FILE_NAME_BYTES - utf8Length(extension)));
  if (stem === '') stem = FALLBACK_NAME;
  return `${stem}${extension}`;
}

/** A sanitised name that ends with the extension of `mimeType` (appended when missing or different). */
export function fileNameFor(suggestedName: string, mimeType: SaveMimeType): string {
  const extension = SAVE_FILE_TYPES[mimeType];
  const name = sanitiseFileName(suggestedName);
  return name.toLowerCase().endsWith(`.${extension}`) ? name : sanitiseFileName(`${name}.${extension}`);
}

/** Options of the native save dialog for a request. */
export function saveDialogOptions(request: SaveFileRequest, defaultDirectory: string): SaveDialogOptions {
  const extension = SAVE_FILE_TYPES[request.mimeType];
  return {
    defaultPath: join(defaultDirectory, fileNameFor(request.suggestedName, request.mimeType)),
    filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/**
 * Writes through a temporary file in the same folder and renames it, so a failure never leaves a
 * half-written file under the chosen name. Readable by the user only (mode 0600 where supported).
 */
export async function writeFileAtomically(filePath: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(filePath), `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { mode: 0o600, flag: 'wx' });
    await rename(temporary, filePath);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

export interface SaveDependencies {
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  defaultDirectory: string;
}

/** Asks where to save (native dialog), then writes the bytes. Resolves to the saved path. */
export async function saveWithDialog(request: SaveFileRequest, deps: SaveDependencies): Promise<Result<string>> {
  const choice = await deps.showSaveDialog(saveDialogOptions(request, deps.defaultDirectory));
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
    return { ok: false, error: HOST_ERRORS.cancelled };
  }
  try {
    await writeFileAtomically(choice.filePath, request.bytes);
  } catch (error) {
    console.error('[grove] saving a file failed:', error);
    return { ok: false, error: HOST_ERRORS.writeFailed };
  }
  return { ok: true, value: choice.filePath };
}
