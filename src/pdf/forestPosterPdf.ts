import { jsPDF } from 'jspdf';
import { PDF_FONT, registerFonts, type FontData } from './fonts';
import { fileIdOf, pdfBytes, setNeutralMetadata } from './metadata';

export type PosterFormat = 'a3' | 'a4';

export interface PosterStrings {
  /** Neutral document title, e.g. "Forest of Life". */
  title: string;
  trees: string;
  storms: string;
  collective: string;
  noEntries: string;
}

export interface PosterInput {
  /** The forest drawing (PNG) with only what the group display may show; null for the document page alone. */
  image: { bytes: Uint8Array; width: number; height: number } | null;
  /** Aliases of the trees shown (only those with group-display consent). */
  aliases: readonly string[];
  /**
   * The words on each shown tree (its forest-visible notes), laid as invisible text over the drawing so the
   * poster can be searched and read aloud; never private items (the caller passes only what the forest shows).
   */
  treeWords: readonly { alias: string; notes: readonly string[] }[];
  storms: readonly string[];
  collective: readonly string[];
  strings: PosterStrings;
  fonts: FontData;
  format: PosterFormat;
  createdAt: Date;
}

const MARGIN = 12;

function size(format: PosterFormat): { width: number; height: number } {
  return format === 'a3' ? { width: 420, height: 297 } : { width: 297, height: 210 };
}

/** Wrapped lines at `y`, returning the next y. */
function lines(doc: jsPDF, text: string, x: number, y: number, width: number, fontSize: number): number {
  doc.setFontSize(fontSize);
  const wrapped = doc.splitTextToSize(text, width) as string[];
  doc.text(wrapped, x, y);
  return y + wrapped.length * fontSize * 0.3528 * 1.3;
}

/** The collective document as a page of its own: the group's skills and knowledges, no names. */
function documentPage(doc: jsPDF, input: PosterInput): void {
  const { width } = size(input.format);
  let y = MARGIN + 12;
  doc.setFont(PDF_FONT, 'bold');
  y = lines(doc, input.strings.collective, MARGIN, y, width - MARGIN * 2, input.format === 'a3' ? 28 : 22) + 6;
  doc.setFont(PDF_FONT, 'normal');
  const entries = input.collective.length > 0 ? input.collective : [input.strings.noEntries];
  for (const entry of entries) y = lines(doc, `•  ${entry}`, MARGIN + 4, y, width - MARGIN * 2 - 4, input.format === 'a3' ? 18 : 14) + 2;
}

/**
 * The Forest poster (A3 or A4 landscape): the consented forest drawing with its storms and collective
 * document, the aliases shown and the storms as text; then the collective document on its own page.
 * With `image: null` it is the collective document page alone. Neutral metadata, no names.
 */
export function buildForestPosterPdf(input: PosterInput): Uint8Array {
  const { width, height } = size(input.format);
  const doc = new jsPDF({ unit: 'mm', format: input.format, orientation: 'landscape', compress: true });
  registerFonts(doc, input.fonts);
  setNeutralMetadata(doc, input.strings.title, input.createdAt, fileIdOf(`forest|${input.createdAt.toISOString()}|${input.aliases.length}`));
  if (!input.image) {
    documentPage(doc, input);
    return pdfBytes(doc);
  }
  doc.setFont(PDF_FONT, 'bold');
  let y = lines(doc, input.strings.title, MARGIN, MARGIN + 8, width - MARGIN * 2, input.format === 'a3' ? 26 : 20);
  const footer = 22;
  const boxHeight = height - y - footer - MARGIN;
  const boxWidth = width - MARGIN * 2;
  const scale = Math.min(boxWidth / input.image.width, boxHeight / input.image.height);
  const w = input.image.width * scale;
  const h = input.image.height * scale;
  doc.addImage(input.image.bytes, 'PNG', MARGIN + (boxWidth - w) / 2, y, w, h, 'forest', 'FAST');
  doc.setFont(PDF_FONT, 'normal');
  let hidden = y + 4;
  for (const tree of input.treeWords) {
    if (tree.notes.length === 0) continue;
    doc.setFontSize(6);
    const wrapped = doc.splitTextToSize(`${tree.alias}: ${tree.notes.join(' · ')}`, w) as string[];
    doc.text(wrapped, MARGIN + (boxWidth - w) / 2, hidden, { renderingMode: 'invisible' });
    hidden += wrapped.length * 6 * 0.3528 * 1.2;
  }
  y += h + 6;
  doc.setFont(PDF_FONT, 'normal');
  const textWidth = width - MARGIN * 2;
  y = lines(doc, `${input.strings.trees}: ${input.aliases.join(', ')}`, MARGIN, y, textWidth, 9);
  if (input.storms.length > 0) lines(doc, `${input.strings.storms}: ${input.storms.join(' · ')}`, MARGIN, y, textWidth, 9);
  doc.addPage(input.format, 'landscape');
  documentPage(doc, input);
  return pdfBytes(doc);
}
