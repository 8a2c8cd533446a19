import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSummaryModel } from '../../../src/domain/summary/build';
import { SUMMARY_LABELS } from '../../../src/domain/summary/labels';
import { SUMMARY_SECTIONS, type SummaryModel } from '../../../src/domain/summary/model';
import { finaliseSummary, reviewSummary } from '../../../src/domain/summary/review';
import type { Lang } from '../../../src/domain/types';
import { neutraliseProducer, pdfUtcDate } from '../../../src/pdf/metadata';
import { renderSummaryPdf } from '../../../src/pdf/summaryPdf';
import { readFonts } from '../pdfFonts';
import { makeEarlierSession, makeGroup, makeParticipants, makeRecord, makeSession } from '../summary/fixtures';
import { readPdf, type PdfContent } from './pdfText';

const fonts = readFonts();
const CREATED = new Date(Date.UTC(2026, 10, 25, 9, 15, 30));
const originalTz = process.env.TZ;

/** A finalised (reviewed, nothing undone) summary of the fixture session in a language. */
function finalModel(lang: Lang, recordOverrides = {}): { model: SummaryModel; names: string[]; denyList: string[]; aliases: string[] } {
  const participants = makeParticipants(8);
  const group = makeGroup({ lang, denyList: ['Riverside Clinic', 'Ward 7', 'Fabry'] });
  const record = makeRecord({
    reflection: 'Pairing worked. Dot (Dorothy Price) was born on 12/03/1954 and may need large print. Fabry came up twice.',
    ...recordOverrides,
  });
  const model = buildSummaryModel({
    group,
    session: makeSession(participants),
    otherSessions: [makeEarlierSession(participants, 6)],
    record,
    participants,
    reviewedOn: '2026-11-25',
  });
  const reviews = reviewSummary(model, {
    roster: participants.map((p) => ({ alias: p.alias, names: p.redactNames })),
    denyList: group.denyList,
    lang,
  });
  return {
    model: finaliseSummary(model, reviews, new Set()),
    names: participants.flatMap((p) => p.redactNames),
    denyList: group.denyList,
    aliases: participants.map((p) => p.alias),
  };
}

/** Whether a name appears as a word (any case), or with the spaces the extraction may drop. */
function mentions(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(text)) return true;
  return term.includes(' ') && text.replace(/\s+/g, '').toLowerCase().includes(term.replace(/\s+/g, '').toLowerCase());
}

describe('renderSummaryPdf', () => {
  const rendered: Partial<Record<Lang, { bytes: Uint8Array; pages: number; content: PdfContent; names: string[]; denyList: string[]; aliases: string[] }>> = {};

  beforeAll(async () => {
    // A time zone far from UTC, so a local offset in the creation date would show.
    process.env.TZ = 'Pacific/Auckland';
    for (const lang of ['en', 'it'] as const) {
      const { model, names, denyList, aliases } = finalModel(lang);
      const { bytes, pages } = renderSummaryPdf(model, fonts, { createdAt: CREATED });
      rendered[lang] = { bytes, pages, content: await readPdf(bytes), names, denyList, aliases };
    }
  });

  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  for (const lang of ['en', 'it'] as const) {
    it(`has every section heading, in order, in ${lang.toUpperCase()}`, () => {
      const { text } = rendered[lang]!.content;
      const labels = SUMMARY_LABELS[lang];
      expect(text).toContain(labels.title);
      let at = text.indexOf(labels.title);
      for (const section of SUMMARY_SECTIONS) {
        if (section === 'header') continue;
        const heading = labels.sections[section];
        const next = text.indexOf(heading, at);
        expect(next, `${heading} after position ${at}`).toBeGreaterThan(at);
        at = next;
      }
      for (const label of [labels.header.groupCode, labels.header.setting, labels.header.week, labels.header.duration]) expect(text).toContain(label);
      expect(text).toContain('GRV-24A');
      expect(text).toContain('2026-W48');
      expect(text).toContain(labels.settings['hospital-day-unit']);
      expect(text).toContain(labels.themes.chartTitle);
    });

    it(`contains no roster name, redact-name, alias or deny-list term (${lang.toUpperCase()})`, () => {
      const { content, names, denyList, aliases } = rendered[lang]!;
      for (const term of [...names, ...denyList, ...aliases]) expect(mentions(content.text, term), term).toBe(false);
      for (const leak of ['020 7946 0958', '7946', 'help@example.org', '12/03/1954', 'PRIVATE-NOTE', 'LEAVES-SECRET', 'COMPOST-SECRET', 'Rosa']) {
        expect(content.text).not.toContain(leak);
      }
      const placeholder = lang === 'en' ? '[Person 1]' : '[Persona 1]';
      expect(content.text).toContain(placeholder);
    });

    it(`numbers its pages and carries the privacy footer (${lang.toUpperCase()})`, () => {
      const { content, pages } = rendered[lang]!;
      expect(content.numPages).toBe(pages);
      const pageLabel = lang === 'en' ? 'Page' : 'Pagina';
      const of = lang === 'en' ? 'of' : 'di';
      content.pages.forEach((page, i) => {
        expect(page.replace(/\s+/g, ' ')).toContain(`${pageLabel} ${i + 1} ${of} ${pages}`);
      });
      const footer = lang === 'en' ? 'Contains no participant personal data. Suppression threshold k = 5 applied.' : 'Non contiene dati personali dei partecipanti.';
      expect(content.text).toContain(footer);
      expect(content.text).toContain('2026-W48');
    });

    it(`shows suppressed counts, never the small numbers (${lang.toUpperCase()})`, () => {
      const { text } = rendered[lang]!.content;
      const labels = SUMMARY_LABELS[lang];
      expect(text).toContain(`${labels.supportMap.types.esteem} <5`);
      expect(text).toContain(labels.attendance.withheld);
      expect(text).toContain(labels.feedback.reported.split('{{')[0]!.trim());
    });
  }

  it('would show the names if the review were skipped (the check above can fail)', async () => {
    const participants = makeParticipants(8);
    const group = makeGroup();
    const raw = buildSummaryModel({
      group,
      session: makeSession(participants),
      otherSessions: [],
      record: makeRecord(),
      participants,
      reviewedOn: '2026-11-25',
    });
    const content = await readPdf(renderSummaryPdf(raw, fonts, { createdAt: CREATED }).bytes);
    expect(mentions(content.text, 'Giuseppe Ferri')).toBe(true);
    expect(mentions(content.text, 'Oak')).toBe(true);
    expect(content.text).toContain('help@example.org');
  });

  it('writes neutral metadata: no author, creator or subject; UTC creation date; neutral producer', () => {
    const { content, bytes } = rendered.en!;
    expect(new Date().getTimezoneOffset()).not.toBe(0); // the test really runs away from UTC
    const info = content.info;
    expect(info.Author ?? '').toBe('');
    expect(info.Creator ?? '').toBe('');
    expect(info.Subject ?? '').toBe('');
    expect(info.Keywords ?? '').toBe('');
    expect(info.Title).toBe('Anonymised session summary');
    expect(String(info.Producer).trim()).toBe('PDF');
    expect(info.CreationDate).toBe("D:20261125091530+00'00'");
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).not.toMatch(/jsPDF/);
    expect(raw).not.toMatch(/\/Author|\/Creator/);
    expect(raw).toContain("/CreationDate (D:20261125091530+00'00')");
  });

  it('is the same bytes for the same inputs', () => {
    const { model } = finalModel('en');
    const a = renderSummaryPdf(model, fonts, { createdAt: CREATED });
    const b = renderSummaryPdf(model, fonts, { createdAt: CREATED });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('breaks long text over pages and numbers every one', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Paragraph ${i + 1}: the group talked about patience, cooking and hope.`).join('\n');
    const { model } = finalModel('en', { reflection: long });
    const { bytes, pages } = renderSummaryPdf(model, fonts, { createdAt: CREATED });
    expect(pages).toBeGreaterThanOrEqual(3);
    const content = await readPdf(bytes);
    expect(content.text).toContain('Paragraph 120:');
    expect(content.pages[pages - 1]).toContain(`Page ${pages} of ${pages}`);
  });

  it('passes qpdf --check', () => {
    if (!existsSync('/usr/bin/qpdf')) return;
    const dir = mkdtempSync(join(tmpdir(), 'grove-pdf-'));
    for (const lang of ['en', 'it'] as const) {
      const file = join(dir, `${lang}.pdf`);
      writeFileSync(file, rendered[lang]!.bytes);
      const out = execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
      expect(out).toMatch(/No syntax or stream encoding errors found/);
    }
  });

  it('embeds DejaVu Sans (subset), so accents extract correctly', () => {
    const { text } = rendered.it!.content;
    expect(text).toContain('Già presenti o nuove');
    expect(text).toContain('Segnalazioni di sicurezza');
    const raw = Buffer.from(rendered.it!.bytes).toString('latin1');
    expect(raw).toMatch(/DejaVuSans/);
  });
});

describe('PDF helpers', () => {
  it('formats a UTC PDF date', () => {
    expect(pdfUtcDate(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe("D:20260102030405+00'00'");
  });

  it('replaces the producer in place without changing the length', () => {
    const before = new TextEncoder().encode('1 0 obj\n<<\n/Producer (jsPDF 4.2.1)\n/Title (x)\n>>');
    const after = neutraliseProducer(before);
    expect(after.length).toBe(before.length);
    expect(new TextDecoder().decode(after)).toContain('/Producer (PDF)        \n');
  });
});
