import { jsPDF } from 'jspdf';
import { fill, summaryLabels } from '../domain/summary/labels';
import { SUMMARY_SECTIONS, type SummaryModel } from '../domain/summary/model';
import { registerFonts, type FontData } from './fonts';
import { fileIdOf, pdfBytes, setNeutralMetadata } from './metadata';
import { privacyStatement, writeSection } from './summary/sections';
import { COLORS, CONTENT_WIDTH, PAGE, PdfWriter } from './summary/writer';

/**
 * The anonymised session summary as an A4 PDF (DOMAIN.md §5.1, §6.3 #6). A pure function of the reviewed
 * model, the fonts and the creation time: the same inputs give the same bytes. The model must already be
 * redacted (see domain/summary/review `finaliseSummary`); this module adds no text of its own beyond the
 * labels of the summary's language.
 */

export interface RenderOptions {
  createdAt: Date;
}

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
}

/** Render the summary. DejaVu Sans is embedded (subset) so Italian and any other text extracts correctly. */
export function renderSummaryPdf(model: SummaryModel, fonts: FontData, { createdAt }: RenderOptions): RenderedPdf {
  const labels = summaryLabels(model.lang);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, fonts);
  doc.setLanguage(model.lang === 'it' ? 'it' : 'en-GB');

  const writer = new PdfWriter(doc);
  for (const section of SUMMARY_SECTIONS) writeSection(writer, section, model, labels);

  const pages = doc.getNumberOfPages();
  const statement = privacyStatement(model, labels);
  for (let n = 1; n <= pages; n += 1) {
    doc.setPage(n);
    drawFooter(doc, fill(labels.page, { n, m: pages }), statement);
  }

  setNeutralMetadata(doc, labels.title, createdAt, fileIdOf(`${JSON.stringify(model)}|${createdAt.toISOString()}`));
  const bytes = pdfBytes(doc);
  return { bytes, pages };
}

function drawFooter(doc: jsPDF, pageLabel: string, statement: string): void {
  const y = PAGE.height - PAGE.bottom + 8;
  const [r, g, b] = COLORS.rule;
  doc.setDrawColor(r, g, b);
  doc.setLineWidth(0.3);
  doc.line(PAGE.left, y - 3, PAGE.width - PAGE.right, y - 3);
  doc.setFont('DejaVuSans', 'normal');
  doc.setFontSize(7.5);
  const [mr, mg, mb] = COLORS.muted;
  doc.setTextColor(mr, mg, mb);
  const lines = doc.splitTextToSize(statement, CONTENT_WIDTH - 30) as string[];
  lines.slice(0, 3).forEach((line, i) => doc.text(line, PAGE.left, y + i * 3.2));
  doc.text(pageLabel, PAGE.width - PAGE.right, y, { align: 'right' });
}


