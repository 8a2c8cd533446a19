import { WORLD, type Point, type Rect } from '../../domain/treeLayout';

/**
 * Where things go in the forest scene (world units): the trees side by side in a grid, a band around
 * them where storms gather, and the collective document underneath. Pure, so tests and the canvas agree.
 */

/** A tree in the forest is drawn at this fraction of its own size. */
export const TREE_SCALE = 0.4;
export const CELL = { width: WORLD.width * TREE_SCALE, height: WORLD.height * TREE_SCALE, label: 46, gap: 36 };
export const STORM_BAND = 230;
export const SIDE_BAND = 200;
export const STORM_SIZE = { width: 220, minHeight: 96 };

export interface ForestLayout {
  columns: number;
  rows: number;
  /** Top-left of each tree cell, in roster order. */
  cells: Point[];
  /** The area the trees take. */
  trees: Rect;
  /** Where the collective document starts (its top-left) and how wide it is. */
  document: { x: number; y: number; width: number };
  /** The whole scene without the document's height (which depends on its text). */
  bounds: Rect;
}

/** Columns for `count` trees: up to four in one row, then close to a wide rectangle (4 × 3 for twelve, 3 × 2 for six). */
export function forestColumns(count: number): number {
  if (count <= 4) return Math.max(1, count);
  const rows = Math.ceil(count / Math.ceil(Math.sqrt(count * 1.3)));
  return Math.ceil(count / rows);
}

/** The forest scene for `count` trees, in roster order. */
export function forestLayout(count: number): ForestLayout {
  const columns = forestColumns(count);
  const rows = Math.max(1, Math.ceil(count / columns));
  const cellWidth = CELL.width + CELL.gap;
  const cellHeight = CELL.height + CELL.label + CELL.gap;
  const cells: Point[] = [];
  for (let i = 0; i < count; i++) cells.push({ x: SIDE_BAND + (i % columns) * cellWidth, y: STORM_BAND + Math.floor(i / columns) * cellHeight });
  const trees = { x: SIDE_BAND, y: STORM_BAND, width: columns * cellWidth - CELL.gap, height: rows * cellHeight - CELL.gap };
  const document = { x: SIDE_BAND, y: trees.y + trees.height + 40, width: Math.max(trees.width, 700) };
  const width = Math.max(trees.width, document.width) + SIDE_BAND * 2;
  return { columns, rows, cells, trees, document, bounds: { x: 0, y: 0, width, height: document.y + 140 } };
}

/**
 * Places for storms around the forest, in order: along the top band, then down the left and right
 * sides. A new storm takes the first place no other storm is near.
 */
export function stormSlots(layout: ForestLayout): Point[] {
  const slots: Point[] = [];
  const top = 24;
  for (let x = 24; x + STORM_SIZE.width <= layout.bounds.width - 12; x += STORM_SIZE.width + 24) slots.push({ x, y: top });
  for (let y = STORM_BAND; y + STORM_SIZE.minHeight <= layout.trees.y + layout.trees.height; y += STORM_SIZE.minHeight + 60) {
    slots.push({ x: 14, y });
    slots.push({ x: layout.bounds.width - SIDE_BAND + 14, y });
  }
  return slots;
}

/** Where a new storm goes: the first free slot around the forest. */
export function nextStormSpot(layout: ForestLayout, taken: readonly Point[]): Point {
  const slots = stormSlots(layout);
  return (
    slots.find((slot) => taken.every((other) => Math.abs(other.x - slot.x) > STORM_SIZE.width * 0.6 || Math.abs(other.y - slot.y) > STORM_SIZE.minHeight * 0.6)) ??
    { x: 24 + (taken.length % 6) * 30, y: 24 + (taken.length % 6) * 20 }
  );
}
