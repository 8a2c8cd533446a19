import { newId } from '../../domain/ids';
import { STICKER_COLORS } from '../../domain/stickers';
import { defaultVisibility } from '../../domain/visibility';
import type { NoteItem, StickerItem, StickerName, StrokeItem, Tree, TreeItem, ZoneId } from '../../domain/types';
import { strokeLocalBounds } from '../kinds/geometry';
import { defaultNoteColor, NOTE_DEFAULT_WIDTH, noteShapeFor } from '../kinds/noteShapes';

/** What an item needs to know about its tree. */
export type TreeRef = Pick<Tree, 'id' | 'groupId' | 'participantId'>;

export const DEFAULT_STICKER_SIZE = 84;
export const DEFAULT_PEN_SIZE = 8;
export const PEN_COLORS = ['#1f2a22', '#2f6b3f', '#8a5a44', '#1a5fb4', '#a5281b', '#b35c00', '#7b3fa0'] as const;

/** The z above every item, for something new on top of the stack. */
export function nextZ(items: readonly TreeItem[]): number {
  let max = 0;
  for (const item of items) if (item.z > max) max = item.z;
  return max + 1;
}

function base(tree: TreeRef, zone: ZoneId, x: number, y: number, z: number, now: number) {
  return {
    id: newId(),
    treeId: tree.id,
    groupId: tree.groupId,
    participantId: tree.participantId,
    zone,
    visibility: defaultVisibility(zone),
    x,
    y,
    rotation: 0,
    z,
    locked: false,
    createdAt: now,
    updatedAt: now,
  };
}

export interface NewNote {
  zone: ZoneId;
  x: number;
  y: number;
  text: string;
  height: number;
  z: number;
  color?: string;
  width?: number;
  now?: number;
}

/** A new note centred at (x, y); the caller measures its height for the text. */
export function newNote(tree: TreeRef, input: NewNote): NoteItem {
  const now = input.now ?? Date.now();
  return {
    ...base(tree, input.zone, input.x, input.y, input.z, now),
    kind: 'note',
    text: input.text,
    width: input.width ?? NOTE_DEFAULT_WIDTH[noteShapeFor(input.zone)],
    height: input.height,
    color: input.color ?? defaultNoteColor(input.zone),
  };
}

/** A new sticker centred at (x, y). */
export function newSticker(tree: TreeRef, input: { zone: ZoneId; x: number; y: number; sticker: StickerName; z: number; size?: number; color?: string; now?: number }): StickerItem {
  return {
    ...base(tree, input.zone, input.x, input.y, input.z, input.now ?? Date.now()),
    kind: 'sticker',
    sticker: input.sticker,
    size: input.size ?? DEFAULT_STICKER_SIZE,
    color: input.color ?? STICKER_COLORS[input.sticker],
  };
}

/**
 * A new stroke from points in world units (flat x, y, pressure triples). The points are re-expressed
 * around the stroke's centre, so the item rotates and scales about its middle.
 */
export function newStroke(tree: TreeRef, input: { zone: ZoneId; worldPoints: readonly number[]; color: string; size: number; z: number; now?: number }): StrokeItem {
  const box = strokeLocalBounds(input.worldPoints);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const points: number[] = new Array<number>(input.worldPoints.length);
  for (let i = 0; i + 2 < input.worldPoints.length; i += 3) {
    points[i] = round2(input.worldPoints[i]! - cx);
    points[i + 1] = round2(input.worldPoints[i + 1]! - cy);
    points[i + 2] = round2(input.worldPoints[i + 2]!);
  }
  return { ...base(tree, input.zone, round2(cx), round2(cy), input.z, input.now ?? Date.now()), kind: 'stroke', points, color: input.color, size: input.size, scaleX: 1, scaleY: 1 };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
