import Konva from 'konva';
import type { NoteItem } from '../domain/types';
import { NOTE_FONT_FAMILY, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, noteHeightFor, noteShapeFor, noteTextBox } from './kinds/noteShapes';
import type { FitNote } from './editor/commands';

let measurer: Konva.Text | null = null;
const cache = new Map<string, number>();

/** Height of wrapped note text at a width, measured with the same font and wrapping the canvas uses. */
export function measureTextHeight(text: string, width: number): number {
  const key = `${Math.round(width)}|${text}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  measurer ??= new Konva.Text({ fontSize: NOTE_FONT_SIZE, fontFamily: NOTE_FONT_FAMILY, lineHeight: NOTE_LINE_HEIGHT, wrap: 'word' });
  measurer.setAttrs({ text: text || ' ', width: Math.max(10, Math.round(width)) });
  const height = measurer.height();
  if (cache.size > 5000) cache.clear();
  cache.set(key, height);
  return height;
}

/** Auto-size: a note exactly as tall as its text needs (after typing). */
export const fitNoteExact: FitNote = (note: NoteItem) => {
  const shape = noteShapeFor(note.zone);
  const box = noteTextBox(shape, note.width, note.height);
  return { ...note, height: noteHeightFor(shape, note.width, measureTextHeight(note.text, box.width)) };
};

/** Grow-only: a note at least as tall as its text needs (after a resize or a change of zone). */
export const fitNoteAtLeast: FitNote = (note: NoteItem) => {
  const fitted = fitNoteExact(note);
  return fitted.height <= note.height ? note : fitted;
};
