import { useLiveQuery } from 'dexie-react-hooks';
import {
  compareNewestFirst,
  groupCodesOf,
  groupsById,
  isExpired,
  matchesArchiveFilters,
  retentionOf,
  selectExpired,
  type ArchiveFilters,
  type Retention,
} from '../../domain/archiveRules';
import type { ArchiveEntry, Lang } from '../../domain/types';
import { newId } from '../../domain/ids';
import { db } from '../db';
import { ValidationError } from '../errors';

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
    pdf: new Uint8Array(input.bytes),
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

// ---------------------------------------------------------------------------------------------------
// The coordinator's archive: list, verify, delete, purge, and what a bulk zip reads.

/** An entry as the archive screen lists it, with its retention worked out. */
export interface ArchiveListItem {
  entry: ArchiveEntry;
  retention: Retention;
  /** Past its retention at the moment the list was read. */
  expired: boolean;
}

/** What the archive screen shows: the filtered entries (newest first) and what the filters can offer. */
export interface ArchiveView {
  items: ArchiveListItem[];
  /** Entries in the archive before filtering. */
  total: number;
  /** Every group code in the archive, for the group filter. */
  groupCodes: string[];
}

/** The result of checking bytes against the hash recorded at export. */
export interface VerifyResult {
  ok: boolean;
  expected: string;
  actual: string;
}

/** Read the archive through the filters, newest first, with each entry's retention at `now`. */
export async function listArchive(filters: ArchiveFilters, now: number): Promise<ArchiveView> {
  return db.transaction('r', db.archive, db.groups, async () => {
    const [entries, groups] = await Promise.all([db.archive.toArray(), db.groups.toArray()]);
    const byId = groupsById(groups);
    const items = entries
      .filter((entry) => matchesArchiveFilters(entry, filters))
      .sort(compareNewestFirst)
      .map((entry) => {
        const retention = retentionOf(entry, byId);
        return { entry, retention, expired: isExpired(retention, now) };
      });
    return { items, total: entries.length, groupCodes: groupCodesOf(entries) };
  });
}

/** Live archive list for React screens; undefined while loading. */
export function useArchive(filters: ArchiveFilters): ArchiveView | undefined {
  const { query, groupCode, lang, from, to } = filters;
  return useLiveQuery(() => listArchive({ query, groupCode, lang, from, to }, Date.now()), [query, groupCode, lang, from, to]);
}

async function requireEntry(id: string): Promise<ArchiveEntry> {
  const entry = await db.archive.get(id);
  if (!entry) throw new ValidationError('archive', 'archive:errors.notFound');
  return entry;
}

/** Remove one archived summary. Copies saved elsewhere are not affected. */
export async function deleteArchiveEntry(id: string): Promise<void> {
  await db.archive.delete(id);
}

/** Re-hash the stored PDF and compare it with the hash recorded when it was archived. */
export async function verifyArchiveEntry(id: string): Promise<VerifyResult> {
  const entry = await requireEntry(id);
  const actual = await sha256Hex(entry.pdf);
  return { ok: actual === entry.sha256, expected: entry.sha256, actual };
}

/**
 * The stored PDF's bytes, read afresh from the database (never from a list read earlier), with the
 * result of checking them against the recorded hash — for saving a copy only if it is still intact.
 */
export async function readArchivedPdf(id: string): Promise<{ entry: ArchiveEntry; bytes: Uint8Array; check: VerifyResult }> {
  const entry = await requireEntry(id);
  const bytes = entry.pdf;
  const actual = await sha256Hex(bytes);
  return { entry, bytes, check: { ok: actual === entry.sha256, expected: entry.sha256, actual } };
}

/** Compare a file someone handed back (its bytes) with an archived summary's recorded hash. */
export async function verifyBytesAgainstEntry(id: string, bytes: Uint8Array | ArrayBuffer): Promise<VerifyResult> {
  const entry = await requireEntry(id);
  const actual = await sha256Hex(bytes);
  return { ok: actual === entry.sha256, expected: entry.sha256, actual };
}

/** Archived summaries whose recorded hash equals this one (normally zero or one), newest first. */
export async function findEntriesByHash(sha256: string): Promise<ArchiveEntry[]> {
  const wanted = sha256.toLowerCase();
  const found = await db.archive.filter((entry) => entry.sha256 === wanted).toArray();
  return found.sort(compareNewestFirst);
}

/** What "Purge expired" would delete at `now`, for the confirmation list. */
export async function previewPurge(now: number): Promise<{ entry: ArchiveEntry; retention: Retention }[]> {
  return db.transaction('r', db.archive, db.groups, async () => selectExpired(await db.archive.toArray(), await db.groups.toArray(), now));
}

/**
 * Delete every entry whose retention has run out at `now`, in one transaction. With `onlyIds` (the list
 * the user confirmed), an entry is deleted only if it is both expired and listed, so nothing the user did
 * not see goes. Resolves to the ids deleted.
 */
export async function purgeExpired(now: number, onlyIds?: readonly string[]): Promise<string[]> {
  const allowed = onlyIds ? new Set(onlyIds) : null;
  return db.transaction('rw', db.archive, db.groups, async () => {
    const expired = selectExpired(await db.archive.toArray(), await db.groups.toArray(), now);
    const ids = expired.map(({ entry }) => entry.id).filter((id) => !allowed || allowed.has(id));
    await db.archive.bulkDelete(ids);
    return ids;
  });
}

/** The entries to put in a zip, in the order given; ids no longer in the archive are left out. */
export async function entriesForZip(ids: readonly string[]): Promise<ArchiveEntry[]> {
  const found = await db.archive.bulkGet([...ids]);
  return found.filter((entry): entry is ArchiveEntry => entry !== undefined);
}
