import type { BackupRow } from './format';

/**
 * How an archived PDF travels inside a backup: `{ $blob: base64, type }`. The one place that knows the
 * archive row's binary field: stored rows hold the PDF as bytes (`pdf`, sealed at rest), backups keep the
 * documented `blob` shape so every backup ever written still restores.
 */
export interface EncodedBlob {
  $blob: string;
  type: string;
}

/** An archive row as stored → as written in a backup. */
export async function encodeArchiveRow(row: BackupRow): Promise<BackupRow> {
  const { pdf, ...rest } = row;
  return { ...rest, blob: { $blob: toBase64(pdf as Uint8Array), type: 'application/pdf' } satisfies EncodedBlob };
}

/** An archive row as read from a (validated) backup → as stored. */
export function decodeArchiveRow(row: BackupRow): BackupRow {
  const { blob, ...rest } = row;
  return { ...rest, pdf: fromBase64((blob as EncodedBlob).$blob) };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
