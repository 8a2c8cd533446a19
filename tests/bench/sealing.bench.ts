import Dexie from 'dexie';
import { afterAll, describe, it } from 'vitest';
import { GroveDb } from '../../src/db/db';
import type { TreeItem } from '../../src/domain/types';
import { printTable, stats } from './harness';

/**
 * What encryption at rest costs when a tree or the forest opens: the same rows read through the same
 * Dexie queries from a sealed and from a plain database (fake-indexeddb in Node, so the IndexedDB part is
 * not Chromium's; the difference between the two columns is the sealing work, which is plain JavaScript
 * and runs the same in the renderer). Compare the difference with the open times of canvas.bench.ts.
 */
const NOTES = 500;
const STROKES = 200;
const POINTS = 100;
const RUNS = 7;
const rows: Record<string, string | number>[] = [];

function treeItems(treeIndex: number): TreeItem[] {
  const treeId = `t${treeIndex}`;
  const base = { treeId, groupId: 'g1', participantId: `p${treeIndex}`, rotation: 0, locked: false, createdAt: 1, updatedAt: 1 };
  const items: TreeItem[] = [];
  for (let i = 0; i < NOTES; i++) {
    items.push({ ...base, id: `${treeId}-n${i}`, kind: 'note', zone: 'roots', visibility: 'forest', x: i, y: i, z: i, text: `patience and the sea ${i}`, width: 150, height: 60, color: '#fff3b0' });
  }
  for (let s = 0; s < STROKES; s++) {
    const points = Array.from({ length: POINTS * 3 }, (_, p) => Math.round(p * 137.13) / 100);
    items.push({ ...base, id: `${treeId}-s${s}`, kind: 'stroke', zone: 'trunk', visibility: 'forest', x: s, y: s, z: NOTES + s, points, color: '#2f6b3f', size: 6, scaleX: 1, scaleY: 1 });
  }
  return items;
}

async function timeReads(db: GroveDb, read: () => Promise<unknown[]>): Promise<number[]> {
  const times: number[] = [];
  await read(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await read();
    times.push(performance.now() - start);
  }
  void db;
  return times;
}

describe('sealing cost', () => {
  afterAll(() => printTable(`Reading a tree (${NOTES + STROKES} items) and a forest (12 trees) through Dexie, ms (p50 of ${RUNS})`, rows));

  for (const trees of [1, 12]) {
    it(`reads ${trees} tree(s) sealed and plain`, async () => {
      const sealed = new GroveDb(`bench-sealed-${trees}`);
      const plain = new GroveDb(`bench-plain-${trees}`, { sealed: false });
      const items = Array.from({ length: trees }, (_, t) => treeItems(t)).flat();
      await sealed.treeItems.bulkAdd(items);
      await plain.treeItems.bulkAdd(items);
      const read = (db: GroveDb) => () => (trees === 1 ? db.treeItems.where('treeId').equals('t0').sortBy('z') : db.treeItems.where('groupId').equals('g1').toArray());
      const plainTimes = stats(await timeReads(plain, read(plain)));
      const sealedTimes = stats(await timeReads(sealed, read(sealed)));
      rows.push({
        read: trees === 1 ? 'one tree' : 'forest of 12',
        rows: items.length,
        'plain p50': plainTimes.p50,
        'sealed p50': sealedTimes.p50,
        'sealing cost p50': Math.round((sealedTimes.p50 - plainTimes.p50) * 10) / 10,
        'per row µs': Math.round(((sealedTimes.p50 - plainTimes.p50) * 1000) / items.length),
      });
      sealed.close();
      plain.close();
      await Dexie.delete(sealed.name);
      await Dexie.delete(plain.name);
    });
  }
});
