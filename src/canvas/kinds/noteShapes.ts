import type { ZoneId } from '../../domain/types';

/**
 * A note's outline follows its zone, as on a paper tree: leaves are leaf-shaped, fruits are round fruits,
 * everything else is a card. Geometry only; the renderer draws it.
 */
export type NoteShape = 'leaf' | 'fruit' | 'card';

/** The outline a note takes in a zone. */
export function noteShapeFor(zone: ZoneId): NoteShape {
  if (zone === 'leaves') return 'leaf';
  if (zone === 'fruits') return 'fruit';
  return 'card';
}

export const NOTE_FONT_SIZE = 18;
export const NOTE_LINE_HEIGHT = 1.25;
export const NOTE_FONT_FAMILY = 'sans-serif';
export const NOTE_TEXT_COLOR = '#1f2a22';

/** Default sizes of a new note per shape (world units). */
export const NOTE_DEFAULT_WIDTH: Record<NoteShape, number> = { card: 170, leaf: 190, fruit: 150 };
export const NOTE_MIN_HEIGHT: Record<NoteShape, number> = { card: 56, leaf: 84, fruit: 120 };

/** Pastel note colours: dark text on each keeps a contrast ratio above 7:1. */
export const NOTE_COLORS = ['#fff3b0', '#d8f0c8', '#ffd6e0', '#d4e8ff', '#ffe0b8', '#e6dcff', '#ffffff'] as const;

/** The colour a new note starts with in a zone. */
export function defaultNoteColor(zone: ZoneId): string {
  if (zone === 'leaves') return '#d8f0c8';
  if (zone === 'fruits') return '#ffe0b8';
  if (zone === 'flowers') return '#ffd6e0';
  if (zone === 'compost') return '#e6dcff';
  return '#fff3b0';
}

/** The text box inside a note of this size, relative to the note's centre. */
export function noteTextBox(shape: NoteShape, width: number, height: number): { x: number; y: number; width: number; height: number } {
  if (shape === 'leaf') {
    const w = width * 0.64;
    return { x: -w / 2, y: -height * 0.36, width: w, height: height * 0.72 };
  }
  if (shape === 'fruit') {
    const w = width * 0.7;
    return { x: -w / 2, y: -height * 0.3, width: w, height: height * 0.64 };
  }
  return { x: -width / 2 + 12, y: -height / 2 + 10, width: width - 24, height: height - 20 };
}

/** The note height that fits a text block of `textHeight` in a note of this shape and width. */
export function noteHeightFor(shape: NoteShape, width: number, textHeight: number): number {
  if (shape === 'leaf') return Math.max(NOTE_MIN_HEIGHT.leaf, Math.ceil(textHeight / 0.72) + 8);
  if (shape === 'fruit') return Math.max(NOTE_MIN_HEIGHT.fruit, width * 0.9, Math.ceil(textHeight / 0.64) + 8);
  return Math.max(NOTE_MIN_HEIGHT.card, Math.ceil(textHeight) + 20);
}

/** Rough text height without a canvas (sample data, tests): average glyph width ≈ 0.52 em. */
export function estimateTextHeight(text: string, width: number, fontSize = NOTE_FONT_SIZE): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * 0.52)));
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return lines * fontSize * NOTE_LINE_HEIGHT;
}
