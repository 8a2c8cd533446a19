import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What pdfjs reads out of a PDF: the text of each page and the Info dictionary. */
export interface PdfContent {
  pages: string[];
  /** All pages' text, whitespace collapsed to single spaces. */
  text: string;
  info: Record<string, unknown>;
  numPages: number;
}

const STANDARD_FONTS = `${pathToFileURL(resolve('node_modules/pdfjs-dist/standard_fonts')).href}/`;

/** Extract text and metadata with pdfjs-dist (legacy build, the one that runs in Node). */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const task = getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: STANDARD_FONTS, useSystemFonts: false, isEvalSupported: false });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
          .join('')
          .replace(/[ \t]+/g, ' '),
      );
    }
    const { info } = await doc.getMetadata();
    return { pages, text: pages.join('\n').replace(/\s+/g, ' '), info: info as Record<string, unknown>, numPages: doc.numPages };
  } finally {
    await task.destroy();
  }
}
