import type { BackupRow } from './format';

/**
 * How an archived PDF travels inside a backup: `{ $blob: base64, type }`. The one place that knows the
 * archive row's binary field, so changing it (e.g. a Blob becoming a Uint8Array `bytes` field once rows
 * are encrypted at rest) touches only this file.
 */
export interface EncodedBlob {
  $blob: string;
  type: string;
}

/** An archive row as stored → as written in a backup. */
export async function encodeArchiveRow(row: BackupRow): Promise<BackupRow> {
  const blob = row.blob as Blob;
  return { ...row, blob: { $blob: toBase64(new Uint8Array(await blob.arrayBuffer())), type: blob.type } satisfies EncodedBlob };
}

/** An archive row as read from a (validated) backup → as stored. */
export function decodeArchiveRow(row: BackupRow): BackupRow {
  const encoded = row.blob as EncodedBlob;
  return { ...row, blob: new Blob([fromBase64(encoded.$blob)], { type: encoded.type }) };
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
