import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { makeVerifiedBackup, type BackupWriter } from '../../src/db/backup/verified';
import { useDatabase as switchDatabase, type GroveDb } from '../../src/db/db';
import type { Participant, Tree, TreeItem } from '../../src/domain/types';
import { makeRecoveryRecipient } from '../unit/backup/helpers';
import { printTable } from './harness';

/**
 * Backup + verified read-back (encrypt to the recovery key and a throw-away key, write, read back, decrypt,
 * parse, compare counts and SHA-256) of databases of 3, 6 and 12 groups × 12 trees × 700 items, in Node on
 * fake-indexeddb (the same Dexie code the app runs). Prints time and peak memory; goal ≤ 5 s at 12 groups.
 */
const TREES = 12;
const ITEMS = 700;
const MB = 1024 * 1024;
// A full collection before each baseline, so the peaks measure this run and not the last one's garbage.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

async function seed(db: GroveDb, groups: number): Promise<number> {
  let seedValue = 7;
  const random = () => {
    seedValue = (seedValue * 1664525 + 1013904223) % 4294967296;
    return seedValue / 4294967296;
  };
  const words = ['patience', 'music', 'my grandmother', 'the sea', 'walking', 'kindness', 'cooking', 'friends', 'hope', 'gardening'];
  const now = 1_800_000_000_000;
  let items = 0;
  for (let g = 0; g < groups; g += 1) {
    const groupId = `g${g}`;
    const participants: Participant[] = [];
    const trees: Tree[] = [];
    const treeItems: TreeItem[] = [];
    for (let t = 0; t < TREES; t += 1) {
      const participantId = `${groupId}-p${t}`;
      const treeId = `${groupId}-t${t}`;
      const granted = { granted: true, at: now };
      participants.push({ id: participantId, groupId, alias: `Tree ${t}`, color: '#009E73', symbol: 'leaf' as const, redactNames: [], consent: { groupDisplay: granted, projector: granted, print: granted, summary: granted }, createdAt: now + t });
      trees.push({ id: treeId, groupId, participantId, doneZones: [], createdAt: now, updatedAt: now });
      for (let i = 0; i < ITEMS; i += 1) {
        const base = { id: `${treeId}-i${i}`, treeId, groupId, participantId, zone: 'trunk' as const, visibility: 'forest' as const, x: random() * 1000, y: random() * 900, rotation: 0, z: i, locked: false, createdAt: now, updatedAt: now };
        if (i % 3 === 0) {
          const points = Array.from({ length: 60 }, (_, p) => Math.round((p % 3 === 2 ? 0.5 : random() * 50) * 100) / 100);
          treeItems.push({ ...base, kind: 'stroke' as const, points, color: '#2f6b3f', size: 6, scaleX: 1, scaleY: 1 });
        } else {
          treeItems.push({ ...base, kind: 'note' as const, text: `${words[i % words.length]} and ${words[(i * 7) % words.length]}`, width: 150, height: 60, color: '#fff3b0' });
        }
      }
    }
    await db.transaction('rw', db.groups, db.participants, db.trees, db.treeItems, async () => {
      await db.groups.add({ id: groupId, code: `BENCH-${g}`, name: `Group ${g}`, settingType: 'other', lang: 'en', datePrecision: 'day', suppressionK: 5, zoneLabels: {}, denyList: [], retentionDays: 30, createdAt: now, updatedAt: now, archivedAt: null });
      await db.participants.bulkAdd(participants);
      await db.trees.bulkAdd(trees);
      await db.treeItems.bulkAdd(treeItems);
    });
    items += treeItems.length;
  }
  return items;
}

/** Keeps the file in memory, as a disk write and read-back would hand it over. */
function memoryWriter(): BackupWriter {
  return {
    async write(bytes) {
      const copy = bytes.slice();
      return { where: 'memory', readBack: async () => copy };
    },
  };
}

describe('backup bench', () => {
  it('backup and verified read-back of 3, 6 and 12 groups × 12 trees × 700 items', async () => {
    const rows: Record<string, string | number>[] = [];
    for (const groups of [3, 6, 12]) {
      const db = switchDatabase(`bench-backup-${groups}-${Date.now()}`);
      const items = await seed(db, groups);
      await makeRecoveryRecipient(await identityToRecipient(await generateX25519Identity()));
      collectGarbage();
      const baseline = process.memoryUsage();
      let peakRss = baseline.rss;
      let peakHeap = baseline.heapUsed + baseline.arrayBuffers;
      const sampler = setInterval(() => {
        const now = process.memoryUsage();
        peakRss = Math.max(peakRss, now.rss);
        peakHeap = Math.max(peakHeap, now.heapUsed + now.arrayBuffers);
      }, 5);
      const started = performance.now();
      // makeVerifiedBackup reports 0.35 when every table is read, 0.7 once encrypted, 0.8 written, 0.9 decrypted.
      const marks = new Map<number, number>();
      const verified = await makeVerifiedBackup('manual', memoryWriter(), (progress) => {
        for (const step of [0.35, 0.7, 0.8, 0.9]) if (progress >= step && !marks.has(step)) marks.set(step, performance.now() - started);
      });
      const total = performance.now() - started;
      clearInterval(sampler);
      expect(verified.counts.treeItems).toBe(items);
      rows.push({
        groups,
        items,
        'file MB': verified.size / MB,
        'read tables ms': marks.get(0.35) ?? NaN,
        'serialise+encrypt ms': (marks.get(0.7) ?? NaN) - (marks.get(0.35) ?? NaN),
        'read back+decrypt ms': (marks.get(0.9) ?? NaN) - (marks.get(0.7) ?? NaN),
        'parse+compare ms': total - (marks.get(0.9) ?? NaN),
        'total ms (backup + verify)': total,
        'peak RSS +MB': (peakRss - baseline.rss) / MB,
        'peak heap+buffers +MB': (peakHeap - baseline.heapUsed - baseline.arrayBuffers) / MB,
      });
      db.close();
      await db.delete();
    }
    printTable(`Backup + verified read-back, ${TREES} trees × ${ITEMS} items per group (Node ${process.version}, fake-indexeddb, load average ${os.loadavg()[0]!.toFixed(1)})`, rows);
  });
});
