/**
 * Bulk export of archived summaries as one zip (fflate), with manifest.json and manifest.csv. Files are
 * streamed one by one through fflate's `Zip`, so progress is reported per file and a cancel takes effect
 * between files; every PDF is re-hashed as it is read and the export refuses to finish if one changed.
 */
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import { buildManifest, manifestCsv, zipEntryNames, zipFileName, type Manifest } from '../domain/archiveRules';
import type { ArchiveEntry } from '../domain/types';
import { entriesForZip, sha256Hex } from './repositories/archive';

/** Progress after each file: `done` of `total` PDFs, and the name of the one just added. */
export interface ZipProgress {
  done: number;
  total: number;
  fileName: string;
}

export interface ZipExportOptions {
  onProgress?: (progress: ZipProgress) => void;
  /** Aborting stops the export before the next file; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** The moment written into the manifest and the zip's name. */
  now?: number;
}

export interface ZipExportResult {
  bytes: Uint8Array;
  /** Suggested name for saving, e.g. "GRV-24A-summaries-2026-11-24.zip". */
  fileName: string;
  manifest: Manifest;
}

/** A stored PDF no longer matches the hash recorded when it was archived; no zip was made. */
export class ArchiveIntegrityError extends Error {
  constructor(
    readonly entryId: string,
    readonly fileName: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`${fileName}: stored PDF does not match its recorded SHA-256`);
    this.name = 'ArchiveIntegrityError';
  }
}

/** Thrown when an export was cancelled through its signal. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

function abortError(): DOMException {
  return new DOMException('The zip export was cancelled', 'AbortError');
}

/**
 * Give the event loop a turn so progress paints and a Cancel click is handled. Only every ~30 ms:
 * yielding after every file would add a timer's minimum delay a hundred times over.
 */
function makeYielder(): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < 30) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    last = performance.now();
  };
}

/** Zip (DOS) times only cover 1980–2099; anything outside falls back to the export time. */
function zipTime(ms: number, fallback: number): number {
  const year = new Date(ms).getFullYear();
  return year >= 1980 && year <= 2099 ? ms : fallback;
}

/** Concatenate the zip's chunks into one buffer for saving. */
function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const length = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Build a zip of the given archive entries (in the given order) with manifest.json and manifest.csv.
 * PDFs are stored, not deflated: they are compressed already, and storing keeps the export fast.
 * Rejects with {@link ArchiveIntegrityError} if a stored PDF changed, or an AbortError when cancelled;
 * in both cases nothing is returned, so nothing can be saved.
 */
export async function buildArchiveZip(entries: readonly ArchiveEntry[], options: ZipExportOptions = {}): Promise<ZipExportResult> {
  const { onProgress, signal } = options;
  const now = options.now ?? Date.now();
  const names = zipEntryNames(entries.map((entry) => entry.fileName));
  const chunks: Uint8Array[] = [];
  // fflate reports errors through the callback; kept in an object so the checks below see the change.
  const stream: { failure: Error | null } = { failure: null };
  const zip = new Zip((error, chunk) => {
    if (error) stream.failure = error;
    else chunks.push(chunk);
  });
  const yieldToUi = makeYielder();
  try {
    for (const [index, entry] of entries.entries()) {
      if (signal?.aborted) throw abortError();
      const bytes = entry.pdf;
      const actual = await sha256Hex(bytes);
      if (actual !== entry.sha256) throw new ArchiveIntegrityError(entry.id, entry.fileName, entry.sha256, actual);
      const file = new ZipPassThrough(names[index]!);
      file.mtime = zipTime(entry.createdAt, now);
      zip.add(file);
      file.push(bytes, true);
      if (stream.failure) throw stream.failure;
      onProgress?.({ done: index + 1, total: entries.length, fileName: names[index]! });
      await yieldToUi();
    }
    if (signal?.aborted) throw abortError();
    const manifest = buildManifest(entries, names, now);
    for (const [name, text] of [
      ['manifest.json', `${JSON.stringify(manifest, null, 2)}\n`],
      ['manifest.csv', manifestCsv(manifest)],
    ] as const) {
      const file = new ZipDeflate(name, { level: 6 });
      file.mtime = zipTime(now, now);
      zip.add(file);
      file.push(strToU8(text), true);
    }
    zip.end();
    if (stream.failure) throw stream.failure;
    return { bytes: concat(chunks), fileName: zipFileName(entries, now), manifest };
  } catch (error) {
    zip.terminate();
    chunks.length = 0;
    throw error;
  }
}

/** Read the entries with these ids from the archive and zip them (see {@link buildArchiveZip}). */
export async function exportArchiveZip(ids: readonly string[], options: ZipExportOptions = {}): Promise<ZipExportResult> {
  return buildArchiveZip(await entriesForZip(ids), options);
}
