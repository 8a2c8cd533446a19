import { describe, expect, it } from 'vitest';
import { TOOLS, ToolMachine, type ToolContext, type ToolPointer } from '../../../src/canvas/tools';
import { moveItems } from '../../../src/canvas/editor/commands';
import { topItemAt } from '../../../src/canvas/kinds/geometry';
import { applyChanges, type Change } from '../../../src/domain/history';
import type { Rect } from '../../../src/domain/treeLayout';
import type { TreeItem } from '../../../src/domain/types';
import { note, sticker, stroke } from './items';

/** A tool harness: a fake canvas that records what the tools ask of it (after tldraw's test editor). */
function harness(initial: TreeItem[], penOnly = false) {
  const state = { items: initial, selection: [] as string[], commits: [] as { label: string; changes: Change<TreeItem>[] }[], drag: [0, 0], marquee: null as Rect | null, stroke: null as readonly number[] | null, erasing: [] as string[], notesAt: [] as { x: number; y: number }[], stickersAt: [] as { x: number; y: number }[], pans: [] as number[][] };
  const ctx: ToolContext = {
    items: () => state.items,
    selection: () => state.selection,
    select: (ids) => (state.selection = [...ids]),
    hitTest: (point, tolerance = 0) => topItemAt(state.items, point, tolerance),
    zoom: () => 1,
    penOnly: () => penOnly,
    previewDrag: (dx, dy) => (state.drag = [dx, dy]),
    commitDrag: (dx, dy) => ctx.commit(moveItems(state.items, state.selection, dx, dy, 100), 'move'),
    previewMarquee: (rect) => (state.marquee = rect),
    previewStroke: (points) => (state.stroke = points ? [...points] : null),
    commitStroke: (points) => state.commits.push({ label: 'draw', changes: [{ id: 'new', before: null, after: { ...stroke('trunk', 0, 0), points: [...points] } }] }),
    previewErase: (ids) => (state.erasing = [...ids]),
    commit: (changes, label) => {
      if (changes.length === 0) return;
      state.commits.push({ label, changes });
      state.items = applyChanges(state.items, changes);
    },
    createNoteAt: (point) => state.notesAt.push(point),
    placeStickerAt: (point) => state.stickersAt.push(point),
    panBy: (dx, dy) => state.pans.push([dx, dy]),
  };
  const pointer = (x: number, y: number, patch: Partial<ToolPointer> = {}): ToolPointer => ({ world: { x, y }, screen: { x, y }, pointerId: 1, pointerType: 'mouse', pressure: 0.5, button: 0, shiftKey: false, modKey: false, ...patch });
  return { state, ctx, pointer };
}

describe('select tool', () => {
  it('click selects, Shift+click adds, click on nothing clears', () => {
    const a = note('trunk', 600, 600);
    const b = note('roots', 600, 900);
    const { state, ctx, pointer } = harness([a, b]);
    const machine = new ToolMachine(ctx, TOOLS.select);
    machine.pointerDown(pointer(600, 600));
    machine.pointerUp(pointer(600, 600));
    expect(state.selection).toEqual([a.id]);
    machine.pointerDown(pointer(600, 900, { shiftKey: true }));
    machine.pointerUp(pointer(600, 900, { shiftKey: true }));
    expect(state.selection).toEqual([a.id, b.id]);
    machine.pointerDown(pointer(50, 50));
    machine.pointerUp(pointer(50, 50));
    expect(state.selection).toEqual([]);
    expect(state.commits).toEqual([]);
  });

  it('a whole drag is one commit, previewed on the way', () => {
    const a = note('trunk', 600, 600);
    const { state, ctx, pointer } = harness([a]);
    const machine = new ToolMachine(ctx, TOOLS.select);
    machine.pointerDown(pointer(600, 600));
    for (let i = 1; i <= 10; i++) machine.pointerMove(pointer(600 + i * 5, 600 - i * 10));
    expect(machine.stateName).toBe('dragging');
    expect(state.drag).toEqual([50, -100]);
    expect(state.commits).toHaveLength(0);
    machine.pointerUp(pointer(650, 500));
    expect(state.commits).toHaveLength(1);
    expect(state.commits[0]!.changes[0]!.after).toMatchObject({ x: 650, y: 500 });
    expect(machine.stateName).toBe('idle');
  });

  it('small jitters are a click, not a drag; Escape cancels a drag with nothing written', () => {
    const a = note('trunk', 600, 600);
    const { state, ctx, pointer } = harness([a]);
    const machine = new ToolMachine(ctx, TOOLS.select);
    machine.pointerDown(pointer(600, 600));
    machine.pointerMove(pointer(602, 601));
    machine.pointerUp(pointer(602, 601));
    expect(state.commits).toHaveLength(0);
    machine.pointerDown(pointer(600, 600));
    machine.pointerMove(pointer(680, 640));
    machine.cancel();
    expect(state.drag).toEqual([0, 0]);
    expect(machine.stateName).toBe('idle');
    machine.pointerUp(pointer(680, 640));
    expect(state.commits).toHaveLength(0);
  });

  it('locked items are selected but not dragged', () => {
    const a = note('trunk', 600, 600, { locked: true });
    const { state, ctx, pointer } = harness([a]);
    const machine = new ToolMachine(ctx, TOOLS.select);
    machine.pointerDown(pointer(600, 600));
    machine.pointerMove(pointer(700, 700));
    machine.pointerUp(pointer(700, 700));
    expect(state.selection).toEqual([a.id]);
    expect(state.commits).toHaveLength(0);
  });

  it('dragging on empty space selects what the marquee encloses', () => {
    const a = sticker('trunk', 600, 600, { size: 40 });
    const b = sticker('roots', 600, 900, { size: 40 });
    const { state, ctx, pointer } = harness([a, b]);
    const machine = new ToolMachine(ctx, TOOLS.select);
    machine.pointerDown(pointer(500, 500));
    machine.pointerMove(pointer(700, 700));
    expect(state.marquee).toEqual({ x: 500, y: 500, width: 200, height: 200 });
    machine.pointerUp(pointer(700, 700));
    expect(state.marquee).toBeNull();
    expect(state.selection).toEqual([a.id]);
  });
});

describe('pen, eraser and placing tools', () => {
  it('the pen draws one stroke per press, with pressure from pens only', () => {
    const { state, ctx, pointer } = harness([]);
    const machine = new ToolMachine(ctx, TOOLS.pen);
    machine.pointerDown(pointer(100, 100, { pointerType: 'pen', pressure: 0.9 }));
    for (let i = 1; i <= 20; i++) machine.pointerMove(pointer(100 + i * 3, 100, { pointerType: 'pen', pressure: 0.2 }));
    expect(state.stroke).toHaveLength(21 * 3);
    machine.pointerUp(pointer(160, 100, { pointerType: 'pen' }));
    expect(state.stroke).toBeNull();
    expect(state.commits).toHaveLength(1);
    const points = (state.commits[0]!.changes[0]!.after as { points: number[] }).points;
    expect(points[2]).toBeCloseTo(0.9);
    expect(points[5]).toBeCloseTo(0.2);
  });

  it('pen-only mode ignores touches, so a resting palm draws nothing', () => {
    const { state, ctx, pointer } = harness([], true);
    const machine = new ToolMachine(ctx, TOOLS.pen);
    machine.pointerDown(pointer(100, 100, { pointerType: 'touch' }));
    machine.pointerMove(pointer(150, 150, { pointerType: 'touch' }));
    machine.pointerUp(pointer(150, 150, { pointerType: 'touch' }));
    expect(state.commits).toHaveLength(0);
    machine.pointerDown(pointer(100, 100, { pointerType: 'pen' }));
    machine.pointerMove(pointer(150, 150, { pointerType: 'pen' }));
    machine.pointerUp(pointer(150, 150, { pointerType: 'pen' }));
    expect(state.commits).toHaveLength(1);
  });

  it('the eraser removes strokes and stickers it crosses in one step, never notes or locked items', () => {
    const line = stroke('trunk', 600, 600);
    const star = sticker('trunk', 700, 600, { size: 40 });
    const card = note('trunk', 800, 600);
    const kept = stroke('trunk', 900, 600, { locked: true });
    const { state, ctx, pointer } = harness([line, star, card, kept]);
    const machine = new ToolMachine(ctx, TOOLS.eraser);
    machine.pointerDown(pointer(560, 600));
    machine.pointerMove(pointer(950, 600));
    expect(state.erasing.sort()).toEqual([line.id, star.id].sort());
    machine.pointerUp(pointer(950, 600));
    expect(state.commits).toHaveLength(1);
    expect(state.items.map((item) => item.id).sort()).toEqual([card.id, kept.id].sort());
  });

  it('note and sticker tools place on a tap, not after a wander', () => {
    const { state, ctx, pointer } = harness([]);
    const machine = new ToolMachine(ctx, TOOLS.note);
    machine.pointerDown(pointer(300, 300));
    machine.pointerUp(pointer(301, 300));
    expect(state.notesAt).toEqual([{ x: 300, y: 300 }]);
    machine.setTool(TOOLS.sticker);
    machine.pointerDown(pointer(300, 300));
    machine.pointerUp(pointer(500, 500));
    expect(state.stickersAt).toEqual([]);
    machine.pointerDown(pointer(300, 300));
    machine.pointerUp(pointer(300, 300));
    expect(state.stickersAt).toHaveLength(1);
  });

  it('the hand pans by screen movement', () => {
    const { state, ctx, pointer } = harness([]);
    const machine = new ToolMachine(ctx, TOOLS.hand);
    machine.pointerDown(pointer(0, 0));
    machine.pointerMove(pointer(10, 5));
    machine.pointerMove(pointer(15, 5));
    machine.pointerUp(pointer(15, 5));
    expect(state.pans).toEqual([[10, 5], [5, 0]]);
  });
});
