import { beforeEach, describe, expect, it } from 'vitest';
import type { GroveDb } from '../../../src/db/db';
import { createGroup } from '../../../src/db/repositories/groups';
import {
  addParticipant,
  deleteParticipant,
  getParticipant,
  listParticipants,
  setParticipantConsent,
  updateParticipant,
} from '../../../src/db/repositories/participants';
import { newId } from '../../../src/domain/ids';
import type { TreeItem } from '../../../src/domain/types';
import { freshDb, groupInput, personInput, snapshot } from './helpers';

let db: GroveDb;
let groupId: string;
beforeEach(async () => {
  db = freshDb('participants');
  groupId = (await createGroup(groupInput())).id;
});

describe('participants repository', () => {
  it('adds participants in joining order with consent stamped for the purposes given', async () => {
    const oak = await addParticipant(groupId, personInput({ alias: ' Oak ', redactNames: ['Maria', 'Rossi'] }), ['groupDisplay', 'summary'], 1000);
    await addParticipant(groupId, personInput({ alias: 'Willow' }), [], 2000);
    expect(oak.alias).toBe('Oak');
    expect(oak.redactNames).toEqual(['Maria', 'Rossi']);
    expect(oak.consent).toEqual({
      groupDisplay: { granted: true, at: 1000 },
      projector: { granted: false, at: null },
      print: { granted: false, at: null },
      summary: { granted: true, at: 1000 },
    });
    expect((await listParticipants(groupId)).map((p) => p.alias)).toEqual(['Oak', 'Willow']);
  });

  it('refuses a duplicate alias in the same group, whatever its case, and leaves the database unchanged', async () => {
    await addParticipant(groupId, personInput({ alias: 'Oak' }));
    const before = await snapshot(db);
    await expect(addParticipant(groupId, personInput({ alias: ' oAK ' }))).rejects.toMatchObject({
      field: 'alias',
      messageKey: 'roster:errors.aliasTaken',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('allows the same alias in another group', async () => {
    const other = await createGroup(groupInput({ code: 'OTHER' }));
    await addParticipant(groupId, personInput({ alias: 'Oak' }));
    await expect(addParticipant(other.id, personInput({ alias: 'Oak' }))).resolves.toMatchObject({ alias: 'Oak' });
  });

  it('refuses bad input and an unknown group without writing', async () => {
    const before = await snapshot(db);
    await expect(addParticipant(groupId, personInput({ alias: '' }))).rejects.toMatchObject({ field: 'alias' });
    await expect(addParticipant(groupId, personInput({ redactNames: ['x'.repeat(10_000)] }))).rejects.toMatchObject({ field: 'redactNames' });
    await expect(addParticipant('no-such-group', personInput())).rejects.toMatchObject({ messageKey: 'groups:errors.missing' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('edits a participant but refuses taking another one’s alias', async () => {
    const oak = await addParticipant(groupId, personInput({ alias: 'Oak' }));
    await addParticipant(groupId, personInput({ alias: 'Willow' }));
    const edited = await updateParticipant(oak.id, personInput({ alias: 'oak', color: '#0072B2', symbol: 'star', redactNames: ['Anna'] }));
    expect(edited).toMatchObject({ alias: 'oak', color: '#0072B2', symbol: 'star', redactNames: ['Anna'], consent: oak.consent });
    await expect(updateParticipant(oak.id, personInput({ alias: 'WILLOW' }))).rejects.toMatchObject({ field: 'alias' });
    expect((await getParticipant(oak.id))?.alias).toBe('oak');
  });

  it('records when consent is given and withdrawn, per purpose', async () => {
    const oak = await addParticipant(groupId, personInput(), [], 1);
    await setParticipantConsent(oak.id, 'projector', true, 100);
    expect((await getParticipant(oak.id))?.consent.projector).toEqual({ granted: true, at: 100 });
    await setParticipantConsent(oak.id, 'projector', false, 200);
    const after = await getParticipant(oak.id);
    expect(after?.consent.projector).toEqual({ granted: false, at: 200 });
    // Other purposes are untouched.
    expect(after?.consent.print).toEqual({ granted: false, at: null });
    // Withdrawal is possible again and again, and giving again is too.
    await setParticipantConsent(oak.id, 'projector', true, 300);
    expect((await getParticipant(oak.id))?.consent.projector).toEqual({ granted: true, at: 300 });
    await expect(setParticipantConsent('missing', 'print', false)).rejects.toMatchObject({ messageKey: 'roster:errors.missing' });
  });

  it('deletes a participant with their tree, tree items and attendance, leaving others alone', async () => {
    const oak = await addParticipant(groupId, personInput({ alias: 'Oak' }));
    const willow = await addParticipant(groupId, personInput({ alias: 'Willow' }));
    for (const p of [oak, willow]) {
      const treeId = newId();
      await db.trees.add({ id: treeId, groupId, participantId: p.id, doneZones: [], createdAt: 1, updatedAt: 1 });
      await db.treeItems.add({
        id: newId(), treeId, groupId, participantId: p.id, kind: 'sticker', zone: 'trunk', visibility: 'forest',
        x: 1, y: 1, rotation: 0, z: 1, locked: false, createdAt: 1, updatedAt: 1, sticker: 'star', size: 20, color: '#000',
      } as TreeItem);
    }
    const sessionId = newId();
    await db.sessions.add({
      id: sessionId, groupId, number: 1, part: 'tree', title: 'S1', date: null, plannedMinutes: 120, blocks: [],
      attendance: { [oak.id]: 'present', [willow.id]: 'late' }, guests: 0, startedAt: null, endedAt: null, createdAt: 1, updatedAt: 1,
    });
    await deleteParticipant(oak.id);
    expect(await getParticipant(oak.id)).toBeNull();
    expect((await db.trees.toArray()).map((tree) => tree.participantId)).toEqual([willow.id]);
    expect(await db.treeItems.where('participantId').equals(oak.id).count()).toBe(0);
    expect(await db.treeItems.where('participantId').equals(willow.id).count()).toBe(1);
    expect((await db.sessions.get(sessionId))?.attendance).toEqual({ [willow.id]: 'late' });
  });
});
