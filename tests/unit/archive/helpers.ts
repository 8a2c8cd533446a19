import type { ArchiveEntry, Group } from '../../../src/domain/types';
import type { ArchiveMeta } from '../../../src/domain/archiveRules';

/** Archive metadata with sensible defaults, for rule tests. */
export function meta(overrides: Partial<ArchiveMeta> = {}): ArchiveMeta {
  return {
    id: 'e1',
    fileName: 'GRV-24A-session-1-2026-11-24.pdf',
    sha256: 'a'.repeat(64),
    size: 48_000,
    pages: 3,
    groupId: 'g1',
    groupCode: 'GRV-24A',
    sessionNumber: 1,
    period: '2026-11-24',
    lang: 'en',
    createdAt: new Date(2026, 10, 24, 15, 30).getTime(),
    ...overrides,
  };
}

/** A complete group row, as the groups table stores it. */
export function group(overrides: Partial<Group> = {}): Group {
  return {
    id: 'g1',
    code: 'GRV-24A',
    name: 'Tuesday group',
    settingType: 'peer-community',
    lang: 'en',
    datePrecision: 'day',
    suppressionK: 5,
    zoneLabels: {},
    denyList: [],
    retentionDays: 90,
    createdAt: 0,
    updatedAt: 0,
    archivedAt: null,
    ...overrides,
  };
}

/** Bytes of a PDF read back from the database. */
export async function blobBytes(entry: ArchiveEntry | undefined): Promise<Uint8Array> {
  if (!entry) throw new Error('entry missing');
  return entry.pdf;
}

/** A copy of `bytes` with one bit flipped at `index`: a change nobody could see by eye. */
export function flipBit(bytes: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}
