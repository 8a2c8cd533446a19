import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GroveDb } from '../../../src/db/db';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../../src/db/schema';

/**
 * The migration habit (ARCHITECTURE.md): for every schema version Grove has shipped, make a database
 * exactly as that version left it — with raw Dexie and that version's stores, never with GroveDb — fill
 * it with representative rows, then open it with today's GroveDb and check that the rows survived and
 * the current schema is in place. A new version only needs its entry in SCHEMA_VERSIONS (and, when its
 * upgrade reshapes rows, an expectation in `expectedAfterUpgrade`).
 */

/** The stores as they stood after `version`: each version lists only what it changes. */
function storesAt(version: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > version) break;
    for (const [table, spec] of Object.entries(step.stores)) {
      if (spec === null) delete stores[table];
      else stores[table] = spec;
    }
  }
  return stores;
}

const G = 'group-1';
const P = 'participant-1';
const T = 'tree-1';
const S = 'session-1';

/** Rows as the app wrote them at schema version 1. Later versions add their own shapes here. */
function rowsAt(step: SchemaVersion): Record<string, Record<string, unknown>[]> {
  void step;
  const consent = { groupDisplay: { granted: true, at: 5 }, projector: { granted: false, at: 6 }, print: { granted: false, at: null }, summary: { granted: true, at: 5 } };
  return {
    groups: [
      {
        id: G, code: 'GRV-24A', name: 'Tuesday group', settingType: 'hospital-outpatient', lang: 'it', datePrecision: 'isoWeek',
        suppressionK: 6, zoneLabels: { en: { fruits: 'Gifts received' } }, denyList: ['Ward 7'], retentionDays: 30,
        createdAt: 1, updatedAt: 2, archivedAt: null,
      },
    ],
    participants: [{ id: P, groupId: G, alias: 'Oak', color: '#009E73', symbol: 'leaf', redactNames: ['Maria'], consent, createdAt: 3 }],
    sessions: [
      {
        id: S, groupId: G, number: 1, part: 'tree', title: 'Drawing the Tree of Life', date: '2026-03-02', plannedMinutes: 120,
        blocks: [{ id: 'b1', title: 'Welcome', kind: 'welcome', minutes: 15, prompts: [{ en: 'Hello', it: 'Ciao' }], materials: '', notes: '' }],
        attendance: { [P]: 'present' }, guests: 0, startedAt: null, endedAt: null, createdAt: 4, updatedAt: 4,
      },
    ],
    library: [{ id: 'lib-1', title: 'River of life', kind: 'custom', minutes: 20, prompts: [], materials: 'Paper', notes: '', createdAt: 5 }],
    trees: [{ id: T, groupId: G, participantId: P, doneZones: ['roots'], createdAt: 6, updatedAt: 6 }],
    treeItems: [
      {
        id: 'item-1', treeId: T, groupId: G, participantId: P, kind: 'note', zone: 'roots', visibility: 'forest', x: 10, y: 20,
        rotation: 0, z: 1, locked: false, createdAt: 7, updatedAt: 7, text: 'Nonna’s kitchen', width: 120, height: 80, color: '#fff3b0',
      },
    ],
    forestItems: [{ id: 'forest-1', groupId: G, kind: 'storm', text: 'Waiting lists', x: 5, y: 5, color: '#cccccc', createdAt: 8, updatedAt: 8 }],
    records: [{ sessionId: S, groupId: G, themes: [], collectiveDocument: 'We listen.', updatedAt: 9 }],
    archive: [
      {
        id: 'pdf-1', pdf: new TextEncoder().encode('%PDF-1.7'), fileName: 'GRV-24A-1.pdf', sha256: 'ab', size: 8,
        pages: 1, groupId: G, groupCode: 'GRV-24A', sessionNumber: 1, period: '2026-W10', lang: 'it', createdAt: 10,
      },
    ],
    settings: [{ key: 'lang', value: 'it' }, { key: 'largePrint', value: true }],
  };
}

/** What a row should look like after upgrading from `from`; unchanged until an upgrade reshapes rows. */
function expectedAfterUpgrade(_from: number, _table: string, row: Record<string, unknown>): Record<string, unknown> {
  const { pdf: _pdf, ...rest } = row;
  return rest;
}

function primaryKeyOf(spec: string): string {
  return spec.split(',')[0]!.trim().replace(/^[&*+]+/, '');
}

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

describe('schema migrations', () => {
  it('lists versions in increasing order, each with a name', () => {
    const versions = SCHEMA_VERSIONS.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const step of SCHEMA_VERSIONS) expect(step.name.trim()).not.toBe('');
  });

  const latest = SCHEMA_VERSIONS.at(-1)!;
  const current = storesAt(latest.version);

  for (const step of SCHEMA_VERSIONS) {
    it(`opens a database made by version ${step.version} (${step.name}) and keeps its data`, async () => {
      const name = `migration-from-v${step.version}-${crypto.randomUUID()}`;
      names.push(name);
      const stores = storesAt(step.version);
      const rows = rowsAt(step);

      // 1. The database as that version of Grove left it.
      const old = new Dexie(name);
      old.version(step.version).stores(stores);
      await old.open();
      for (const [table, tableRows] of Object.entries(rows)) {
        if (stores[table]) await old.table(table).bulkAdd(tableRows);
      }
      old.close();

      // 2. Today's Grove opens it.
      const db = new GroveDb(name, { sealed: false });
      await db.open();
      try {
        expect(db.verno).toBe(latest.version);

        // The current tables and indexes are in place, in IndexedDB itself.
        const idb = db.backendDB();
        expect([...idb.objectStoreNames].sort()).toEqual(Object.keys(current).sort());
        for (const [table, spec] of Object.entries(current)) {
          const store = idb.transaction(table, 'readonly').objectStore(table);
          const wanted = spec.split(',').slice(1).map((index) => index.trim().replace(/^[&*+]+/, '')).filter(Boolean);
          expect([...store.indexNames].sort(), table).toEqual([...wanted].sort());
          expect(String(store.keyPath), table).toBe(primaryKeyOf(spec));
        }

        // Every row survived (those of tables still in the schema).
        for (const [table, tableRows] of Object.entries(rows)) {
          if (!current[table]) continue;
          const key = primaryKeyOf(current[table]!);
          for (const row of tableRows) {
            const stored = await db.table(table).get(row[key] as string);
            expect(stored, `${table} ${String(row[key])}`).toMatchObject(expectedAfterUpgrade(step.version, table, row));
          }
        }

        // The indexes the repositories rely on answer queries over the upgraded rows.
        expect(await db.participants.where('[groupId+alias]').equals([G, 'Oak']).count()).toBe(1);
        expect(await db.trees.where('[groupId+participantId]').equals([G, P]).count()).toBe(1);
        expect(await db.sessions.where('[groupId+number]').equals([G, 1]).count()).toBe(1);
        expect(await db.treeItems.where('treeId').equals(T).count()).toBe(1);
        expect(await db.groups.where('code').equals('GRV-24A').count()).toBe(1);
        const pdf = await db.archive.get('pdf-1');
        expect(pdf?.pdf.length).toBe(8);
      } finally {
        db.close();
      }
    });
  }
});
