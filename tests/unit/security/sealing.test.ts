import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroveDb } from '../../../src/db/db';
import { SEALED_BYTES_FIELD, SEALED_FIELD } from '../../../src/db/sealing/plainFields';
import { LockedError, TamperedError, securityErrorOf } from '../../../src/security/errors';
import { copyOfKey, isUnlocked, lock, unlockWith } from '../../../src/security/keyring';
import { rowBinding } from '../../../src/security/seal';

const PHRASE = 'the lighthouse my grandmother painted';
let name: string;
let sealed: GroveDb;
let testKey: Uint8Array;

function note(id: string, text: string) {
  return {
    id, treeId: 't1', groupId: 'g1', participantId: 'p1', kind: 'note' as const, zone: 'roots' as const, visibility: 'private' as const,
    x: 1, y: 2, rotation: 0, z: 1, locked: false, createdAt: 1, updatedAt: 1, text, width: 100, height: 80, color: '#fff',
  };
}

/** The rows exactly as IndexedDB holds them, under no middleware. */
async function rawRows(table: string): Promise<Record<string, unknown>[]> {
  const raw = new GroveDb(name, { sealed: false });
  try {
    return (await raw.table(table).toArray()) as Record<string, unknown>[];
  } finally {
    raw.close();
  }
}

async function rawPut(table: string, row: Record<string, unknown>): Promise<void> {
  const raw = new GroveDb(name, { sealed: false });
  try {
    await raw.table(table).put(row);
  } finally {
    raw.close();
  }
}

beforeEach(() => {
  testKey = copyOfKey()!;
  name = `sealing-${Math.random()}`;
  sealed = new GroveDb(name);
});

afterEach(async () => {
  unlockWith(testKey);
  sealed.close();
  await Dexie.delete(name);
});

describe('sealing at rest', () => {
  it('stores only ids, keys and timestamps in the clear, and reads the row back whole', async () => {
    await sealed.treeItems.add(note('n1', PHRASE));
    const [raw] = await rawRows('treeItems');
    expect(Object.keys(raw!).sort()).toEqual([SEALED_FIELD, 'createdAt', 'groupId', 'id', 'participantId', 'treeId', 'updatedAt'].sort());
    expect(new TextDecoder().decode(raw![SEALED_FIELD] as Uint8Array)).not.toContain('lighthouse');
    expect(await sealed.treeItems.get('n1')).toEqual(note('n1', PHRASE));
  });

  it('uses a fresh IV for every write of the same row', async () => {
    await sealed.treeItems.put(note('n1', PHRASE));
    const first = (await rawRows('treeItems'))[0]![SEALED_FIELD] as Uint8Array;
    await sealed.treeItems.put(note('n1', PHRASE));
    const second = (await rawRows('treeItems'))[0]![SEALED_FIELD] as Uint8Array;
    expect(first.subarray(1, 13)).not.toEqual(second.subarray(1, 13));
  });

  it('is plain AES-256-GCM: WebCrypto opens a sealed row with the table and key as additional data', async () => {
    await sealed.treeItems.add(note('n1', PHRASE));
    const stored = (await rawRows('treeItems'))[0]![SEALED_FIELD] as Uint8Array;
    const key = await crypto.subtle.importKey('raw', testKey as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['decrypt']);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: stored.slice(1, 13), additionalData: rowBinding('treeItems', 'n1') as Uint8Array<ArrayBuffer> },
      key,
      stored.slice(13),
    );
    expect(JSON.parse(new TextDecoder().decode(plain)).text).toBe(PHRASE);
  });

  it('refuses to open with another key, and says so instead of showing anything', async () => {
    await sealed.treeItems.add(note('n1', PHRASE));
    unlockWith(new Uint8Array(32).fill(9));
    const error = await sealed.treeItems.get('n1').catch((e: unknown) => e);
    expect(securityErrorOf(error)).toBeInstanceOf(TamperedError);
  });

  it('reports a changed byte of ciphertext as tampered', async () => {
    await sealed.treeItems.add(note('n1', PHRASE));
    const [raw] = await rawRows('treeItems');
    const bytes = new Uint8Array(raw![SEALED_FIELD] as Uint8Array);
    bytes[bytes.length - 20]! ^= 1;
    await rawPut('treeItems', { ...raw, [SEALED_FIELD]: bytes });
    expect(securityErrorOf(await sealed.treeItems.get('n1').catch((e: unknown) => e))).toBeInstanceOf(TamperedError);
  });

  it('does not open a ciphertext moved to another row (no one sees the wrong person’s words)', async () => {
    await sealed.treeItems.bulkAdd([note('n1', PHRASE), note('n2', 'my brother’s bakery')]);
    const rows = await rawRows('treeItems');
    const one = rows.find((r) => r.id === 'n1')!;
    const two = rows.find((r) => r.id === 'n2')!;
    await rawPut('treeItems', { ...two, [SEALED_FIELD]: one[SEALED_FIELD] });
    expect(securityErrorOf(await sealed.treeItems.get('n2').catch((e: unknown) => e))).toBeInstanceOf(TamperedError);
    expect(await sealed.treeItems.get('n1')).toMatchObject({ text: PHRASE });
  });

  it('does not open a ciphertext moved to another table', async () => {
    await sealed.forestItems.add({ id: 'n1', groupId: 'g1', kind: 'storm', text: 'x', x: 0, y: 0, color: '#000', createdAt: 1, updatedAt: 1 });
    await sealed.treeItems.add(note('n1', PHRASE));
    const tree = (await rawRows('treeItems'))[0]!;
    const forest = (await rawRows('forestItems'))[0]!;
    await rawPut('forestItems', { ...forest, [SEALED_FIELD]: tree[SEALED_FIELD] });
    expect(securityErrorOf(await sealed.forestItems.get('n1').catch((e: unknown) => e))).toBeInstanceOf(TamperedError);
  });

  it('notices a plain index field edited on disk (a row moved to another group)', async () => {
    await sealed.treeItems.add(note('n1', PHRASE));
    const [raw] = await rawRows('treeItems');
    await rawPut('treeItems', { ...raw, groupId: 'g2' });
    expect(securityErrorOf(await sealed.treeItems.where('groupId').equals('g2').toArray().catch((e: unknown) => e))).toBeInstanceOf(TamperedError);
  });

  it('refuses a plain row where a sealed one belongs', async () => {
    await rawPut('treeItems', note('n1', 'planted in the clear'));
    expect(securityErrorOf(await sealed.treeItems.get('n1').catch((e: unknown) => e))).toBeInstanceOf(TamperedError);
  });

  it('reads and writes nothing while locked, and changes nothing stored', async () => {
    await sealed.treeItems.add(note('n1', PHRASE));
    const before = await rawRows('treeItems');
    lock();
    expect(isUnlocked()).toBe(false);
    expect(securityErrorOf(await sealed.treeItems.get('n1').catch((e: unknown) => e))).toBeInstanceOf(LockedError);
    expect(securityErrorOf(await sealed.treeItems.put(note('n1', 'overwritten')).catch((e: unknown) => e))).toBeInstanceOf(LockedError);
    expect(await rawRows('treeItems')).toEqual(before);
  });

  it('keeps the language and theme readable while locked, and seals every other setting', async () => {
    await sealed.settings.bulkPut([{ key: 'lang', value: 'it' }, { key: 'participantPin', value: '4321' }]);
    const raw = await rawRows('settings');
    expect(raw.find((r) => r.key === 'lang')).toEqual({ key: 'lang', value: 'it' });
    expect(JSON.stringify(raw.find((r) => r.key === 'participantPin'))).not.toContain('4321');
    lock();
    expect(await sealed.settings.get('lang')).toEqual({ key: 'lang', value: 'it' });
  });

  it('works through modify, filter, sortBy and one multi-table transaction', async () => {
    await sealed.transaction('rw', sealed.treeItems, sealed.trees, async () => {
      await sealed.trees.add({ id: 't1', groupId: 'g1', participantId: 'p1', doneZones: ['roots'], createdAt: 1, updatedAt: 1 });
      await sealed.treeItems.bulkAdd([note('n1', 'b'), note('n2', 'a')]);
    });
    await sealed.treeItems.where('treeId').equals('t1').modify({ visibility: 'forest' });
    const shared = await sealed.treeItems.filter((item) => item.visibility === 'forest').toArray();
    expect(shared).toHaveLength(2);
    const sorted = await sealed.treeItems.where('groupId').equals('g1').sortBy('text') as { text: string }[];
    expect(sorted.map((item) => item.text)).toEqual(['a', 'b']);
    let count = 0;
    await sealed.treeItems.each(() => void count++);
    expect(count).toBe(2);
  });

  it('seals archived PDF bytes on their own, opened only when read, and bound to their row', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 the lighthouse');
    const entry = (id: string) => ({
      id, pdf, fileName: `${id}.pdf`, sha256: 'x', size: pdf.length, pages: 1, groupId: 'g1', groupCode: 'GRV', sessionNumber: 1, period: '2026-W48',
      lang: 'en' as const, createdAt: 1,
    });
    await sealed.archive.bulkAdd([entry('a1'), entry('a2')]);
    const raw = await rawRows('archive');
    const bytesOf = (row: Record<string, unknown>) => (row[SEALED_BYTES_FIELD] as { pdf: Uint8Array }).pdf;
    expect(new TextDecoder('latin1').decode(bytesOf(raw[0]!))).not.toContain('lighthouse');
    expect((await sealed.archive.get('a1'))?.pdf).toEqual(pdf);

    // The PDF of a2 copied onto a1: the list still reads, the PDF itself refuses to open.
    await rawPut('archive', { ...raw[0], [SEALED_BYTES_FIELD]: { pdf: bytesOf(raw[1]!) } });
    const moved = await sealed.archive.get('a1');
    expect(moved?.fileName).toBe('a1.pdf');
    expect(() => moved?.pdf).toThrow(TamperedError);
  });
});
