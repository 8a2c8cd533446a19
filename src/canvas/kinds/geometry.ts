import type { Point, Rect } from '../../domain/treeLayout';
import { distanceToSegment } from '../../domain/treeLayout';
import type { NoteItem, StickerItem, StrokeItem, TreeItem } from '../../domain/types';

/**
 * Item geometry without Konva: bounds, centres and hit-tests in world units, per kind. Every item is
 * positioned by its centre (x, y) and rotated about it; a stroke's points are relative to its centre.
 */

export function rotate(point: Point, degrees: number): Point {
  if (degrees === 0) return point;
  const r = (degrees * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  return { x: point.x * cos - point.y * sin, y: point.x * sin + point.y * cos };
}

/** A world point in an item's own (unrotated, unscaled) coordinates. */
export function toLocal(item: Pick<TreeItem, 'x' | 'y' | 'rotation'>, point: Point, scaleX = 1, scaleY = 1): Point {
  const unrotated = rotate({ x: point.x - item.x, y: point.y - item.y }, -item.rotation);
  return { x: unrotated.x / scaleX, y: unrotated.y / scaleY };
}

const strokeBoxes = new WeakMap<readonly number[], Rect>();

/** Bounds of a stroke's points in its own coordinates (cached per points array). */
export function strokeLocalBounds(points: readonly number[]): Rect {
  const cached = strokeBoxes.get(points);
  if (cached) return cached;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < points.length; i += 3) {
    const x = points[i]!;
    const y = points[i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const box = Number.isFinite(minX) ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : { x: 0, y: 0, width: 0, height: 0 };
  strokeBoxes.set(points, box);
  return box;
}

/** An item's own box (before rotation), relative to its centre. */
export function localBox(item: TreeItem): Rect {
  switch (item.kind) {
    case 'note':
      return { x: -item.width / 2, y: -item.height / 2, width: item.width, height: item.height };
    case 'sticker':
      return { x: -item.size / 2, y: -item.size / 2, width: item.size, height: item.size };
    case 'stroke': {
      const box = strokeLocalBounds(item.points);
      const pad = item.size / 2;
      return {
        x: (box.x - pad) * item.scaleX,
        y: (box.y - pad) * item.scaleY,
        width: (box.width + pad * 2) * item.scaleX,
        height: (box.height + pad * 2) * item.scaleY,
      };
    }
  }
}

/** Axis-aligned world bounds of an item, rotation included. */
export function itemBounds(item: TreeItem): Rect {
  const box = localBox(item);
  const corners = [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x, y: box.y + box.height },
  ].map((corner) => rotate(corner, item.rotation));
  const xs = corners.map((corner) => corner.x + item.x);
  const ys = corners.map((corner) => corner.y + item.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** The point whose zone an item belongs to: its visual centre. */
export function itemCenter(item: TreeItem): Point {
  if (item.kind !== 'stroke') return { x: item.x, y: item.y };
  const box = strokeLocalBounds(item.points);
  const centre = rotate({ x: (box.x + box.width / 2) * item.scaleX, y: (box.y + box.height / 2) * item.scaleY }, item.rotation);
  return { x: item.x + centre.x, y: item.y + centre.y };
}

function hitBox(item: NoteItem | StickerItem, point: Point, tolerance: number): boolean {
  const local = toLocal(item, point);
  const box = localBox(item);
  return local.x >= box.x - tolerance && local.x <= box.x + box.width + tolerance && local.y >= box.y - tolerance && local.y <= box.y + box.height + tolerance;
}

/** Distance from a world point to a stroke's centre line, in world units. */
export function distanceToStroke(item: StrokeItem, point: Point): number {
  const local = toLocal(item, point, item.scaleX, item.scaleY);
  const scale = Math.max(item.scaleX, item.scaleY);
  const pts = item.points;
  if (pts.length < 6) return Math.hypot(local.x - (pts[0] ?? 0), local.y - (pts[1] ?? 0)) * scale;
  let best = Infinity;
  for (let i = 0; i + 5 < pts.length; i += 3) {
    const d = distanceToSegment(local, { x: pts[i]!, y: pts[i + 1]! }, { x: pts[i + 3]!, y: pts[i + 4]! });
    if (d < best) best = d;
  }
  return best * scale;
}

/** Does the point touch the item (within `tolerance` world units)? */
export function hitTestItem(item: TreeItem, point: Point, tolerance = 0): boolean {
  if (item.kind !== 'stroke') return hitBox(item, point, tolerance);
  const bounds = itemBounds(item);
  if (point.x < bounds.x - tolerance || point.x > bounds.x + bounds.width + tolerance || point.y < bounds.y - tolerance || point.y > bounds.y + bounds.height + tolerance) return false;
  return distanceToStroke(item, point) <= (item.size * Math.max(item.scaleX, item.scaleY)) / 2 + tolerance;
}

/** The top-most item under a point, or null. `items` are in stacking order, bottom first. */
export function topItemAt(items: readonly TreeItem[], point: Point, tolerance = 0): TreeItem | null {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (hitTestItem(item, point, tolerance)) return item;
  }
  return null;
}

/** Do two rectangles overlap? */
export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** A rectangle from two corner points in any order. */
export function rectFromPoints(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

/** Items whose bounds lie wholly inside a rectangle (marquee selection). */
export function itemsInRect(items: readonly TreeItem[], rect: Rect): TreeItem[] {
  return items.filter((item) => {
    const b = itemBounds(item);
    return b.x >= rect.x && b.y >= rect.y && b.x + b.width <= rect.x + rect.width && b.y + b.height <= rect.y + rect.height;
  });
}

/** Union of several rectangles, or null for none. */
export function unionRects(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, width: Math.max(...rects.map((r) => r.x + r.width)) - x, height: Math.max(...rects.map((r) => r.y + r.height)) - y };
}
