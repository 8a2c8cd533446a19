import { beforeEach, describe, expect, it } from 'vitest';
import type { GroveDb } from '../../../src/db/db';
import { ValidationError } from '../../../src/db/errors';
import {
  archiveGroup,
  createGroup,
  deleteGroup,
  getGroup,
  listGroups,
  listGroupSummaries,
  unarchiveGroup,
  updateGroup,
} from '../../../src/db/repositories/groups';
import { addParticipant } from '../../../src/db/repositories/participants';
import { newId } from '../../../src/domain/ids';
import type { Session, TreeItem } from '../../../src/domain/types';
import { freshDb, groupInput, personInput, snapshot } from './helpers';

let db: GroveDb;
beforeEach(() => {
  db = freshDb('groups');
});

function session(groupId: string, number: number, date: string | null): Session {
  return {
    id: newId(),
    groupId,
    number,
    part: 'tree',
    title: `Session ${number}`,
    date,
    plannedMinutes: 120,
    blocks: [],
    attendance: {},
    guests: 0,
    startedAt: null,
    endedAt: null,
    createdAt: 1,
    updatedAt: 1,
  };
}

/** A group with something in every table a group owns, plus an archived PDF. */
async function populatedGroup(code: string) {
  const group = await createGroup(groupInput({ code }));
  const oak = await addParticipant(group.id, personInput());
  const s1 = session(group.id, 1, '2026-03-02');
  await db.sessions.add(s1);
  const treeId = newId();
  await db.trees.add({ id: treeId, groupId: group.id, participantId: oak.id, doneZones: [], createdAt: 1, updatedAt: 1 });
  await db.treeItems.add({
    id: newId(), treeId, groupId: group.id, participantId: oak.id, kind: 'note', zone: 'roots', visibility: 'forest',
    x: 0, y: 0, rotation: 0, z: 1, locked: false, createdAt: 1, updatedAt: 1, text: 'Grandmother’s kitchen', width: 100, height: 60, color: '#fff',
  } as TreeItem);
  await db.forestItems.add({ id: newId(), groupId: group.id, kind: 'storm', text: 'Waiting lists', x: 0, y: 0, color: '#ccc', createdAt: 1, updatedAt: 1 });
  await db.records.put({ sessionId: s1.id, groupId: group.id } as never);
  await db.archive.add({
    id: newId(), pdf: new TextEncoder().encode('%PDF'), fileName: `${code}-1.pdf`, sha256: 'x', size: 4, pages: 1, groupId: group.id,
    groupCode: code, sessionNumber: 1, period: '2026-W10', lang: 'en', createdAt: 1,
  });
  return group;
}

describe('groups repository', () => {
  it('creates a group with defaults and lists groups newest first', async () => {
    const first = await createGroup(groupInput({ code: 'AAA' }), 1000);
    const second = await createGroup(groupInput({ code: 'BBB', name: '  Thursdays ' }), 2000);
    expect(first).toMatchObject({ code: 'AAA', suppressionK: 5, retentionDays: 30, datePrecision: 'day', archivedAt: null, createdAt: 1000 });
    expect(second.name).toBe('Thursdays');
    expect((await listGroups()).map((g) => g.code)).toEqual(['BBB', 'AAA']);
  });

  it('refuses a duplicate code, case-insensitively, and stores nothing', async () => {
    await createGroup(groupInput({ code: 'GRV-24A' }));
    const before = await snapshot(db);
    await expect(createGroup(groupInput({ code: ' grv-24a ', name: 'Other' }))).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'code',
      messageKey: 'groups:errors.codeTaken',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses invalid input before writing anything', async () => {
    const before = await snapshot(db);
    for (const bad of [{ code: '' }, { code: '    ' }, { name: 'x'.repeat(81) }, { suppressionK: 11 }]) {
      await expect(createGroup(groupInput(bad))).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('renames and recodes a group, keeping its own code allowed and others refused', async () => {
    const a = await createGroup(groupInput({ code: 'AAA' }), 1);
    await createGroup(groupInput({ code: 'BBB' }), 2);
    const renamed = await updateGroup(a.id, { ...groupInput({ code: 'aaa', name: 'Renamed', suppressionK: 7, denyList: ['Ward 7'] }) }, 50);
    expect(renamed).toMatchObject({ code: 'aaa', name: 'Renamed', suppressionK: 7, denyList: ['Ward 7'], createdAt: 1, updatedAt: 50 });
    await expect(updateGroup(a.id, groupInput({ code: 'bbb' }))).rejects.toMatchObject({ field: 'code' });
    expect((await getGroup(a.id))?.code).toBe('aaa');
    await expect(updateGroup('nope', groupInput({ code: 'CCC' }))).rejects.toMatchObject({ messageKey: 'groups:errors.missing' });
  });

  it('archives and unarchives a group', async () => {
    const group = await createGroup(groupInput());
    await archiveGroup(group.id, 99);
    expect((await getGroup(group.id))?.archivedAt).toBe(99);
    await unarchiveGroup(group.id, 100);
    expect(await getGroup(group.id)).toMatchObject({ archivedAt: null, updatedAt: 100 });
    await expect(archiveGroup('missing')).rejects.toBeInstanceOf(ValidationError);
  });

  it('summarises participants and the next session on or after today', async () => {
    const group = await createGroup(groupInput());
    await addParticipant(group.id, personInput({ alias: 'Oak' }));
    await addParticipant(group.id, personInput({ alias: 'Willow' }));
    await db.sessions.bulkAdd([session(group.id, 1, '2026-03-02'), session(group.id, 2, '2026-03-16'), session(group.id, 3, '2026-03-09'), session(group.id, 4, null)]);
    const [summary] = await listGroupSummaries('2026-03-05');
    expect(summary).toMatchObject({ participantCount: 2, nextSessionDate: '2026-03-09' });
    expect((await listGroupSummaries('2026-04-01'))[0]?.nextSessionDate).toBeNull();
  });

  it('deletes a group with everything it owns, keeps other groups and archived PDFs', async () => {
    const doomed = await populatedGroup('DOOMED');
    const kept = await populatedGroup('KEPT');
    await deleteGroup(doomed.id);
    expect(await getGroup(doomed.id)).toBeNull();
    for (const table of ['participants', 'sessions', 'trees', 'treeItems', 'forestItems', 'records'] as const) {
      expect(await db[table].where('groupId').equals(doomed.id).count(), table).toBe(0);
      expect(await db[table].where('groupId').equals(kept.id).count(), table).toBe(1);
    }
    expect((await db.archive.toArray()).map((entry) => entry.groupCode).sort()).toEqual(['DOOMED', 'KEPT']);
  });
});
