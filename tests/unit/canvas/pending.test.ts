import { describe, expect, it } from 'vitest';
import { isReflected, mergePending, prunePending, type PendingEntry } from '../../../src/canvas/editor/pending';
import { note } from './items';

describe('optimistic edits over stored rows', () => {
  it('shows an edit at once and lets the database take over once it has the same version', () => {
    const stored = note('trunk', 600, 600, { updatedAt: 10 });
    const edited = { ...stored, x: 700, updatedAt: 11 };
    const pending = new Map<string, PendingEntry>([[stored.id, { item: edited, version: 11, write: 1 }]]);
    expect(mergePending([stored], pending)[0]!.x).toBe(700);
    expect(isReflected(pending.get(stored.id)!, stored)).toBe(false);
    const saved = { ...edited };
    expect(isReflected(pending.get(stored.id)!, saved)).toBe(true);
    expect(prunePending(pending, [saved]).size).toBe(0);
    expect(mergePending([saved], pending)[0]).toBe(saved);
  });

  it('hides a deletion until the row is gone, and keeps stacking order', () => {
    const a = note('trunk', 1, 1, { z: 2 });
    const b = note('trunk', 1, 1, { z: 1 });
    const pending = new Map<string, PendingEntry>([[a.id, { item: null, version: 0, write: 1 }]]);
    expect(mergePending([a, b], pending).map((item) => item.id)).toEqual([b.id]);
    expect(prunePending(pending, [a, b]).size).toBe(1);
    expect(prunePending(pending, [b]).size).toBe(0);
    const added = note('roots', 1, 1, { z: 0 });
    const more = new Map<string, PendingEntry>([[added.id, { item: added, version: added.updatedAt, write: 2 }]]);
    expect(mergePending([a, b], more).map((item) => item.id)).toEqual([added.id, b.id, a.id]);
  });
});
