import { jsPDF } from 'jspdf';
import { PDF_FONT } from '../../../src/pdf/fonts';
import { fileIdOf, setNeutralMetadata } from '../../../src/pdf/metadata';
import { readFonts } from '../pdfFonts';
import type { FontData } from '../../../src/pdf/fonts';
import type { Lang } from '../../../src/domain/types';

/** What a sample summary PDF is about; `seed` varies the wording so no two files are identical. */
export interface SamplePdfSpec {
  groupCode: string;
  sessionNumber: number;
  period: string;
  lang?: Lang;
  /** Paragraphs of body text per section; more paragraphs make a bigger file. */
  paragraphs?: number;
  seed?: number;
}

const SECTIONS: Record<Lang, string[]> = {
  en: ['Attendance', 'Delivery versus plan', 'Group themes', 'Collective document', 'Support map', 'Safety', 'Reflection', 'Next steps'],
  it: ['Presenze', 'Attività rispetto al piano', 'Temi del gruppo', 'Documento collettivo', 'Mappa del sostegno', 'Sicurezza', 'Riflessione', 'Prossimi passi'],
};

const WORDS: Record<Lang, string[]> = {
  en: ['the', 'group', 'talked', 'about', 'roots', 'hope', 'family', 'strength', 'several', 'most', 'shared', 'stories', 'of', 'resilience', 'and', 'care', 'through', 'treatment', 'weeks', 'friends', 'ordinary', 'days', 'with', 'warmth'],
  it: ['il', 'gruppo', 'ha', 'parlato', 'di', 'radici', 'speranza', 'famiglia', 'forza', 'alcuni', 'molti', 'storie', 'resilienza', 'e', 'cura', 'durante', 'terapie', 'settimane', 'amicizie', 'giornate', 'con', 'calore', 'perché', 'città'],
};

let fonts: FontData | null = null;

/**
 * A realistic summary-like PDF made with jsPDF in Node: embedded DejaVu fonts, A4, headings, wrapped body
 * text, a small vector bar chart and page numbers — the same ingredients as Grove's real summaries, so
 * sizes (30–60 KB) and structure are close to what the archive holds.
 */
export function makeSamplePdf(spec: SamplePdfSpec): { bytes: Uint8Array; pages: number } {
  const lang = spec.lang ?? 'en';
  const paragraphs = spec.paragraphs ?? 3;
  let seed = spec.seed ?? 1;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  fonts ??= readFonts();
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  // One embedded style (headings are larger, not bold) keeps the file near a real summary's 30–60 KB.
  doc.addFileToVFS('DejaVuSans.ttf', fonts.regular);
  doc.addFont('DejaVuSans.ttf', PDF_FONT, 'normal');
  setNeutralMetadata(doc, 'Session summary', new Date(Date.UTC(2026, 10, 24)), fileIdOf('sample'));
  let y = 20;
  const newPageIfNeeded = (height: number) => {
    if (y + height > 280) {
      doc.addPage();
      y = 20;
    }
  };
  doc.setFont(PDF_FONT, 'normal').setFontSize(16);
  doc.text(`${spec.groupCode} · ${lang === 'it' ? 'Incontro' : 'Session'} ${spec.sessionNumber} · ${spec.period}`, 15, y);
  y += 10;
  for (const section of SECTIONS[lang]) {
    newPageIfNeeded(14);
    doc.setFont(PDF_FONT, 'normal').setFontSize(12);
    doc.text(section, 15, y);
    y += 7;
    doc.setFont(PDF_FONT, 'normal').setFontSize(10);
    for (let p = 0; p < paragraphs; p += 1) {
      const words = Array.from({ length: 40 + Math.floor(random() * 40) }, () => WORDS[lang][Math.floor(random() * WORDS[lang].length)]!);
      const lines = doc.splitTextToSize(`${words.join(' ')}.`, 180) as string[];
      for (const line of lines) {
        newPageIfNeeded(5);
        doc.text(line, 15, y);
        y += 5;
      }
      y += 2;
    }
    if (section === SECTIONS[lang][2]) {
      newPageIfNeeded(40);
      for (let bar = 0; bar < 8; bar += 1) {
        doc.setFillColor(47 + bar * 10, 107, 63).rect(20 + bar * 20, y + 30 - (5 + random() * 25), 12, 5 + random() * 25, 'F');
      }
      y += 36;
    }
  }
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page).setFont(PDF_FONT, 'normal').setFontSize(8);
    doc.text(`${page} / ${pages}`, 195, 290, { align: 'right' });
  }
  return { bytes: new Uint8Array(doc.output('arraybuffer')), pages };
}
