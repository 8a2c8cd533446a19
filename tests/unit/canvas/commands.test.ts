import { describe, expect, it } from 'vitest';
import { deleteItems, duplicateItems, moveItems, reorder, setLocked, setNoteText, setVisibility, setZone, transformed, transformItems, visibilitiesFor } from '../../../src/canvas/editor/commands';
import { newStroke } from '../../../src/canvas/editor/itemFactory';
import { hitTestItem, itemBounds, itemCenter, itemsInRect, topItemAt } from '../../../src/canvas/kinds/geometry';
import { applyChanges } from '../../../src/domain/history';
import { note, sticker, stroke } from './items';

describe('edit commands', () => {
  it('moving re-zones by where the item lands and makes it private on the leaves', () => {
    const a = note('trunk', 600, 600);
    const [change] = moveItems([a], [a.id], -300, -340, 10);
    expect(change!.after).toMatchObject({ x: 300, y: 260, zone: 'leaves', visibility: 'private' });
    expect(change!.before).toBe(a);
  });

  it('a guided move can keep the zone', () => {
    const a = note('trunk', 600, 600);
    expect(moveItems([a], [a.id], 0, -200, 10, undefined, 'trunk')[0]!.after!.zone).toBe('trunk');
  });

  it('locked items do not move, and are not deleted', () => {
    const a = note('trunk', 600, 600, { locked: true });
    const b = note('trunk', 600, 650);
    expect(moveItems([a, b], [a.id, b.id], 5, 5, 10).map((c) => c.id)).toEqual([b.id]);
    expect(deleteItems([a, b], [a.id, b.id]).map((c) => c.id)).toEqual([b.id]);
    expect(setLocked([a, b], [a.id], false, 10)[0]!.after!.locked).toBe(false);
  });

  it('re-zoning from the panel keeps the place, and summary is not offered on the leaves', () => {
    const a = note('trunk', 600, 600, { visibility: 'summary' });
    const [change] = setZone([a], [a.id], 'leaves', 10);
    expect(change!.after).toMatchObject({ x: 600, y: 600, zone: 'leaves', visibility: 'private' });
    expect(visibilitiesFor('leaves')).toEqual(['private', 'forest']);
    const leaf = note('leaves', 300, 260);
    expect(setVisibility([leaf], [leaf.id], 'summary', 10)[0]!.after!.visibility).toBe('forest');
  });

  it('duplicates on top of the stack with new ids', () => {
    const a = note('trunk', 600, 600);
    const b = sticker('roots', 600, 900);
    const { changes, ids } = duplicateItems([a, b], [a.id, b.id], 10);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(a.id);
    const copies = changes.map((c) => c.after!);
    expect(copies.every((copy) => copy.z > Math.max(a.z, b.z))).toBe(true);
    expect(copies[0]).toMatchObject({ x: a.x + 24, y: a.y + 24, kind: 'note' });
  });

  it('brings items forward and sends them back one step', () => {
    const [a, b, c] = [note('trunk', 1, 1), note('trunk', 2, 2), note('trunk', 3, 3)];
    const order = (items: typeof a[]) => [...items].sort((x, y) => x.z - y.z).map((item) => item.id);
    const forward = applyChanges([a, b, c], reorder([a, b, c], [a.id], 'forward', 10));
    expect(order(forward as typeof a[])).toEqual([b.id, a.id, c.id]);
    const back = applyChanges([a, b, c], reorder([a, b, c], [c.id], 'backward', 10));
    expect(order(back as typeof a[])).toEqual([a.id, c.id, b.id]);
    const both = applyChanges([a, b, c], reorder([a, b, c], [a.id, b.id], 'forward', 10));
    expect(order(both as typeof a[])).toEqual([c.id, a.id, b.id]);
    expect(reorder([a, b, c], [c.id], 'forward', 10)).toEqual([]);
  });

  it('an emptied note is deleted; an unchanged one is not written', () => {
    const a = note('trunk', 600, 600, { text: 'Patience' });
    expect(setNoteText(a, '  ', 10)).toEqual([{ id: a.id, before: a, after: null }]);
    expect(setNoteText(a, 'Patience', 10)).toEqual([]);
    expect(setNoteText(a, 'Kindness', 10)[0]!.after).toMatchObject({ text: 'Kindness' });
  });

  it('bakes the Transformer scale into size', () => {
    const a = note('trunk', 600, 600, { width: 100, height: 50 });
    expect(transformed(a, { x: 610, y: 600, rotation: 30, scaleX: 1.5, scaleY: 2, }, 10)).toMatchObject({ width: 150, height: 100, rotation: 30, x: 610 });
    const s = sticker('roots', 600, 900, { size: 80 });
    expect(transformed(s, { x: 600, y: 900, rotation: -390, scaleX: 2, scaleY: 2 }, 10)).toMatchObject({ size: 160, rotation: -30 });
    const st = stroke('trunk', 600, 600);
    expect(transformed(st, { x: 600, y: 600, rotation: 0, scaleX: 0.5, scaleY: 3 }, 10)).toMatchObject({ scaleX: 0.5, scaleY: 3, points: st.points });
    const moved = transformItems([a], new Map([[a.id, { x: 600, y: 900, rotation: 0, scaleX: 1, scaleY: 1 }]]), 10);
    expect(moved[0]!.after!.zone).toBe('roots');
  });

  it('every change moves updatedAt forward, so the newest write wins', () => {
    const a = note('trunk', 600, 600, { updatedAt: 5_000 });
    expect(moveItems([a], [a.id], 1, 1, 10)[0]!.after!.updatedAt).toBe(5_001);
  });
});

describe('item geometry', () => {
  it('hit-tests notes with rotation', () => {
    const a = note('trunk', 600, 600, { width: 200, height: 40, rotation: 90 });
    expect(hitTestItem(a, { x: 600, y: 690 })).toBe(true);
    expect(hitTestItem(a, { x: 690, y: 600 })).toBe(false);
    expect(itemBounds(a)).toMatchObject({ width: expect.closeTo(40, 5), height: expect.closeTo(200, 5) });
  });

  it('hit-tests strokes along their line only', () => {
    const s = stroke('trunk', 600, 600);
    expect(hitTestItem(s, { x: 620, y: 602 })).toBe(true);
    expect(hitTestItem(s, { x: 620, y: 630 })).toBe(false);
    expect(hitTestItem(s, { x: 620, y: 630 }, 30)).toBe(true);
  });

  it('picks the top-most item and selects by marquee', () => {
    const low = note('trunk', 600, 600);
    const high = sticker('trunk', 600, 600);
    expect(topItemAt([low, high], { x: 600, y: 600 })?.id).toBe(high.id);
    expect(itemsInRect([low, high], { x: 500, y: 500, width: 200, height: 200 }).map((i) => i.id)).toEqual([low.id, high.id]);
    expect(itemsInRect([low, high], { x: 580, y: 580, width: 40, height: 40 })).toEqual([]);
  });

  it('a new stroke is centred on its points, so its centre decides its zone', () => {
    const s = newStroke({ id: 't', groupId: 'g', participantId: 'p' }, { zone: 'trunk', worldPoints: [500, 600, 0.5, 700, 640, 0.5], color: '#000000', size: 6, z: 1 });
    expect(s).toMatchObject({ x: 600, y: 620, points: [-100, -20, 0.5, 100, 20, 0.5] });
    expect(itemCenter(s)).toEqual({ x: 600, y: 620 });
  });
});
