import type { ArchiveEntry, Lang } from '../../domain/types';
import { newId } from '../../domain/ids';
import { db } from '../db';

/** Lower-case hex SHA-256 of some bytes (Web Crypto: present in Chromium, Electron and Node). */
export async function sha256Hex(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface NewArchiveEntry {
  bytes: Uint8Array;
  fileName: string;
  pages: number;
  groupId: string;
  groupCode: string;
  sessionNumber: number;
  period: string;
  lang: Lang;
}

/** Store an exported summary PDF with its hash, so its integrity can be checked later. */
export async function archiveSummary(input: NewArchiveEntry, now = Date.now()): Promise<ArchiveEntry> {
  const entry: ArchiveEntry = {
    id: newId(),
    blob: new Blob([input.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
    fileName: input.fileName,
    sha256: await sha256Hex(input.bytes),
    size: input.bytes.byteLength,
    pages: input.pages,
    groupId: input.groupId,
    groupCode: input.groupCode,
    sessionNumber: input.sessionNumber,
    period: input.period,
    lang: input.lang,
    createdAt: now,
  };
  await db.archive.add(entry);
  return entry;
}
