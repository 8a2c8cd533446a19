import { describe, expect, it } from 'vitest';
import { buildTakeHomePdf, type TakeHomeInput } from '../../../src/pdf/takeHomePdf';
import { readPdf } from '../pdf/pdfText';
import { readFonts } from '../pdfFonts';

// A 1×1 PNG stands in for the rendered tree (the drawing itself is checked in the browser tests).
const PIXEL = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

function input(notes: TakeHomeInput['notes']): TakeHomeInput {
  return {
    alias: 'Quercia',
    image: PIXEL,
    imageWidth: 1200,
    imageHeight: 1000,
    notes,
    strings: { title: 'Albero della Vita', heading: 'Il mio Albero della Vita', notesHeading: 'Ciò che ho condiviso', noNotes: 'Nessuna nota.', more: (n) => `… e ancora ${n} note` },
    fonts: readFonts(),
    createdAt: new Date(Date.UTC(2026, 10, 24, 9, 30)),
  };
}

describe('take-home PDF', () => {
  it('one page with the alias, the heading and every shared note as text (Italian too)', async () => {
    const pdf = await readPdf(buildTakeHomePdf(input([
      { zoneLabel: 'Radici', text: 'La cucina di mia nonna' },
      { zoneLabel: 'Tronco', text: 'La pazienza, imparata nell’orto' },
    ])));
    expect(pdf.numPages).toBe(1);
    expect(pdf.text).toContain('Il mio Albero della Vita');
    expect(pdf.text).toContain('Quercia');
    expect(pdf.text).toContain('Radici: La cucina di mia nonna');
    expect(pdf.text).toContain('Tronco: La pazienza, imparata nell’orto');
    expect(pdf.info.Title).toBe('Albero della Vita');
    expect(pdf.info.Author ?? '').toBe('');
  });

  it('stays on one page with many notes, saying how many were left out', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ zoneLabel: 'Rami', text: `Speranza numero ${i + 1} per il futuro del nostro gruppo e della comunità` }));
    const pdf = await readPdf(buildTakeHomePdf(input(many)));
    expect(pdf.numPages).toBe(1);
    expect(pdf.text).toContain('Speranza numero 1 ');
    expect(pdf.text).toMatch(/… e ancora \d+ note/);
  });

  it('says so when nothing was shared', async () => {
    const pdf = await readPdf(buildTakeHomePdf(input([])));
    expect(pdf.text).toContain('Nessuna nota.');
  });
});
