import { beforeEach, describe, expect, it } from 'vitest';
import { db, useDatabase } from '../../../src/db/db';
import {
  archiveSummary,
  deleteArchiveEntry,
  entriesForZip,
  findEntriesByHash,
  listArchive,
  previewPurge,
  purgeExpired,
  sha256Hex,
  verifyArchiveEntry,
  verifyBytesAgainstEntry,
  type NewArchiveEntry,
} from '../../../src/db/repositories/archive';
import { EMPTY_FILTERS } from '../../../src/domain/archiveRules';
import { blobBytes, flipBit, group } from './helpers';
import { makeSamplePdf } from './samplePdf';

const DAY = 24 * 60 * 60 * 1000;
let counter = 0;

beforeEach(() => {
  counter += 1;
  useDatabase(`test-archive-repo-${counter}-${Date.now()}`);
});

function input(overrides: Partial<NewArchiveEntry> = {}): NewArchiveEntry {
  const pdf = makeSamplePdf({ groupCode: 'GRV-24A', sessionNumber: 1, period: '2026-11-24', paragraphs: 1, seed: counter });
  return {
    bytes: pdf.bytes,
    fileName: 'GRV-24A-session-1-2026-11-24.pdf',
    pages: pdf.pages,
    groupId: 'g1',
    groupCode: 'GRV-24A',
    sessionNumber: 1,
    period: '2026-11-24',
    lang: 'en',
    ...overrides,
  };
}

describe('SHA-256', () => {
  it('matches the FIPS 180-2 test vectors', async () => {
    const enc = new TextEncoder();
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex(enc.encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(enc.encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(await sha256Hex(enc.encode('a'.repeat(1_000_000)).buffer)).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('archives a real PDF Blob with its hash, size and metadata', async () => {
    const data = input();
    const entry = await archiveSummary(data, 1_000);
    const stored = await db.archive.get(entry.id);
    const bytes = await blobBytes(stored);
    expect(bytes).toEqual(data.bytes);
    expect(stored?.sha256).toBe(await sha256Hex(data.bytes));
    expect(stored?.size).toBe(data.bytes.byteLength);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });
});

describe('verify', () => {
  it('reports an intact entry', async () => {
    const entry = await archiveSummary(input());
    expect(await verifyArchiveEntry(entry.id)).toEqual({ ok: true, expected: entry.sha256, actual: entry.sha256 });
  });

  it('detects a Blob changed behind the app’s back', async () => {
    const entry = await archiveSummary(input());
    const original = await blobBytes(await db.archive.get(entry.id));
    const bytes = flipBit(original, original.length - 10);
    await db.archive.update(entry.id, { pdf: bytes });
    const result = await verifyArchiveEntry(entry.id);
    expect(result.ok).toBe(false);
    expect(result.expected).toBe(entry.sha256);
    expect(result.actual).toBe(await sha256Hex(bytes));
    expect(result.actual).not.toBe(result.expected);
  });

  it('compares a handed-back file with the archived hash, and finds entries by hash', async () => {
    const data = input();
    const entry = await archiveSummary(data);
    expect((await verifyBytesAgainstEntry(entry.id, data.bytes)).ok).toBe(true);
    const edited = flipBit(data.bytes, 100);
    expect((await verifyBytesAgainstEntry(entry.id, edited)).ok).toBe(false);
    expect((await findEntriesByHash(entry.sha256.toUpperCase())).map((e) => e.id)).toEqual([entry.id]);
    expect(await findEntriesByHash(await sha256Hex(edited))).toEqual([]);
  });

  it('refuses to verify an entry that does not exist', async () => {
    await expect(verifyArchiveEntry('missing')).rejects.toMatchObject({ name: 'ValidationError', messageKey: 'archive:errors.notFound' });
  });
});

describe('list, delete, purge', () => {
  it('lists newest first through the filters with retention worked out', async () => {
    await db.groups.add(group({ id: 'g1', retentionDays: 10 }));
    const now = Date.UTC(2026, 10, 30);
    const a = await archiveSummary(input({ groupCode: 'AAA', period: '2026-W40' }), now - 20 * DAY);
    const b = await archiveSummary(input({ groupCode: 'BBB', groupId: 'gone', lang: 'it' }), now - 2 * DAY);
    const c = await archiveSummary(input({ groupCode: 'AAA', fileName: 'other.pdf' }), now - DAY);
    const all = await listArchive(EMPTY_FILTERS, now);
    expect(all.items.map((i) => i.entry.id)).toEqual([c.id, b.id, a.id]);
    expect(all.total).toBe(3);
    expect(all.groupCodes).toEqual(['AAA', 'BBB']);
    expect(all.items.map((i) => [i.retention.rule, i.expired])).toEqual([
      ['group', false],
      ['deletedGroup', false],
      ['group', true],
    ]);
    expect((await listArchive({ ...EMPTY_FILTERS, groupCode: 'AAA' }, now)).items.map((i) => i.entry.id)).toEqual([c.id, a.id]);
    expect((await listArchive({ ...EMPTY_FILTERS, query: 'w40' }, now)).items.map((i) => i.entry.id)).toEqual([a.id]);
    expect((await listArchive({ ...EMPTY_FILTERS, lang: 'it' }, now)).items.map((i) => i.entry.id)).toEqual([b.id]);
    expect((await listArchive({ ...EMPTY_FILTERS, query: 'nothing-like-this' }, now)).total).toBe(3);
  });

  it('deletes one entry', async () => {
    const a = await archiveSummary(input());
    const b = await archiveSummary(input());
    await deleteArchiveEntry(a.id);
    expect((await db.archive.toArray()).map((e) => e.id)).toEqual([b.id]);
  });

  it('purges by each group’s rule and the 30-day default for deleted groups', async () => {
    await db.groups.bulkAdd([group({ id: 'short', retentionDays: 7 }), group({ id: 'long', retentionDays: 365 })]);
    const now = Date.UTC(2026, 10, 30, 12);
    const shortOld = await archiveSummary(input({ groupId: 'short' }), now - 8 * DAY);
    const shortNew = await archiveSummary(input({ groupId: 'short' }), now - 6 * DAY);
    const longOld = await archiveSummary(input({ groupId: 'long' }), now - 200 * DAY);
    const orphanOld = await archiveSummary(input({ groupId: 'deleted' }), now - 31 * DAY);
    const orphanNew = await archiveSummary(input({ groupId: 'deleted' }), now - 29 * DAY);
    const preview = await previewPurge(now);
    expect(preview.map((p) => p.entry.id).sort()).toEqual([shortOld.id, orphanOld.id].sort());
    const deleted = await purgeExpired(now);
    expect(deleted.sort()).toEqual([shortOld.id, orphanOld.id].sort());
    expect((await db.archive.toArray()).map((e) => e.id).sort()).toEqual([shortNew.id, longOld.id, orphanNew.id].sort());
    expect(await purgeExpired(now)).toEqual([]);
  });

  it('deletes only the confirmed entries even if more expired since the preview', async () => {
    await db.groups.add(group({ id: 'g1', retentionDays: 7 }));
    const now = Date.UTC(2026, 10, 30, 12);
    const shown = await archiveSummary(input(), now - 8 * DAY);
    const later = await archiveSummary(input(), now - 7 * DAY + 1000);
    const confirmed = (await previewPurge(now)).map((p) => p.entry.id);
    expect(confirmed).toEqual([shown.id]);
    expect(await purgeExpired(now + 2000, confirmed)).toEqual([shown.id]);
    expect((await db.archive.toArray()).map((e) => e.id)).toEqual([later.id]);
  });

  it('changes nothing when the purge transaction fails', async () => {
    await db.groups.add(group({ id: 'g1', retentionDays: 1 }));
    const now = Date.UTC(2026, 10, 30, 12);
    await archiveSummary(input(), now - 3 * DAY);
    await archiveSummary(input(), now - 3 * DAY);
    const original = db.archive.bulkDelete.bind(db.archive);
    db.archive.bulkDelete = (async (keys: string[]) => {
      await original(keys.slice(0, 1));
      throw new Error('disk went away');
    }) as unknown as typeof db.archive.bulkDelete;
    await expect(purgeExpired(now)).rejects.toThrow('disk went away');
    db.archive.bulkDelete = original;
    expect(await db.archive.count()).toBe(2);
  });

  it('returns entries for a zip in the order asked, skipping missing ids', async () => {
    const a = await archiveSummary(input());
    const b = await archiveSummary(input());
    expect((await entriesForZip([b.id, 'missing', a.id])).map((e) => e.id)).toEqual([b.id, a.id]);
  });
});
