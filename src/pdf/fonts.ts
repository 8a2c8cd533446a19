import type { jsPDF } from 'jspdf';

/** Base64 TrueType data for the two styles Grove's PDFs use. */
export interface FontData {
  regular: string;
  bold: string;
}

export const PDF_FONT = 'DejaVuSans';

let cached: Promise<FontData> | null = null;

/**
 * Load DejaVu Sans from resources/ as inlined data (no fetch, so it works under the strict CSP and the
 * app:// protocol). jsPDF's built-in fonts cover Latin-1 only; DejaVu covers Italian and far beyond.
 */
export function loadFonts(): Promise<FontData> {
  cached ??= Promise.all([
    import('../../resources/fonts/DejaVuSans.ttf?inline'),
    import('../../resources/fonts/DejaVuSans-Bold.ttf?inline'),
  ]).then(([regular, bold]) => ({ regular: stripDataUrl(regular.default), bold: stripDataUrl(bold.default) }));
  return cached;
}

function stripDataUrl(dataUrl: string): string {
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

/** Embed the fonts in a document and make the regular style current. */
export function registerFonts(doc: jsPDF, fonts: FontData): void {
  doc.addFileToVFS('DejaVuSans.ttf', fonts.regular);
  doc.addFont('DejaVuSans.ttf', PDF_FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
  doc.addFont('DejaVuSans-Bold.ttf', PDF_FONT, 'bold');
  doc.setFont(PDF_FONT, 'normal');
}
