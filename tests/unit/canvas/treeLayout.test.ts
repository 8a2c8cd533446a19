import { describe, expect, it } from 'vitest';
import { forestColumns, forestLayout, nextStormSpot, STORM_BAND } from '../../../src/canvas/forest/forestLayout';
import { clampIntoZone, freeSpotInZone, labelBox, nearestZone, pointInPolygon, WORLD, ZONE_AREAS, zoneAt, zoneCenter, zoneSlots } from '../../../src/domain/treeLayout';
import { ZONES } from '../../../src/domain/zones';

describe('zone hit-testing', () => {
  it('finds each zone at its own centre', () => {
    for (const zone of ZONES) expect(zoneAt(zoneCenter(zone))).toBe(zone);
  });

  it('puts known places of the drawing in the right zones', () => {
    expect(zoneAt({ x: 600, y: 900 })).toBe('roots');
    expect(zoneAt({ x: 200, y: 750 })).toBe('ground');
    expect(zoneAt({ x: 600, y: 600 })).toBe('trunk');
    expect(zoneAt({ x: 600, y: 400 })).toBe('branches');
    expect(zoneAt({ x: 300, y: 260 })).toBe('leaves');
    expect(zoneAt({ x: 900, y: 260 })).toBe('fruits');
    expect(zoneAt({ x: 600, y: 100 })).toBe('flowers');
    expect(zoneAt({ x: 1050, y: 620 })).toBe('compost');
  });

  it('never puts a point in two zones (the areas do not overlap)', () => {
    for (let x = 0; x <= WORLD.width; x += 13) {
      for (let y = 0; y <= WORLD.height; y += 13) {
        const containing = ZONES.filter((zone) => pointInPolygon({ x: x + 0.5, y: y + 0.5 }, ZONE_AREAS[zone].polygon));
        expect(containing.length, `${x},${y}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives gaps and the sky to the nearest zone', () => {
    expect(zoneAt({ x: 20, y: 20 })).toBeNull();
    expect(nearestZone({ x: 20, y: 20 })).toBe('leaves');
    expect(nearestZone({ x: 420, y: 600 })).toBe('trunk');
    expect(nearestZone({ x: 600, y: 5 })).toBe('flowers');
    expect(nearestZone({ x: 30, y: 995 })).toBe('roots');
    expect(nearestZone({ x: 1195, y: 560 })).toBe('compost');
  });

  it('counts points on an edge as inside', () => {
    expect(zoneAt({ x: 600, y: 800 })).not.toBeNull();
  });
});

describe('placing new items', () => {
  it('offers slots with the centre and most of the box inside the zone, clear of its label', () => {
    for (const zone of ZONES) {
      const slots = zoneSlots(zone, 120, 60);
      expect(slots.length, zone).toBeGreaterThan(0);
      for (const slot of slots) {
        expect(zoneAt(slot)).toBe(zone);
        let inside = 0;
        for (const fx of [-0.45, 0, 0.45]) for (const fy of [-0.45, 0, 0.45]) if (pointInPolygon({ x: slot.x + 120 * fx, y: slot.y + 60 * fy }, ZONE_AREAS[zone].polygon)) inside += 1;
        expect(inside).toBeGreaterThanOrEqual(6);
        const label = labelBox(zone);
        const clear = slot.x + 60 <= label.x || slot.x - 60 >= label.x + label.width || slot.y + 30 <= label.y || slot.y - 30 >= label.y + label.height;
        expect(clear).toBe(true);
      }
    }
  });

  it('fits several notes in the narrow trunk without overlap', () => {
    const placed: { x: number; y: number; width: number; height: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const spot = freeSpotInZone('trunk', 170, 56, placed);
      expect(zoneAt(spot)).toBe('trunk');
      for (const other of placed) expect(Math.abs(other.x + 85 - spot.x) >= 170 || Math.abs(other.y + 28 - spot.y) >= 56).toBe(true);
      placed.push({ x: spot.x - 85, y: spot.y - 28, width: 170, height: 56 });
    }
  });

  it('does not drop a new note on top of another', () => {
    const first = freeSpotInZone('trunk', 150, 60, []);
    const second = freeSpotInZone('trunk', 150, 60, [{ x: first.x - 75, y: first.y - 30, width: 150, height: 60 }]);
    expect(zoneAt(first)).toBe('trunk');
    expect(zoneAt(second)).toBe('trunk');
    const overlap = Math.abs(first.x - second.x) < 150 && Math.abs(first.y - second.y) < 60;
    expect(overlap).toBe(false);
  });

  it('still returns a spot when a zone is full', () => {
    const full = Array.from({ length: 50 }, (_, i) => ({ x: 0, y: 0, width: WORLD.width, height: WORLD.height + i }));
    const spot = freeSpotInZone('compost', 150, 60, full);
    expect(Number.isFinite(spot.x) && Number.isFinite(spot.y)).toBe(true);
  });

  it('clamps a point outside a zone into it, and leaves an inside point alone', () => {
    expect(clampIntoZone({ x: 600, y: 600 }, 'trunk')).toEqual({ x: 600, y: 600 });
    const clamped = clampIntoZone({ x: 100, y: 100 }, 'roots');
    expect(zoneAt(clamped)).toBe('roots');
  });
});

describe('forest layout', () => {
  it('puts up to four trees side by side, then a wide grid, and storms around them', () => {
    expect([1, 2, 3, 4, 5, 6, 8, 12].map(forestColumns)).toEqual([1, 2, 3, 4, 3, 3, 4, 4]);
    const layout = forestLayout(12);
    expect(layout.rows).toBe(3);
    expect(new Set(layout.cells.map((cell) => `${cell.x},${cell.y}`)).size).toBe(12);
    const first = nextStormSpot(layout, []);
    expect(first.y).toBeLessThan(STORM_BAND);
    const second = nextStormSpot(layout, [first]);
    expect(second).not.toEqual(first);
    expect(layout.document.y).toBeGreaterThan(layout.trees.y + layout.trees.height);
  });
});
