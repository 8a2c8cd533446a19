import { jsPDF } from 'jspdf';
import { GROUNDING_EXERCISES } from '../domain/care';
import type { RunSheetModel } from '../domain/runSheet';
import { PDF_FONT, registerFonts, type FontData } from './fonts';
import { fileIdOf, pdfBytes, setNeutralMetadata } from './metadata';

/** The run sheet's fixed wording, in the group's language (from the room catalogue). */
export interface RunSheetStrings {
  title: string;
  agenda: string;
  start: string;
  minutes: string;
  activity: string;
  prompts: string;
  materials: string;
  agreement: string;
  agreementText: string;
  carePlan: string;
  contacts: string;
  noContacts: string;
}

const PAGE = { width: 210, height: 297, margin: 14 };
const WIDTH = PAGE.width - PAGE.margin * 2;
const LINE = 0.3528 * 1.2;

/**
 * The facilitator's run sheet for one session (A4, portrait): the agenda with start times, each block's
 * prompts, materials and notes, the materials list, the group agreement and the care plan. It fits one page
 * when the agenda allows (type shrinks to 6.5 pt), otherwise it continues on the next. Neutral metadata; it
 * names no participant, and the group appears by its code only.
 */
export function buildRunSheetPdf(model: RunSheetModel, strings: RunSheetStrings, fonts: FontData, createdAt: Date): Uint8Array {
  for (let size = 9; size >= 6.5; size -= 0.5) {
    const doc = draw(model, strings, fonts, createdAt, size);
    if (doc.getNumberOfPages() === 1) return pdfBytes(doc);
  }
  return pdfBytes(draw(model, strings, fonts, createdAt, 6.5));
}

function draw(model: RunSheetModel, strings: RunSheetStrings, fonts: FontData, createdAt: Date, size: number): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  registerFonts(doc, fonts);
  setNeutralMetadata(doc, strings.title, createdAt, fileIdOf(`runsheet|${model.groupCode}|${model.sessionNumber}|${createdAt.toISOString()}`));
  let y = PAGE.margin + 5;
  const line = size * LINE;

  const ensure = (height: number) => {
    if (y + height <= PAGE.height - PAGE.margin) return;
    doc.addPage();
    y = PAGE.margin + 3;
  };
  const text = (value: string, x: number, width: number, style: 'normal' | 'bold' = 'normal', fontSize = size) => {
    doc.setFont(PDF_FONT, style);
    doc.setFontSize(fontSize);
    const lines = doc.splitTextToSize(value, width) as string[];
    const step = fontSize * LINE;
    for (const one of lines) {
      ensure(step);
      doc.text(one, x, y);
      y += step;
    }
  };
  const heading = (value: string) => {
    y += line * 0.6;
    ensure(line * 3);
    text(value, PAGE.margin, WIDTH, 'bold', size + 2);
  };

  text(`${strings.title} · ${model.groupCode} · ${model.sessionNumber}. ${model.sessionTitle}`, PAGE.margin, WIDTH, 'bold', size + 5);
  text([model.date ?? '', `${model.plannedMinutes} min`].filter(Boolean).join(' · '), PAGE.margin, WIDTH);

  heading(strings.agenda);
  const startX = PAGE.margin;
  const minX = PAGE.margin + 14;
  const bodyX = PAGE.margin + 24;
  const bodyWidth = WIDTH - 24;
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(size);
  doc.text(strings.start, startX, y);
  doc.text(strings.minutes, minX, y);
  doc.text(strings.activity, bodyX, y);
  y += line * 1.2;
  for (const row of model.rows) {
    ensure(line * 2);
    const top = y;
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(size);
    doc.text(row.start, startX, top);
    doc.text(String(row.minutes), minX, top);
    text(row.title, bodyX, bodyWidth, 'bold');
    // Prompts run on in one paragraph: the sheet stays one page for a full session of 13 blocks.
    if (row.prompts.length > 0) text(`${strings.prompts}: ${row.prompts.join(' · ')}`, bodyX + 2, bodyWidth - 2);
    const extra = [row.materials.trim() ? `${strings.materials}: ${row.materials.trim()}` : '', row.notes.trim()].filter(Boolean).join(' — ');
    if (extra) text(extra, bodyX + 2, bodyWidth - 2);
    y += line * 0.3;
  }

  if (model.materials.length > 0) {
    heading(strings.materials);
    for (const item of model.materials) text(`☐ ${item}`, PAGE.margin, WIDTH);
  }

  heading(strings.agreement);
  text(strings.agreementText, PAGE.margin, WIDTH);

  heading(strings.carePlan);
  for (const exercise of GROUNDING_EXERCISES) {
    text(exercise.title[model.lang], PAGE.margin, WIDTH, 'bold');
    exercise.steps.forEach((step, at) => text(`${at + 1}. ${step[model.lang]}`, PAGE.margin + 2, WIDTH - 2));
  }
  text(strings.contacts, PAGE.margin, WIDTH, 'bold');
  text(model.careContacts || strings.noContacts, PAGE.margin + 2, WIDTH - 2);
  return doc;
}
