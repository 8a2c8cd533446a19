import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION_DAYS,
  EMPTY_FILTERS,
  buildManifest,
  compareNewestFirst,
  csvCell,
  foldForSearch,
  groupCodesOf,
  isDateRangeInverted,
  localDayStart,
  manifestCsv,
  matchesArchiveFilters,
  retentionOf,
  groupsById,
  safePdfName,
  selectExpired,
  shortHash,
  zipEntryNames,
  zipFileName,
} from '../../../src/domain/archiveRules';
import { meta } from './helpers';

const DAY = 24 * 60 * 60 * 1000;

describe('archive search and filters', () => {
  const entry = meta({ groupCode: 'GRV-24A', period: '2026-W48', fileName: 'GRV-24A-incontro-3-2026-W48.pdf', lang: 'it' });

  it('matches every word of the query against group code, period and file name, ignoring case and accents', () => {
    expect(matchesArchiveFilters(entry, { ...EMPTY_FILTERS, query: 'grv-24a' })).toBe(true);
    expect(matchesArchiveFilters(entry, { ...EMPTY_FILTERS, query: '2026-w48' })).toBe(true);
    expect(matchesArchiveFilters(entry, { ...EMPTY_FILTERS, query: '  incontro   w48 ' })).toBe(true);
    expect(matchesArchiveFilters(entry, { ...EMPTY_FILTERS, query: 'incontro w49' })).toBe(false);
    expect(matchesArchiveFilters(meta({ fileName: 'città.pdf' }), { ...EMPTY_FILTERS, query: 'CITTA' })).toBe(true);
    expect(foldForSearch('Perché È')).toBe('perche e');
  });

  it('does not search fields outside group code, period and file name', () => {
    expect(matchesArchiveFilters(meta({ sha256: 'f'.repeat(64) }), { ...EMPTY_FILTERS, query: 'ffff' })).toBe(false);
  });

  it('filters by exact group code and by language', () => {
    expect(matchesArchiveFilters(entry, { ...EMPTY_FILTERS, groupCode: 'GRV-24A' })).toBe(true);
    expect(matchesArchiveFilters(entry, { ...EMPTY_FILTERS, groupCode: 'GRV-24' })).toBe(false);
    expect(matchesArchiveFilters(entry, { ...EMPTY_FILTERS, lang: 'it' })).toBe(true);
    expect(matchesArchiveFilters(entry, { ...EMPTY_FILTERS, lang: 'en' })).toBe(false);
  });

  it('filters by export date range, inclusive of whole local days', () => {
    const early = meta({ createdAt: new Date(2026, 10, 24, 0, 0).getTime() });
    const late = meta({ createdAt: new Date(2026, 10, 24, 23, 59, 59).getTime() });
    const next = meta({ createdAt: new Date(2026, 10, 25, 0, 0).getTime() });
    const day = { ...EMPTY_FILTERS, from: '2026-11-24', to: '2026-11-24' };
    expect([early, late, next].map((e) => matchesArchiveFilters(e, day))).toEqual([true, true, false]);
    expect(matchesArchiveFilters(early, { ...EMPTY_FILTERS, from: '2026-11-25' })).toBe(false);
    expect(matchesArchiveFilters(next, { ...EMPTY_FILTERS, to: '2026-11-24' })).toBe(false);
  });

  it('ignores an inverted or invalid date range instead of hiding everything', () => {
    const inverted = { ...EMPTY_FILTERS, from: '2026-12-01', to: '2026-11-01' };
    expect(isDateRangeInverted(inverted)).toBe(true);
    expect(matchesArchiveFilters(meta(), inverted)).toBe(true);
    expect(localDayStart('2026-02-30')).toBeNull();
    expect(localDayStart('yesterday')).toBeNull();
    expect(matchesArchiveFilters(meta(), { ...EMPTY_FILTERS, from: '2026-02-30' })).toBe(true);
  });

  it('sorts newest first and lists distinct group codes', () => {
    const a = meta({ id: 'a', createdAt: 1, groupCode: 'B' });
    const b = meta({ id: 'b', createdAt: 3, groupCode: 'A' });
    const c = meta({ id: 'c', createdAt: 2, groupCode: 'B' });
    expect([a, b, c].sort(compareNewestFirst).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(groupCodesOf([a, b, c])).toEqual(['A', 'B']);
  });
});

describe('retention', () => {
  const created = new Date(2026, 0, 10, 12, 0).getTime();
  const groups = [{ id: 'g1', retentionDays: 90 }, { id: 'g2', retentionDays: 0 }];

  it("uses the group's retention days counted from the export", () => {
    const retention = retentionOf(meta({ createdAt: created }), groupsById(groups));
    expect(retention).toEqual({ days: 90, rule: 'group', expiresAt: created + 90 * DAY });
  });

  it('uses the 30-day default for entries of deleted groups and for unusable group settings', () => {
    expect(retentionOf(meta({ groupId: 'gone', createdAt: created }), groupsById(groups))).toEqual({
      days: DEFAULT_RETENTION_DAYS,
      rule: 'deletedGroup',
      expiresAt: created + 30 * DAY,
    });
    expect(retentionOf(meta({ groupId: 'g2', createdAt: created }), groupsById(groups)).rule).toBe('invalidGroupRule');
    expect(DEFAULT_RETENTION_DAYS).toBe(30);
  });

  it('selects exactly the entries whose retention has run out, oldest expiry first', () => {
    const entries = [
      meta({ id: 'keep', createdAt: created }),
      meta({ id: 'old', createdAt: created - 100 * DAY }),
      meta({ id: 'orphan', groupId: 'gone', createdAt: created - 31 * DAY }),
      meta({ id: 'orphan-young', groupId: 'gone', createdAt: created - 29 * DAY }),
      meta({ id: 'edge', createdAt: created - 90 * DAY }),
    ];
    const selected = selectExpired(entries, groups, created);
    expect(selected.map((s) => s.entry.id)).toEqual(['old', 'orphan', 'edge']);
    expect(selected.find((s) => s.entry.id === 'orphan')?.retention.rule).toBe('deletedGroup');
    expect(selectExpired(entries, groups, created - 1).map((s) => s.entry.id)).toEqual(['old', 'orphan']);
  });
});

describe('zip names', () => {
  it('makes names safe for every file system', () => {
    expect(safePdfName('GRV-24A-session-1.pdf')).toBe('GRV-24A-session-1.pdf');
    expect(safePdfName('../../etc/passwd')).toBe('passwd.pdf');
    expect(safePdfName('a:b*c?.PDF')).toBe('a_b_c_.pdf');
    expect(safePdfName('CON.pdf')).toBe('CON_.pdf');
    expect(safePdfName('  ...  ')).toBe('summary.pdf');
    expect(safePdfName('x'.repeat(300)).length).toBe(124);
  });

  it('deduplicates names without regard to case and never collides', () => {
    expect(zipEntryNames(['a.pdf', 'A.pdf', 'a.pdf', 'a (2).pdf', 'b'])).toEqual(['a.pdf', 'A (2).pdf', 'a (3).pdf', 'a (2) (2).pdf', 'b.pdf']);
    const names = zipEntryNames(Array.from({ length: 50 }, () => 'same.pdf'));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(50);
  });

  it('names the zip after the one group code, or "grove" for several groups', () => {
    const now = new Date(2026, 10, 24, 9).getTime();
    expect(zipFileName([meta(), meta()], now)).toBe('GRV-24A-summaries-2026-11-24.zip');
    expect(zipFileName([meta(), meta({ groupCode: 'OTHER' })], now)).toBe('grove-summaries-2026-11-24.zip');
  });

  it('shortens hashes for lists', () => {
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('01234567…89abcdef');
  });
});

describe('manifest', () => {
  const entries = [
    meta({ id: 'a', fileName: 'x.pdf', sha256: '1'.repeat(64), sessionNumber: 2, period: '2026-W48', size: 123, pages: 2, createdAt: Date.UTC(2026, 10, 24, 10) }),
    meta({ id: 'b', fileName: 'x.pdf', groupCode: '=HYPERLINK("x")', sha256: '2'.repeat(64), lang: 'it', createdAt: Date.UTC(2026, 10, 25, 10) }),
  ];
  const names = zipEntryNames(entries.map((e) => e.fileName));
  const manifest = buildManifest(entries, names, Date.UTC(2026, 11, 1));

  it('lists every file under its name in the zip with hash, group, session, period, size and time', () => {
    expect(manifest.fileCount).toBe(2);
    expect(manifest.exportedAt).toBe('2026-12-01T00:00:00.000Z');
    expect(manifest.files[0]).toEqual({
      fileName: 'x.pdf',
      sha256: '1'.repeat(64),
      groupCode: 'GRV-24A',
      sessionNumber: 2,
      period: '2026-W48',
      lang: 'en',
      pages: 2,
      size: 123,
      createdAt: '2026-11-24T10:00:00.000Z',
    });
    expect(manifest.files[1]?.fileName).toBe('x (2).pdf');
    expect(() => buildManifest(entries, ['only-one.pdf'], 0)).toThrow();
  });

  it('writes CSV with a header, quoting and formula protection', () => {
    const lines = manifestCsv(manifest).split('\r\n');
    expect(lines[0]).toBe('file_name,sha256,group_code,session,period,language,pages,size_bytes,created_at');
    expect(lines[1]).toBe(`x.pdf,${'1'.repeat(64)},GRV-24A,2,2026-W48,en,2,123,2026-11-24T10:00:00.000Z`);
    expect(lines[2]).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(-3)).toBe('-3');
  });
});
