import { unzipSync, strFromU8 } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, useDatabase } from '../../../src/db/db';
import { archiveSummary, sha256Hex } from '../../../src/db/repositories/archive';
import { ArchiveIntegrityError, buildArchiveZip, exportArchiveZip, isAbortError, type ZipProgress } from '../../../src/db/zipArchive';
import type { Manifest } from '../../../src/domain/archiveRules';
import type { ArchiveEntry } from '../../../src/domain/types';
import { flipBit } from './helpers';
import { makeSamplePdf } from './samplePdf';

let counter = 0;
beforeEach(() => {
  counter += 1;
  useDatabase(`test-archive-zip-${counter}-${Date.now()}`);
});

/** Archive `n` real PDFs; every second one shares a file name with the one before, to test renaming. */
async function seed(n: number): Promise<ArchiveEntry[]> {
  const entries: ArchiveEntry[] = [];
  for (let i = 0; i < n; i += 1) {
    const session = Math.floor(i / 2) + 1;
    const pdf = makeSamplePdf({ groupCode: i % 3 === 0 ? 'GRV-B' : 'GRV-A', sessionNumber: session, period: `2026-W${40 + session}`, paragraphs: 1, seed: i + 1 });
    entries.push(
      await archiveSummary(
        {
          bytes: pdf.bytes,
          pages: pdf.pages,
          fileName: `GRV-session-${session}.pdf`,
          groupId: 'g1',
          groupCode: i % 3 === 0 ? 'GRV-B' : 'GRV-A',
          sessionNumber: session,
          period: `2026-W${40 + session}`,
          lang: i % 2 ? 'it' : 'en',
        },
        Date.UTC(2026, 9, 1 + i, 10),
      ),
    );
  }
  return entries;
}

describe('bulk zip export', () => {
  it('round-trips: every PDF is in the zip unchanged and the manifests describe them exactly', async () => {
    const entries = await seed(5);
    const progress: ZipProgress[] = [];
    const result = await exportArchiveZip(
      entries.map((e) => e.id),
      { onProgress: (p) => progress.push(p), now: Date.UTC(2026, 11, 1, 9) },
    );
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.every((p) => p.total === 5)).toBe(true);
    expect(result.fileName).toBe('grove-summaries-2026-12-01.zip');

    const files = unzipSync(result.bytes);
    const pdfNames = Object.keys(files).filter((name) => name.endsWith('.pdf'));
    expect(pdfNames).toHaveLength(5);
    expect(new Set(pdfNames).size).toBe(5);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['manifest.json', 'manifest.csv']));

    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
    expect(manifest).toEqual(result.manifest);
    expect(manifest.fileCount).toBe(5);
    for (const [index, item] of manifest.files.entries()) {
      const entry = entries[index]!;
      const bytes = files[item.fileName];
      expect(bytes, item.fileName).toBeDefined();
      expect(await sha256Hex(bytes!)).toBe(item.sha256);
      expect(item.sha256).toBe(entry.sha256);
      expect(item).toMatchObject({ groupCode: entry.groupCode, sessionNumber: entry.sessionNumber, period: entry.period, size: entry.size, pages: entry.pages });
      expect(bytes!.byteLength).toBe(entry.size);
    }
    expect(manifest.files.map((f) => f.fileName)).toEqual([
      'GRV-session-1.pdf',
      'GRV-session-1 (2).pdf',
      'GRV-session-2.pdf',
      'GRV-session-2 (2).pdf',
      'GRV-session-3.pdf',
    ]);

    const csv = strFromU8(files['manifest.csv']!).trim().split('\r\n');
    expect(csv).toHaveLength(6);
    for (const [index, line] of csv.slice(1).entries()) {
      const [name, hash, code, session, period] = line.split(',');
      const item = manifest.files[index]!;
      expect([name, hash, code, Number(session), period]).toEqual([item.fileName, item.sha256, item.groupCode, item.sessionNumber, item.period]);
    }
  });

  it('names the zip after the group when all files share one', async () => {
    const entries = (await seed(4)).filter((e) => e.groupCode === 'GRV-A');
    const result = await buildArchiveZip(entries, { now: Date.UTC(2026, 11, 1, 9) });
    expect(result.fileName).toBe('GRV-A-summaries-2026-12-01.zip');
  });

  it('refuses to make a zip when a stored PDF no longer matches its hash', async () => {
    const entries = await seed(3);
    const target = entries[1]!;
    const bytes = flipBit(target.pdf, 200);
    await db.archive.update(target.id, { pdf: bytes });
    const progress: number[] = [];
    const error = await exportArchiveZip(
      entries.map((e) => e.id),
      { onProgress: (p) => progress.push(p.done) },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArchiveIntegrityError);
    expect(error).toMatchObject({ entryId: target.id, fileName: target.fileName, expected: target.sha256, actual: await sha256Hex(bytes) });
    expect(progress).toEqual([1]);
  });

  it('stops between files when cancelled and produces nothing', async () => {
    const entries = await seed(6);
    const controller = new AbortController();
    const progress: number[] = [];
    const outcome = await exportArchiveZip(
      entries.map((e) => e.id),
      {
        signal: controller.signal,
        onProgress: (p) => {
          progress.push(p.done);
          if (p.done === 2) controller.abort();
        },
      },
    ).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    expect('result' in outcome).toBe(false);
    expect(isAbortError((outcome as { error: unknown }).error)).toBe(true);
    expect(progress).toEqual([1, 2]);
  });

  it('honours a signal aborted before it starts', async () => {
    const entries = await seed(1);
    const controller = new AbortController();
    controller.abort();
    await expect(exportArchiveZip([entries[0]!.id], { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
