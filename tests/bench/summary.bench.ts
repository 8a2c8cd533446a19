import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { buildSummaryModel } from '../../src/domain/summary/build';
import { finaliseSummary, reviewSummary } from '../../src/domain/summary/review';
import { renderSummaryPdf } from '../../src/pdf/summaryPdf';
import { readFonts } from '../unit/pdfFonts';
import { makeEarlierSession, makeGroup, makeParticipants, makeRecord, makeSession } from '../unit/summary/fixtures';
import { printTable, stats } from './harness';

/**
 * Summary build + review + PDF render for a 12-participant session, in Node (the same pure code the
 * renderer runs). Prints p50/p95 per stage over 20 runs after a warm-up, and the PDF's size.
 */

const RUNS = 20;

test('summary build and PDF render, 12 participants', () => {
  const fonts = readFonts();
  const participants = makeParticipants(12);
  const group = makeGroup();
  const session = makeSession(participants);
  const earlier = makeEarlierSession(participants, 10);
  const longText = (topic: string) =>
    Array.from({ length: 12 }, (_, i) => `${topic} ${i + 1}: the group talked about patience, Maggie's garden, and hope for the spring.`).join(' ');
  const record = makeRecord({
    themes: Array.from({ length: 24 }, (_, i) => ({
      id: `t${i}`,
      zone: (['roots', 'ground', 'trunk', 'branches', 'fruits', 'flowers', 'forest', 'storms'] as const)[i % 8]!,
      text: `Theme ${i + 1}: a short group-level paraphrase about strengths and shared values`,
      band: (['one', 'several', 'most'] as const)[i % 3]!,
    })),
    groupProcess: longText('Process'),
    reflection: longText('Reflection'),
    nextSteps: longText('Next'),
    feedbackRatings: [5, 4, 4, 5, 3, 4, 5, 5, 4, 4, 3, 5],
  });
  const context = {
    roster: participants.map((p) => ({ alias: p.alias, names: p.redactNames })),
    denyList: group.denyList,
    lang: group.lang,
  };

  const build: number[] = [];
  const review: number[] = [];
  const render: number[] = [];
  const total: number[] = [];
  let bytes = 0;
  let pages = 0;
  for (let run = -2; run < RUNS; run += 1) {
    const t0 = performance.now();
    const model = buildSummaryModel({ group, session, otherSessions: [earlier], record, participants, reviewedOn: '2026-11-25' });
    const t1 = performance.now();
    const reviews = reviewSummary(model, context);
    const final = finaliseSummary(model, reviews, new Set());
    const t2 = performance.now();
    const pdf = renderSummaryPdf(final, fonts, { createdAt: new Date(Date.UTC(2026, 10, 25)) });
    const t3 = performance.now();
    if (run < 0) continue; // warm-up
    build.push(t1 - t0);
    review.push(t2 - t1);
    render.push(t3 - t2);
    total.push(t3 - t0);
    bytes = pdf.bytes.byteLength;
    pages = pdf.pages;
  }
  const row = (stage: string, samples: number[]) => {
    const s = stats(samples);
    return { stage, runs: s.n, 'p50 ms': s.p50, 'p95 ms': s.p95, 'max ms': s.max };
  };
  printTable('Summary: 12 participants, 24 themes, 12 feedback forms (Node, after 2 warm-up runs)', [
    row('build model', build),
    row('anonymise + review + finalise', review),
    row('render PDF (jsPDF, DejaVu subset)', render),
    row('total', total),
  ]);
  printTable('Summary PDF', [{ pages, bytes, KiB: bytes / 1024 }]);
  expect(bytes).toBeGreaterThan(0);
});
