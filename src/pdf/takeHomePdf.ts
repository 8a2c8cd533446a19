import { jsPDF } from 'jspdf';
import { PDF_FONT, registerFonts, type FontData } from './fonts';
import { fileIdOf, pdfBytes, setNeutralMetadata } from './metadata';

/** One shared note as the take-home page prints it: its zone's label and its text. */
export interface TakeHomeNote {
  zoneLabel: string;
  text: string;
}

export interface TakeHomeInput {
  /** The participant's alias: the only way they are named. */
  alias: string;
  /** The tree drawing (PNG) with only what may be printed, and its pixel size. */
  image: Uint8Array;
  imageWidth: number;
  imageHeight: number;
  /** Shared notes in zone order; private notes are never passed in. */
  notes: readonly TakeHomeNote[];
  strings: {
    /** Neutral document title, e.g. "Tree of Life". */
    title: string;
    heading: string;
    notesHeading: string;
    noNotes: string;
    /** "and {{count}} more" with the count already filled in by the caller's formatter. */
    more: (count: number) => string;
  };
  fonts: FontData;
  createdAt: Date;
}

const PAGE = { width: 210, height: 297, margin: 15 };

/**
 * The one-page take-home tree: a heading with the alias, the tree drawing, and the shared notes as real
 * text (extractable, readable aloud). Always one A4 page: long note lists shrink, then are cut with a
 * count of what was left out. Neutral metadata: no author, no names.
 */
export function buildTakeHomePdf(input: TakeHomeInput): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  registerFonts(doc, input.fonts);
  setNeutralMetadata(doc, input.strings.title, input.createdAt, fileIdOf(`${input.alias}|${input.createdAt.toISOString()}`));
  const contentWidth = PAGE.width - PAGE.margin * 2;
  let y = PAGE.margin + 6;

  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(20);
  doc.text(input.strings.heading, PAGE.margin, y);
  y += 9;
  doc.setFontSize(15);
  doc.text(input.alias, PAGE.margin, y);
  y += 5;

  const imageHeight = Math.min(140, (contentWidth * input.imageHeight) / input.imageWidth);
  const imageWidth = (imageHeight * input.imageWidth) / input.imageHeight;
  doc.addImage(input.image, 'PNG', PAGE.margin + (contentWidth - imageWidth) / 2, y, imageWidth, imageHeight, 'tree', 'FAST');
  y += imageHeight + 9;

  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(13);
  doc.text(input.strings.notesHeading, PAGE.margin, y);
  y += 6;

  const bottom = PAGE.height - PAGE.margin;
  if (input.notes.length === 0) {
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(11);
    doc.text(input.strings.noNotes, PAGE.margin, y);
    return pdfBytes(doc);
  }

  // Find the largest font size (11 down to 7 pt) at which every note fits; else cut at 7 pt.
  const lineFor = (size: number) => (size * 0.3528) * 1.35;
  const layout = (size: number) => {
    doc.setFontSize(size);
    return input.notes.map((note) => doc.splitTextToSize(`${note.zoneLabel}: ${note.text}`, contentWidth - 4) as string[]);
  };
  let size = 11;
  let blocks = layout(size);
  const height = (b: string[][], s: number) => b.reduce((sum, lines) => sum + lines.length * lineFor(s) + 1.2, 0);
  while (size > 7 && y + height(blocks, size) > bottom) {
    size -= 0.5;
    blocks = layout(size);
  }
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(size);
  const line = lineFor(size);
  let printed = 0;
  for (const lines of blocks) {
    const need = lines.length * line + 1.2;
    const reserve = printed < blocks.length - 1 ? line : 0;
    if (y + need + reserve > bottom) break;
    doc.text('•', PAGE.margin, y);
    doc.text(lines, PAGE.margin + 4, y);
    y += need;
    printed += 1;
  }
  if (printed < blocks.length) {
    doc.setFont(PDF_FONT, 'bold');
    doc.text(input.strings.more(blocks.length - printed), PAGE.margin + 4, Math.min(y, bottom));
  }
  return pdfBytes(doc);
}
