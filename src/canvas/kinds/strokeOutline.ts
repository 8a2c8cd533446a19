import { getStroke } from 'perfect-freehand';

/**
 * Turning stroke points into a filled outline with perfect-freehand (pressure-aware, smoothed), cached
 * per points array so a stored stroke is computed once, not on every redraw.
 */

/** A stroke drawn with a mouse or finger has the constant 0.5 pressure; only pens give real pressure. */
export function hasRealPressure(points: readonly number[]): boolean {
  for (let i = 2; i < points.length; i += 3) if (points[i] !== 0.5) return true;
  return false;
}

function toTriples(points: readonly number[]): number[][] {
  const triples: number[][] = [];
  for (let i = 0; i + 2 < points.length; i += 3) triples.push([points[i]!, points[i + 1]!, points[i + 2]!]);
  return triples;
}

/** The outline polygon of a stroke, as flat [x, y, x, y, ...]. */
export function strokeOutline(points: readonly number[], size: number, complete = true): number[] {
  const outline = getStroke(toTriples(points), {
    size,
    thinning: 0.55,
    smoothing: 0.5,
    streamline: 0.45,
    simulatePressure: !hasRealPressure(points),
    last: complete,
  });
  const flat: number[] = new Array<number>(outline.length * 2);
  for (let i = 0; i < outline.length; i++) {
    flat[i * 2] = outline[i]![0]!;
    flat[i * 2 + 1] = outline[i]![1]!;
  }
  return flat;
}

/** A Path2D through an outline's midpoints with quadratic curves (smooth, and cheap to fill). */
export function outlinePath(flat: readonly number[]): Path2D {
  const path = new Path2D();
  const n = flat.length / 2;
  if (n < 2) return path;
  path.moveTo(flat[0]!, flat[1]!);
  for (let i = 0; i < n; i++) {
    const x0 = flat[i * 2]!;
    const y0 = flat[i * 2 + 1]!;
    const j = (i + 1) % n;
    const x1 = flat[j * 2]!;
    const y1 = flat[j * 2 + 1]!;
    path.quadraticCurveTo(x0, y0, (x0 + x1) / 2, (y0 + y1) / 2);
  }
  path.closePath();
  return path;
}

const cache = new WeakMap<readonly number[], Map<number, Path2D>>();

/** The cached fill path of a stored stroke. */
export function strokePath(points: readonly number[], size: number): Path2D {
  let bySize = cache.get(points);
  if (!bySize) {
    bySize = new Map();
    cache.set(points, bySize);
  }
  let path = bySize.get(size);
  if (!path) {
    path = outlinePath(strokeOutline(points, size));
    bySize.set(size, path);
  }
  return path;
}

const simpleCache = new WeakMap<readonly number[], Path2D>();

/**
 * A lighter path for small renderings (the forest, thumbnails): every n-th point as a plain polyline,
 * stroked at the stroke's size. Far fewer vertices, indistinguishable at a tree's forest scale.
 */
export function simplifiedStrokePath(points: readonly number[], step = 4): Path2D {
  let path = simpleCache.get(points);
  if (path) return path;
  path = new Path2D();
  const n = points.length / 3;
  if (n > 0) path.moveTo(points[0]!, points[1]!);
  for (let i = step; i < n; i += step) path.lineTo(points[i * 3]!, points[i * 3 + 1]!);
  if (n > 1) path.lineTo(points[(n - 1) * 3]!, points[(n - 1) * 3 + 1]!);
  simpleCache.set(points, path);
  return path;
}
