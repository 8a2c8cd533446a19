import { describe, expect, it } from 'vitest';
import { buildRunSheet, sessionMaterials } from '../../../src/domain/runSheet';
import { buildProgramme } from '../../../src/domain/templates';
import type { Session } from '../../../src/domain/types';
import { buildRunSheetPdf, type RunSheetStrings } from '../../../src/pdf/runSheetPdf';
import en from '../../../src/i18n/en/room';
import itRoom from '../../../src/i18n/it/room';
import { readFonts } from '../pdfFonts';
import { readPdf } from '../pdf/pdfText';

function session(lang: 'en' | 'it', index = 0): Session {
  const draft = buildProgramme('4x120', lang, '2026-12-01')[index]!;
  return { ...draft, id: 's1', groupId: 'g1', startTime: '18:30', run: null, createdAt: 0, updatedAt: 0 };
}

const strings = (catalogue: typeof en) => {
  const { button: _button, saved: _saved, ...rest } = catalogue.runSheet;
  return rest as RunSheetStrings;
};

describe('materials checklist', () => {
  it('lists each material once, in agenda order, leaving out skipped blocks', () => {
    expect(sessionMaterials([{ materials: 'Large paper; felt pens.' }, { materials: 'felt pens\nTissues' }, { materials: 'Bell', skipped: true }])).toEqual(['Large paper', 'felt pens', 'Tissues']);
  });
});

describe('run sheet PDF', () => {
  it('holds the agenda with start times, prompts, materials, the agreement and the care plan (EN)', async () => {
    const s = session('en');
    const model = buildRunSheet(s, { code: 'GRV-24A', lang: 'en', careContacts: 'Support line 0800 111 222' });
    const pdf = await readPdf(buildRunSheetPdf(model, strings(en), readFonts(), new Date(Date.UTC(2026, 11, 1, 9))));
    expect(pdf.numPages).toBe(1);
    expect(pdf.text).toContain('Run sheet · GRV-24A · 1. Drawing the Tree of Life');
    expect(pdf.text).toContain('18:30');
    expect(pdf.text).toContain('20:20'); // the closing round: 110 minutes after 18:30
    expect(pdf.text).toContain('Where does your story start');
    expect(pdf.text).toContain('Group agreement');
    expect(pdf.text).toContain('Care plan');
    expect(pdf.text).toContain('Five things around you');
    expect(pdf.text).toContain('Support line 0800 111 222');
    expect(pdf.text).toContain('Large paper');
    expect(pdf.info.Author ?? '').toBe('');
    expect(String(pdf.info.Producer)).not.toContain('jsPDF');
  });

  it('is written in the group’s language (IT)', async () => {
    const model = buildRunSheet(session('it', 2), { code: 'GRV-24A', lang: 'it' });
    const pdf = await readPdf(buildRunSheetPdf(model, strings(itRoom), readFonts(), new Date(Date.UTC(2026, 11, 1, 9))));
    expect(pdf.text).toContain('Scaletta');
    expect(pdf.text).toContain('Quali tempeste possono colpire');
    expect(pdf.text).toContain('Patto di gruppo');
    expect(pdf.text).toContain('Nessuno inserito.');
  });
});
