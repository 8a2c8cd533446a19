import { ZONES } from './zones';
import type { ZoneId } from './types';

/**
 * The Tree of Life scene's geometry in world units: where each zone's area lies on the drawn tree, and
 * which zone a point belongs to. Pure and shared by the canvas (drawing, placement), the tools
 * (re-zoning on drop) and the tests. The scaffold drawing in src/canvas follows these shapes.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The tree scene is drawn in a fixed world of this size; the viewport scales it to the screen. */
export const WORLD: Readonly<Rect> = { x: 0, y: 0, width: 1200, height: 1000 };

/** The ground line: where the trunk meets the soil. */
export const GROUND_Y = 700;

export interface ZoneArea {
  zone: ZoneId;
  /** Closed polygon, clockwise, in world units. */
  polygon: readonly Point[];
  /** Where the zone's label sits (top-left of the label text). */
  label: Point;
}

const p = (x: number, y: number): Point => ({ x, y });

/**
 * The zone areas. They do not overlap, so a point is in at most one; the gaps between them (the sky, the
 * sides of the trunk) belong to the nearest zone. The trunk's label sits beside it, leaving the narrow
 * trunk free for notes.
 */
export const ZONE_AREAS: Readonly<Record<ZoneId, ZoneArea>> = {
  flowers: { zone: 'flowers', polygon: [p(330, 170), p(400, 95), p(500, 52), p(600, 40), p(700, 52), p(800, 95), p(870, 170)], label: p(545, 56) },
  leaves: { zone: 'leaves', polygon: [p(110, 340), p(140, 250), p(230, 195), p(330, 170), p(600, 170), p(600, 340)], label: p(150, 262) },
  fruits: { zone: 'fruits', polygon: [p(600, 170), p(870, 170), p(970, 195), p(1060, 250), p(1090, 340), p(600, 340)], label: p(960, 262) },
  branches: { zone: 'branches', polygon: [p(110, 340), p(1090, 340), p(920, 470), p(280, 470)], label: p(150, 352) },
  trunk: { zone: 'trunk', polygon: [p(500, 470), p(700, 470), p(720, 700), p(480, 700)], label: p(392, 596) },
  compost: { zone: 'compost', polygon: [p(930, 540), p(1170, 540), p(1170, 700), p(930, 700)], label: p(940, 548) },
  ground: { zone: 'ground', polygon: [p(30, 700), p(1170, 700), p(1170, 800), p(30, 800)], label: p(40, 708) },
  roots: { zone: 'roots', polygon: [p(290, 800), p(910, 800), p(1070, 985), p(130, 985)], label: p(300, 808) },
};

/** Even-odd ray casting: is the point inside the polygon (edges count as inside for our purposes)? */
export function pointInPolygon(point: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (distanceToSegment(point, a, b) < 1e-9) return true;
    const crosses = a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x;
    if (crosses) inside = !inside;
  }
  return inside;
}

/** Shortest distance from a point to the segment a–b. */
export function distanceToSegment(point: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared));
  return Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
}

/** Distance from a point to a polygon: 0 inside, else the distance to its nearest edge. */
export function distanceToPolygon(point: Point, polygon: readonly Point[]): number {
  if (pointInPolygon(point, polygon)) return 0;
  let best = Infinity;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) best = Math.min(best, distanceToSegment(point, polygon[i]!, polygon[j]!));
  return best;
}

/** The zone whose area contains the point, or null in the gaps between areas. */
export function zoneAt(point: Point): ZoneId | null {
  for (const zone of ZONES) if (pointInPolygon(point, ZONE_AREAS[zone].polygon)) return zone;
  return null;
}

/** The zone a point belongs to: the area it is in, else the nearest area. Every placement gets a zone. */
export function nearestZone(point: Point): ZoneId {
  const inside = zoneAt(point);
  if (inside) return inside;
  let best: ZoneId = 'ground';
  let bestDistance = Infinity;
  for (const zone of ZONES) {
    const distance = distanceToPolygon(point, ZONE_AREAS[zone].polygon);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = zone;
    }
  }
  return best;
}

/** Axis-aligned bounds of a polygon. */
export function polygonBounds(polygon: readonly Point[]): Rect {
  const xs = polygon.map((point) => point.x);
  const ys = polygon.map((point) => point.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Centre of a zone's bounding box, nudged inside the area if the box centre falls outside it. */
export function zoneCenter(zone: ZoneId): Point {
  const polygon = ZONE_AREAS[zone].polygon;
  const bounds = polygonBounds(polygon);
  const centre = { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 };
  return pointInPolygon(centre, polygon) ? centre : (zoneSlots(zone, 40, 40)[0] ?? centre);
}

/** Roughly where a zone's label is drawn (world units), so new items are not placed over it. */
export function labelBox(zone: ZoneId): Rect {
  const { label } = ZONE_AREAS[zone];
  return { x: label.x - 4, y: label.y - 4, width: 190, height: 40 };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Candidate centres for new items of a given size in a zone: the centre inside the area, most of the box
 * (at least 6 of 9 sample points) inside it too, and the box clear of the zone's label. Notes are large
 * next to a narrow trunk, so a little overhang is allowed rather than fitting only one note there.
 */
export function zoneSlots(zone: ZoneId, width: number, height: number): Point[] {
  const area = ZONE_AREAS[zone];
  const bounds = polygonBounds(area.polygon);
  const label = labelBox(zone);
  const step = 10;
  const slots: Point[] = [];
  for (let cy = bounds.y + step / 2; cy <= bounds.y + bounds.height; cy += step) {
    for (let cx = bounds.x + step / 2; cx <= bounds.x + bounds.width; cx += step) {
      if (!pointInPolygon({ x: cx, y: cy }, area.polygon)) continue;
      const box = { x: cx - width / 2, y: cy - height / 2, width, height };
      if (overlaps(box, label)) continue;
      let inside = 0;
      for (const fx of [0.05, 0.5, 0.95]) for (const fy of [0.05, 0.5, 0.95]) if (pointInPolygon({ x: box.x + width * fx, y: box.y + height * fy }, area.polygon)) inside += 1;
      if (inside >= 6) slots.push({ x: cx, y: cy });
    }
  }
  return slots;
}

/**
 * Where a new item of this size goes in a zone: the spot nearest the zone's middle whose box overlaps
 * none of the `occupied` boxes, so notes added from the keyboard or in guided mode do not land on each
 * other. When the zone is full, a small cascade from its first spot.
 */
export function freeSpotInZone(zone: ZoneId, width: number, height: number, occupied: readonly Rect[]): Point {
  // Fill a zone from its middle outwards, as people do on paper.
  const bounds = polygonBounds(ZONE_AREAS[zone].polygon);
  const middle = { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 };
  const slots = zoneSlots(zone, width, height).sort((a, b) => Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y));
  const gap = 6;
  const free = slots.find((slot) => {
    const box = { x: slot.x - width / 2 - gap, y: slot.y - height / 2 - gap, width: width + gap * 2, height: height + gap * 2 };
    return occupied.every((other) => !overlaps(box, other));
  });
  if (free) return free;
  const first = slots[0] ?? zoneCenter(zone);
  const step = (occupied.length % 8) * 14;
  return { x: first.x + step, y: first.y + step };
}

/** The point of an area nearest to a point outside it (used to keep guided placements in the current zone). */
export function clampIntoZone(point: Point, zone: ZoneId): Point {
  const polygon = ZONE_AREAS[zone].polygon;
  if (pointInPolygon(point, polygon)) return point;
  const centre = zoneCenter(zone);
  // Walk from the centre towards the point and keep the last position still inside.
  let inside = centre;
  for (let t = 0; t <= 1; t += 0.02) {
    const candidate = { x: centre.x + (point.x - centre.x) * t, y: centre.y + (point.y - centre.y) * t };
    if (!pointInPolygon(candidate, polygon)) break;
    inside = candidate;
  }
  return inside;
}
