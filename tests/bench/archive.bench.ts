import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDatabase } from '../../src/db/db';
import { archiveSummary } from '../../src/db/repositories/archive';
import { exportArchiveZip } from '../../src/db/zipArchive';
import { makeSamplePdf } from '../unit/archive/samplePdf';
import { printTable, startApp, stats, type BenchApp } from './harness';

/**
 * Bulk export of 100 archived summary PDFs (each a realistic ~60 KB jsPDF file with an embedded font) as
 * one zip with manifests: in Chromium through the real archive screen (seeded with raw IndexedDB, as an
 * export stores them), and in Node on fake-indexeddb for comparison. Prints time and peak memory.
 */

const COUNT = 100;
const RUNS = 5;
const MB = 1024 * 1024;

interface SeedPdf {
  base64: string;
  sha256: string;
  size: number;
  pages: number;
  bytes: Uint8Array;
}

let pdfs: SeedPdf[] = [];
let generationMs = 0;

beforeAll(async () => {
  const started = performance.now();
  for (let i = 0; i < COUNT; i += 1) {
    const made = makeSamplePdf({ groupCode: `GRV-${i % 4}`, sessionNumber: (i % 4) + 1, period: `2026-W${10 + (i % 40)}`, lang: i % 3 ? 'en' : 'it', paragraphs: 1 + (i % 2), seed: i + 1 });
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', made.bytes as Uint8Array<ArrayBuffer>)).toString('hex');
    pdfs.push({ base64: Buffer.from(made.bytes).toString('base64'), sha256: digest, size: made.bytes.byteLength, pages: made.pages, bytes: made.bytes });
  }
  generationMs = performance.now() - started;
});

afterAll(() => {
  pdfs = [];
});

function sizes() {
  const all = pdfs.map((p) => p.size);
  return { total: all.reduce((a, b) => a + b, 0), min: Math.min(...all), max: Math.max(...all) };
}

/**
 * Resident memory (MB) of the Chromium renderer processes started under this Node process (the page's
 * own process, where the export runs), from `ps`.
 */
function rendererRssMb(): number {
  try {
    const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args=']).toString();
    const rows = out
      .trim()
      .split('\n')
      .map((line) => {
        const [pid, ppid, rss, ...args] = line.trim().split(/\s+/);
        return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args.join(' ') };
      });
    const children = new Map<number, number[]>();
    for (const row of rows) children.set(row.ppid, [...(children.get(row.ppid) ?? []), row.pid]);
    const mine = new Set<number>();
    const stack = [...(children.get(process.pid) ?? [])];
    while (stack.length) {
      const pid = stack.pop()!;
      mine.add(pid);
      stack.push(...(children.get(pid) ?? []));
    }
    const kb = rows.filter((row) => mine.has(row.pid) && row.args.includes('--type=renderer')).reduce((sum, row) => sum + row.rss, 0);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

describe('archive bulk export', () => {
  let app: BenchApp | null = null;
  afterAll(async () => {
    await app?.close();
  });

  it(`Chromium: zip ${COUNT} archived PDFs through the archive screen`, async () => {
    app = await startApp(Number(process.env.BENCH_PORT) || undefined);
    const page = await app.newPage();
    await page.goto(`${app.baseURL}#/archive`);
    await page.getByRole('heading', { name: 'No summaries archived yet' }).waitFor();
    const now = Date.now();
    await page.evaluate(
      async ({ pdfs, now }) => {
        await window.groveStore.put(
          'archive',
          pdfs.map((p, i) => ({
            id: `bench-${i}`,
            pdf: Uint8Array.from(atob(p.base64), (c) => c.charCodeAt(0)),
            fileName: `GRV-${i % 4}-session-${(i % 4) + 1}.pdf`,
            sha256: p.sha256,
            size: p.size,
            pages: p.pages,
            groupId: `g${i % 4}`,
            groupCode: `GRV-${i % 4}`,
            sessionNumber: (i % 4) + 1,
            period: `2026-W${10 + (i % 40)}`,
            lang: i % 3 ? 'en' : 'it',
            createdAt: now - i * 60_000,
          })),
        );
      },
      { pdfs: pdfs.map(({ base64, sha256, size, pages }) => ({ base64, sha256, size, pages })), now },
    );
    await page.reload();
    await page.getByText(`Showing ${COUNT} of ${COUNT} summaries`).waitFor();
    await page.getByRole('checkbox', { name: 'Select all shown summaries' }).check();

    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
      return { js: usage.usedSize / MB, buffers: (usage.backingStorageSize ?? NaN) / MB };
    };

    const times: number[] = [];
    const peaks: { js: number; buffers: number; rss: number }[] = [];
    let zipSize = 0;
    let baseline = { js: NaN, buffers: NaN, rss: NaN };
    for (let run = 0; run < RUNS; run += 1) {
      await cdp.send('HeapProfiler.collectGarbage');
      const before = await heap();
      baseline = { ...before, rss: rendererRssMb() };
      const peak = { ...baseline };
      let sampling = true;
      const sampler = (async () => {
        // The heap every 15 ms; RSS (a `ps` call) every 105 ms, so sampling itself stays light.
        for (let tick = 0; sampling; tick += 1) {
          const sample = await heap();
          peak.js = Math.max(peak.js, sample.js);
          peak.buffers = Math.max(peak.buffers, sample.buffers);
          if (tick % 7 === 0) peak.rss = Math.max(peak.rss, rendererRssMb());
          await new Promise((resolve) => setTimeout(resolve, 15));
        }
      })();
      const download = page.waitForEvent('download');
      const started = performance.now();
      await page.getByRole('button', { name: 'Export selected as zip' }).click();
      const file = await download;
      times.push(performance.now() - started);
      sampling = false;
      await sampler;
      peaks.push(peak);
      const bytes = new Uint8Array(readFileSync(await file.path()));
      zipSize = bytes.byteLength;
      const manifest = JSON.parse(strFromU8(unzipSync(bytes)['manifest.json']!)) as { fileCount: number };
      expect(manifest.fileCount).toBe(COUNT);
      await page.getByText(`Saved ${COUNT} summaries`).waitFor();
    }
    const t = stats(times);
    const s = sizes();
    printTable(`Archive bulk export — Chromium, ${COUNT} PDFs (${RUNS} runs, via the archive screen)`, [
      { metric: 'PDFs generated in Node (jsPDF, once)', value: generationMs, unit: 'ms' },
      { metric: 'PDF size min / max', value: `${(s.min / 1024).toFixed(1)} / ${(s.max / 1024).toFixed(1)}`, unit: 'KB' },
      { metric: 'PDFs total', value: s.total / MB, unit: 'MB' },
      { metric: 'zip size', value: zipSize / MB, unit: 'MB' },
      { metric: 'click → download, p50', value: t.p50, unit: 'ms' },
      { metric: 'click → download, p95', value: t.p95, unit: 'ms' },
      { metric: 'click → download, max', value: t.max, unit: 'ms' },
      { metric: 'per PDF (p50)', value: t.p50 / COUNT, unit: 'ms' },
      { metric: 'JS heap before', value: baseline.js, unit: 'MB' },
      { metric: 'JS heap peak (max of runs)', value: Math.max(...peaks.map((p) => p.js)), unit: 'MB' },
      { metric: 'ArrayBuffer backing stores before', value: baseline.buffers, unit: 'MB' },
      { metric: 'ArrayBuffer backing stores peak (max of runs)', value: Math.max(...peaks.map((p) => p.buffers)), unit: 'MB' },
      { metric: 'renderer RSS before (last run)', value: baseline.rss, unit: 'MB' },
      { metric: 'renderer RSS peak (max of runs)', value: Math.max(...peaks.map((p) => p.rss)), unit: 'MB' },
    ]);
  });

  it(`Node + fake-indexeddb: zip ${COUNT} archived PDFs`, async () => {
    useDatabase(`bench-archive-${Date.now()}`);
    const ids: string[] = [];
    for (const [i, p] of pdfs.entries()) {
      const entry = await archiveSummary(
        { bytes: p.bytes, fileName: `GRV-${i % 4}-session-${(i % 4) + 1}.pdf`, pages: p.pages, groupId: 'g', groupCode: `GRV-${i % 4}`, sessionNumber: (i % 4) + 1, period: '2026-W48', lang: 'en' },
        Date.now() - i * 60_000,
      );
      ids.push(entry.id);
    }
    const times: number[] = [];
    let peakHeap = 0;
    let peakRss = 0;
    const before = process.memoryUsage();
    for (let run = 0; run < RUNS; run += 1) {
      const timer = setInterval(() => {
        const m = process.memoryUsage();
        peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
        peakRss = Math.max(peakRss, m.rss);
      }, 5);
      const started = performance.now();
      const result = await exportArchiveZip(ids);
      times.push(performance.now() - started);
      clearInterval(timer);
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
      peakRss = Math.max(peakRss, m.rss);
      expect(result.manifest.fileCount).toBe(COUNT);
    }
    const t = stats(times);
    printTable(`Archive bulk export — Node 20 + fake-indexeddb, ${COUNT} PDFs (${RUNS} runs)`, [
      { metric: 'exportArchiveZip p50', value: t.p50, unit: 'ms' },
      { metric: 'exportArchiveZip max', value: t.max, unit: 'ms' },
      { metric: 'heap + ArrayBuffers before', value: (before.heapUsed + before.arrayBuffers) / MB, unit: 'MB' },
      { metric: 'heap + ArrayBuffers peak', value: peakHeap / MB, unit: 'MB' },
      { metric: 'heap + ArrayBuffers, peak − before', value: (peakHeap - before.heapUsed - before.arrayBuffers) / MB, unit: 'MB' },
      { metric: 'process RSS before', value: before.rss / MB, unit: 'MB' },
      { metric: 'process RSS peak', value: peakRss / MB, unit: 'MB' },
    ]);
  });
});
