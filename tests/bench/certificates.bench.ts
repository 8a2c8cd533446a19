import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { CERTIFICATE_DESIGNS, certificateContent } from '../../src/domain/certificates';
import { buildCertificatesPdf } from '../../src/pdf/certificatePdf';
import { readFonts } from '../unit/pdfFonts';
import { printTable, stats } from './harness';

/**
 * All certificates of a 12-person group as one PDF (goal ≤ 1 s), per design, in Node — the same pure code
 * the renderer runs. Each person has words and an acknowledgement from each of the other 11.
 */

const RUNS = 10;
const NAMES = ['Nguyễn Thị Mai', 'Ōta Hiroshi', 'Ђорђе Петровић', "Siobhán O'Neill", 'Oak', 'Willow', 'River', 'Robin', 'Fern', 'Birch', 'Quercia', 'Salice'];

test('render all certificates of a 12-person group', () => {
  const fonts = readFonts();
  const people = NAMES.map((alias, i) => ({ id: `p${i}`, alias }));
  const contents = people.map((person, i) =>
    certificateContent(
      person,
      {
        words: `I am good at listening, cooking for many and fixing bicycles (${i}). I learned patience from my grandmother. I hope to walk the Camino next spring with my daughter.`,
        acknowledgements: Object.fromEntries(people.filter((peer) => peer.id !== person.id).map((peer) => [peer.id, `Thank you for your warmth and your stories, ${person.alias}.`])),
      },
      people,
    ),
  );
  const rows = CERTIFICATE_DESIGNS.flatMap((design) =>
    (['a4', 'letter'] as const).map((format) => {
      const samples: number[] = [];
      let bytes = 0;
      for (let run = -2; run < RUNS; run += 1) {
        const t0 = performance.now();
        const pdf = buildCertificatesPdf(contents, { design, format, strings: { documentTitle: 'Certificate', heading: 'Certificate of skills, knowledges and hopes', presentedTo: 'presented to', acknowledgements: 'From the group', footer: 'Tree of Life · 4 December 2026' }, fonts, createdAt: new Date(Date.UTC(2026, 11, 4)) });
        const elapsed = performance.now() - t0;
        if (run < 0) continue; // warm-up
        samples.push(elapsed);
        bytes = pdf.byteLength;
      }
      const s = stats(samples);
      return { design, paper: format, pages: contents.length, runs: s.n, 'p50 ms': s.p50, 'p95 ms': s.p95, 'max ms': s.max, KiB: bytes / 1024 };
    }),
  );
  printTable('Certificates: 12 people, 11 acknowledgements each, one PDF (Node, after 2 warm-up runs; goal ≤ 1000 ms)', rows);
  expect(rows.every((row) => row.KiB > 0)).toBe(true);
});
