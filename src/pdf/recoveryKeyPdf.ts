import { jsPDF } from 'jspdf';
import { PDF_FONT, registerFonts, type FontData } from './fonts';
import { fileIdOf, pdfBytes, setNeutralMetadata } from './metadata';

export interface RecoveryKeyPdfInput {
  /** The recovery key as shown on screen, in groups of four. */
  formattedKey: string;
  strings: { title: string; created: string; intro: string; keep: string; how: string; age: string };
  fonts: FontData;
  createdAt: Date;
}

const PAGE = { width: 210, height: 297, margin: 20 };

/**
 * The one-page recovery sheet: the key in large type, what it opens, how to keep it and how to use it.
 * Nothing else about the user or their groups is on it.
 */
export function buildRecoveryKeyPdf(input: RecoveryKeyPdfInput): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  registerFonts(doc, input.fonts);
  setNeutralMetadata(doc, input.strings.title, input.createdAt, fileIdOf(`recovery|${input.createdAt.toISOString()}`));
  const width = PAGE.width - PAGE.margin * 2;
  let y = PAGE.margin + 8;

  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(22);
  doc.text(input.strings.title, PAGE.margin, y);
  y += 8;
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(11);
  doc.text(input.strings.created, PAGE.margin, y);
  y += 12;

  const paragraph = (text: string, size = 12) => {
    doc.setFontSize(size);
    const lines = doc.splitTextToSize(text, width) as string[];
    doc.text(lines, PAGE.margin, y);
    y += lines.length * size * 0.45 + 5;
  };
  paragraph(input.strings.intro);

  // The key: a bordered box, four groups of four per line, large enough to copy by hand without mistakes.
  const groups = input.formattedKey.split(' ');
  const head = groups.shift() ?? '';
  const rows: string[] = [head];
  for (let i = 0; i < groups.length; i += 5) rows.push(groups.slice(i, i + 5).join('  '));
  const boxHeight = rows.length * 9 + 10;
  doc.setDrawColor(60);
  doc.setLineWidth(0.6);
  doc.roundedRect(PAGE.margin, y, width, boxHeight, 3, 3);
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(17);
  rows.forEach((row, index) => doc.text(row, PAGE.margin + 8, y + 11 + index * 9));
  y += boxHeight + 10;
  doc.setFont(PDF_FONT, 'normal');

  paragraph(input.strings.keep);
  paragraph(input.strings.how);
  paragraph(input.strings.age, 10);
  return pdfBytes(doc);
}
