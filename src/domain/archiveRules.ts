/**
 * The coordinator's archive as rules: which entries a search shows, when an entry's retention runs out,
 * what a bulk zip is called and what its manifest says. Pure functions of their inputs (no Dexie, no DOM).
 */
import type { ArchiveEntry, Lang } from './types';

/** Metadata of an archived summary: everything but the PDF itself. */
export type ArchiveMeta = Omit<ArchiveEntry, 'pdf'>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Days an archived summary is kept when its group's own rule is gone (the group was deleted) or unusable.
 * It is the default grace period of DOMAIN.md §6 ("default 30 days"): keeping such files forever would
 * defeat the point of a retention rule, and deleting them the moment a group goes would surprise a
 * coordinator who still needs them. Purging is never automatic: the user sees the list and confirms.
 */
export const DEFAULT_RETENTION_DAYS = 30;

// ---------------------------------------------------------------------------------------------------
// Search and filters

export interface ArchiveFilters {
  /** Free text matched against group code, period and file name; every word must match. */
  query: string;
  /** Exact group code, or '' for all. */
  groupCode: string;
  /** Language of the summary, or '' for all. */
  lang: Lang | '';
  /** Exported on or after this local calendar day (yyyy-mm-dd), or ''. */
  from: string;
  /** Exported on or before this local calendar day (yyyy-mm-dd), or ''. */
  to: string;
}

export const EMPTY_FILTERS: ArchiveFilters = { query: '', groupCode: '', lang: '', from: '', to: '' };

/** Lower case without accents, so "perché" finds "perche" and "GRV" finds "grv". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Start of a local calendar day given as yyyy-mm-dd, in epoch ms; null when the text is not a date. */
export function localDayStart(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date.getTime();
}

/** True when both ends of the date range are set and the end comes before the start. */
export function isDateRangeInverted(filters: Pick<ArchiveFilters, 'from' | 'to'>): boolean {
  const from = localDayStart(filters.from);
  const to = localDayStart(filters.to);
  return from !== null && to !== null && to < from;
}

/**
 * Whether an entry passes the filters. An inverted date range is ignored (the screen says why) rather
 * than hiding everything, so a half-typed range never makes the archive look empty.
 */
export function matchesArchiveFilters(entry: ArchiveMeta, filters: ArchiveFilters): boolean {
  if (filters.groupCode && entry.groupCode !== filters.groupCode) return false;
  if (filters.lang && entry.lang !== filters.lang) return false;
  if (!isDateRangeInverted(filters)) {
    const from = localDayStart(filters.from);
    const to = localDayStart(filters.to);
    if (from !== null && entry.createdAt < from) return false;
    // "To" includes the whole day: compare with the start of the next local day.
    if (to !== null) {
      const toDate = new Date(to);
      const nextDay = new Date(toDate.getFullYear(), toDate.getMonth(), toDate.getDate() + 1).getTime();
      if (entry.createdAt >= nextDay) return false;
    }
  }
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch([entry.groupCode, entry.period, entry.fileName].join('\n'));
  return words.every((word) => haystack.includes(word));
}

/** Newest first; ties (same millisecond) by file name so the order is stable. */
export function compareNewestFirst(a: ArchiveMeta, b: ArchiveMeta): number {
  return b.createdAt - a.createdAt || a.fileName.localeCompare(b.fileName);
}

/** Distinct group codes, sorted, for the group filter. */
export function groupCodesOf(entries: readonly ArchiveMeta[]): string[] {
  return [...new Set(entries.map((entry) => entry.groupCode))].sort((a, b) => a.localeCompare(b));
}

// ---------------------------------------------------------------------------------------------------
// Retention

/** A group as far as retention is concerned. */
export interface RetentionGroup {
  id: string;
  retentionDays: number;
}

export type RetentionRule = 'group' | 'deletedGroup' | 'invalidGroupRule';

export interface Retention {
  days: number;
  rule: RetentionRule;
  /** The moment the entry may be purged: createdAt + days. */
  expiresAt: number;
}

/** A usable retention setting: a whole number of days, at least one. */
function isUsableRetention(days: unknown): days is number {
  return typeof days === 'number' && Number.isInteger(days) && days >= 1;
}

/**
 * How long an entry is kept, counted from its export (createdAt) in whole 24-hour days: its group's
 * `retentionDays`, or {@link DEFAULT_RETENTION_DAYS} when the group no longer exists or its setting is
 * not a usable number of days.
 */
export function retentionOf(entry: ArchiveMeta, groups: ReadonlyMap<string, RetentionGroup>): Retention {
  const group = groups.get(entry.groupId);
  let days = DEFAULT_RETENTION_DAYS;
  let rule: RetentionRule = 'deletedGroup';
  if (group) {
    if (isUsableRetention(group.retentionDays)) {
      days = group.retentionDays;
      rule = 'group';
    } else {
      rule = 'invalidGroupRule';
    }
  }
  return { days, rule, expiresAt: entry.createdAt + days * DAY_MS };
}

/** Groups keyed by id, for {@link retentionOf}. */
export function groupsById(groups: readonly RetentionGroup[]): Map<string, RetentionGroup> {
  return new Map(groups.map((group) => [group.id, group]));
}

/** Whether an entry's retention has run out at `now`. */
export function isExpired(retention: Retention, now: number): boolean {
  return now >= retention.expiresAt;
}

/** The entries a purge at `now` deletes, oldest expiry first, each with the rule that applied. */
export function selectExpired<T extends ArchiveMeta>(
  entries: readonly T[],
  groups: readonly RetentionGroup[],
  now: number,
): { entry: T; retention: Retention }[] {
  const byId = groupsById(groups);
  return entries
    .map((entry) => ({ entry, retention: retentionOf(entry, byId) }))
    .filter(({ retention }) => isExpired(retention, now))
    .sort((a, b) => a.retention.expiresAt - b.retention.expiresAt || a.entry.fileName.localeCompare(b.entry.fileName));
}

// ---------------------------------------------------------------------------------------------------
// Zip names and manifest

const MAX_NAME_LENGTH = 120;

/**
 * A file name safe on Windows, macOS and Linux and inside a zip: no folders, no control or reserved
 * characters, no trailing dots or spaces, not a reserved device name, ending in `.pdf`.
 */
export function safePdfName(fileName: string): string {
  let base = fileName
    .replace(/^.*[\\/]/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/\.pdf$/i, '')
    .replace(/[. ]+$/, '')
    .replace(/^[. ]+/, '')
    .trim();
  if (!base) base = 'summary';
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `${base}_`;
  return `${base.slice(0, MAX_NAME_LENGTH)}.pdf`;
}

/**
 * Names for the PDFs inside a zip, in the same order: made safe, then deduplicated without regard to
 * case (two files differing only in case overwrite each other on Windows and macOS):
 * "a.pdf", "a (2).pdf", "a (3).pdf". Never collides with the manifest files.
 */
export function zipEntryNames(fileNames: readonly string[]): string[] {
  const taken = new Set(['manifest.json', 'manifest.csv']);
  return fileNames.map((original) => {
    const safe = safePdfName(original);
    const stem = safe.slice(0, -'.pdf'.length);
    let candidate = safe;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n}).pdf`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Local calendar date of a moment as yyyy-mm-dd. */
export function localIsoDate(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The zip's suggested name: the group code when every file comes from one group, else "grove", then
 * "summaries" and the local date, e.g. "GRV-24A-summaries-2026-11-24.zip".
 */
export function zipFileName(entries: readonly Pick<ArchiveMeta, 'groupCode'>[], now: number): string {
  const codes = new Set(entries.map((entry) => entry.groupCode));
  const [only] = codes;
  const prefix = codes.size === 1 && only ? safePdfName(only).slice(0, -'.pdf'.length) : 'grove';
  return `${prefix}-summaries-${localIsoDate(now)}.zip`;
}

/** One file in the manifest. */
export interface ManifestFile {
  fileName: string;
  sha256: string;
  groupCode: string;
  sessionNumber: number;
  period: string;
  lang: Lang;
  pages: number;
  size: number;
  /** When the summary was exported and archived, ISO 8601 in UTC. */
  createdAt: string;
}

export interface Manifest {
  format: 'grove-summary-archive';
  version: 1;
  hashAlgorithm: 'SHA-256';
  /** When the zip was made, ISO 8601 in UTC. */
  exportedAt: string;
  fileCount: number;
  files: ManifestFile[];
}

/** The manifest of a zip: each entry under the name it has inside the zip. */
export function buildManifest(entries: readonly ArchiveMeta[], names: readonly string[], exportedAt: number): Manifest {
  if (names.length !== entries.length) throw new Error('buildManifest: one name per entry');
  const files = entries.map((entry, index) => ({
    fileName: names[index]!,
    sha256: entry.sha256,
    groupCode: entry.groupCode,
    sessionNumber: entry.sessionNumber,
    period: entry.period,
    lang: entry.lang,
    pages: entry.pages,
    size: entry.size,
    createdAt: new Date(entry.createdAt).toISOString(),
  }));
  return {
    format: 'grove-summary-archive',
    version: 1,
    hashAlgorithm: 'SHA-256',
    exportedAt: new Date(exportedAt).toISOString(),
    fileCount: files.length,
    files,
  };
}

export const MANIFEST_CSV_COLUMNS = ['file_name', 'sha256', 'group_code', 'session', 'period', 'language', 'pages', 'size_bytes', 'created_at'] as const;

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets
 * a leading apostrophe; manifest.json keeps every value exactly.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The manifest as CSV with a header row and CRLF line ends, for spreadsheets. */
export function manifestCsv(manifest: Manifest): string {
  const rows = manifest.files.map((file) =>
    [file.fileName, file.sha256, file.groupCode, file.sessionNumber, file.period, file.lang, file.pages, file.size, file.createdAt]
      .map(csvCell)
      .join(','),
  );
  return [MANIFEST_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** A short form of a hash for lists: first and last eight hex digits. */
export function shortHash(sha256: string): string {
  return sha256.length <= 20 ? sha256 : `${sha256.slice(0, 8)}…${sha256.slice(-8)}`;
}
