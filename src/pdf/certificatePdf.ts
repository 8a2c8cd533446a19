import { jsPDF } from 'jspdf';
import type { CertificateContent, CertificateDesign, PaperFormat } from '../domain/certificates';
import { PDF_FONT, registerFonts, type FontData } from './fonts';
import { fileIdOf, pdfBytes, setNeutralMetadata } from './metadata';

/** A certificate's fixed wording, in the group's language. */
export interface CertificateStrings {
  /** Neutral document title. */
  documentTitle: string;
  heading: string;
  presentedTo: string;
  acknowledgements: string;
  /** The footer line, e.g. "Tree of Life · 4 December 2026". */
  footer: string;
}

interface Palette {
  ink: [number, number, number];
  accent: [number, number, number];
  soft: [number, number, number];
}

const PALETTES: Record<CertificateDesign, Palette> = {
  meadow: { ink: [31, 42, 34], accent: [36, 90, 50], soft: [220, 235, 220] },
  classic: { ink: [40, 33, 24], accent: [138, 106, 46], soft: [246, 239, 222] },
  simple: { ink: [30, 30, 30], accent: [60, 90, 120], soft: [232, 238, 244] },
};

const PT = 0.3528;

/** Page size in mm, landscape. */
function pageSize(format: PaperFormat): { width: number; height: number } {
  return format === 'letter' ? { width: 279.4, height: 215.9 } : { width: 297, height: 210 };
}

/** The design's frame and ornaments, drawn before the text; returns the text box. */
function drawDesign(doc: jsPDF, design: CertificateDesign, width: number, height: number): { x: number; y: number; w: number; h: number; align: 'center' | 'left' } {
  const p = PALETTES[design];
  if (design === 'classic') {
    doc.setDrawColor(...p.accent);
    doc.setLineWidth(1.4);
    doc.rect(10, 10, width - 20, height - 20);
    doc.setLineWidth(0.4);
    doc.rect(14, 14, width - 28, height - 28);
    doc.setFillColor(...p.accent);
    for (const [cx, cy] of [[14, 14], [width - 14, 14], [14, height - 14], [width - 14, height - 14]] as const) doc.circle(cx, cy, 2, 'F');
    return { x: 30, y: 34, w: width - 60, h: height - 62, align: 'center' };
  }
  if (design === 'meadow') {
    doc.setFillColor(...p.soft);
    doc.rect(0, height - 28, width, 28, 'F');
    // A small tree on the left: trunk and a crown of leaves.
    doc.setFillColor(120, 86, 52);
    doc.rect(33, height - 78, 7, 52, 'F');
    doc.setFillColor(...p.accent);
    for (const [dx, dy, r] of [[0, -84, 16], [-12, -74, 12], [12, -74, 12], [-6, -96, 11], [8, -95, 10]] as const) doc.circle(36.5 + dx, height + dy, r, 'F');
    doc.setFillColor(233, 180, 76);
    for (const [dx, dy] of [[-8, -82], [9, -86], [2, -72], [-3, -97]] as const) doc.circle(36.5 + dx, height + dy, 2, 'F');
    return { x: 72, y: 30, w: width - 92, h: height - 66, align: 'center' };
  }
  doc.setFillColor(...p.accent);
  doc.rect(0, 0, 9, height, 'F');
  doc.setFillColor(...p.soft);
  doc.rect(9, 0, 3, height, 'F');
  return { x: 30, y: 30, w: width - 56, h: height - 56, align: 'left' };
}

/** Write one certificate on the current page. Text shrinks (14 → 8 pt) until the words and acknowledgements fit. */
function drawCertificate(doc: jsPDF, content: CertificateContent, design: CertificateDesign, format: PaperFormat, strings: CertificateStrings): void {
  const { width, height } = pageSize(format);
  const box = drawDesign(doc, design, width, height);
  const p = PALETTES[design];
  const x = box.align === 'center' ? box.x + box.w / 2 : box.x;
  const options = { align: box.align, maxWidth: box.w } as const;
  let y = box.y;

  doc.setTextColor(...p.accent);
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(22);
  const heading = doc.splitTextToSize(strings.heading, box.w) as string[];
  doc.text(heading, x, y, options);
  y += heading.length * 22 * PT * 1.2 + 4;
  doc.setTextColor(...p.ink);
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(12);
  doc.text(strings.presentedTo, x, y, options);
  y += 12 * PT * 1.2 + 6;
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(30);
  doc.text(content.name, x, y, options);
  y += 30 * PT * 0.6 + 8;

  const bottom = box.y + box.h;
  const layout = (size: number) => {
    doc.setFontSize(size);
    const words = content.words ? (doc.splitTextToSize(content.words, box.w) as string[]) : [];
    doc.setFontSize(size * 0.85);
    const acks = content.acknowledgements.map((a) => doc.splitTextToSize(`${a.from}: ${a.text}`, box.w) as string[]);
    const line = size * PT * 1.3;
    const small = size * 0.85 * PT * 1.3;
    const total = words.length * line + (acks.length ? 6 + small * 1.3 + acks.reduce((sum, lines) => sum + lines.length * small + 1, 0) : 0);
    return { words, acks, line, small, total };
  };
  let size = 14;
  let fit = layout(size);
  while (size > 8 && y + fit.total > bottom) {
    size -= 0.5;
    fit = layout(size);
  }
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(size);
  for (const line of fit.words) {
    doc.text(line, x, y, { align: box.align });
    y += fit.line;
  }
  if (fit.acks.length > 0) {
    y += 6;
    doc.setTextColor(...p.accent);
    doc.setFont(PDF_FONT, 'bold');
    doc.setFontSize(size * 0.85);
    doc.text(strings.acknowledgements, x, y, { align: box.align });
    y += fit.small * 1.3;
    doc.setTextColor(...p.ink);
    doc.setFont(PDF_FONT, 'normal');
    for (const lines of fit.acks) {
      for (const line of lines) {
        if (y > bottom) break;
        doc.text(line, x, y, { align: box.align });
        y += fit.small;
      }
      y += 1;
    }
  }
  doc.setFontSize(9);
  doc.setTextColor(110, 110, 110);
  doc.text(strings.footer, box.align === 'center' ? width / 2 : box.x, height - (design === 'meadow' ? 12 : 20), { align: box.align });
  doc.setTextColor(0, 0, 0);
}

/**
 * Certificates as one PDF, one landscape page each (A4 or Letter), in one of the designs. DejaVu Sans is
 * embedded, so accented and non-Latin names render and extract. Neutral metadata: the title is generic and
 * no name is written into the document's properties.
 */
export function buildCertificatesPdf(
  certificates: readonly CertificateContent[],
  options: { design: CertificateDesign; format: PaperFormat; strings: CertificateStrings; fonts: FontData; createdAt: Date },
): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: options.format, orientation: 'landscape', compress: true });
  registerFonts(doc, options.fonts);
  setNeutralMetadata(doc, options.strings.documentTitle, options.createdAt, fileIdOf(`certificates|${options.createdAt.toISOString()}|${certificates.length}`));
  certificates.forEach((content, index) => {
    if (index > 0) doc.addPage(options.format, 'landscape');
    drawCertificate(doc, content, options.design, options.format, options.strings);
  });
  return pdfBytes(doc);
}
