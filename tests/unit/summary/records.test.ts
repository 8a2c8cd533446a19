import { beforeEach, describe, expect, it } from 'vitest';
import { db, useDatabase } from '../../../src/db/db';
import { ValidationError } from '../../../src/db/errors';
import { addToDenyList, getRecord, loadRecordContext, saveRecordPatch } from '../../../src/db/repositories/records';
import { RECORD_LIMITS } from '../../../src/domain/summary/record';
import { makeGroup, makeParticipants, makeSession, note } from './fixtures';

let counter = 0;

beforeEach(async () => {
  useDatabase(`test-records-${Date.now()}-${counter++}`);
  const participants = makeParticipants(3);
  await db.groups.add(makeGroup());
  await db.participants.bulkAdd(participants);
  await db.sessions.add(makeSession(participants));
  await db.sessions.add(makeSession(participants, { id: 's1', number: 1 }));
  await db.treeItems.add(note('n1', 'p1', 'roots', 'Songs'));
});

describe('records repository', () => {
  it('creates the row on first write and merges later patches field by field', async () => {
    expect(await getRecord('s2')).toBeNull();
    await saveRecordPatch('s2', { reflection: 'It went well.' }, 1000);
    await saveRecordPatch('s2', { nextSteps: 'Bring prompts.' }, 2000);
    const record = await getRecord('s2');
    expect(record).toMatchObject({ sessionId: 's2', groupId: 'g1', reflection: 'It went well.', nextSteps: 'Bring prompts.', updatedAt: 2000 });
    expect(record?.safetyFlags.safeguarding).toBe('0');
    expect(await db.records.count()).toBe(1);
  });

  it('refuses text over the cap and stores nothing', async () => {
    await saveRecordPatch('s2', { reflection: 'Kept.' });
    const tooLong = 'x'.repeat(RECORD_LIMITS.textMax + 1);
    await expect(saveRecordPatch('s2', { reflection: tooLong })).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'reflection',
      messageKey: 'common:errors.tooLong',
      values: { max: RECORD_LIMITS.textMax },
    });
    expect((await getRecord('s2'))?.reflection).toBe('Kept.');
    await expect(saveRecordPatch('s2', { reflection: 'x'.repeat(RECORD_LIMITS.textMax) })).resolves.toBeTruthy();
  });

  it('refuses bad counts, ratings, bands and unknown fields', async () => {
    await expect(saveRecordPatch('s2', { feedbackRatings: [6] })).rejects.toBeInstanceOf(ValidationError);
    await expect(
      saveRecordPatch('s2', { supportMap: { emotional: -1, esteem: 0, network: 0, informational: 0, tangible: 0 } }),
    ).rejects.toMatchObject({ field: 'supportMap' });
    await expect(
      saveRecordPatch('s2', {
        safetyFlags: { distressSettled: '3' as '1', followUpOffered: '0', safeguarding: '0', groupConflict: '0', accessibility: '0' },
      }),
    ).rejects.toMatchObject({ field: 'safetyFlags' });
    await expect(saveRecordPatch('s2', { sessionId: 'other' } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(saveRecordPatch('s2', { themes: [{ id: 't', zone: 'roots', text: '  ', band: 'one' }] })).rejects.toMatchObject({
      field: 'themes',
      messageKey: 'common:errors.required',
    });
    expect(await getRecord('s2')).toBeNull();
  });

  it('refuses to write a record for a session that does not exist', async () => {
    await expect(saveRecordPatch('nope', { reflection: 'x' })).rejects.toMatchObject({ messageKey: 'record:errors.missingSession' });
    expect(await db.records.count()).toBe(0);
  });

  it('loads the whole context of a session', async () => {
    await saveRecordPatch('s2', { groupProcess: 'Calm.' });
    const context = await loadRecordContext('g1', 's2');
    expect(context?.group.code).toBe('GRV-24A');
    expect(context?.session.id).toBe('s2');
    expect(context?.otherSessions.map((s) => s.id)).toEqual(['s1']);
    expect(context?.participants.map((p) => p.alias)).toEqual(['Oak', 'Willow', 'Robin']);
    expect(context?.record.groupProcess).toBe('Calm.');
    expect(context?.treeItems).toHaveLength(1);
    expect(await loadRecordContext('g1', 'missing')).toBeNull();
    expect(await loadRecordContext('other-group', 's2')).toBeNull();
  });

  it('adds a phrase to the group deny-list once, through the group validation', async () => {
    await addToDenyList('g1', '  Tuesday circle ');
    await addToDenyList('g1', 'tuesday CIRCLE');
    const group = await db.groups.get('g1');
    expect(group?.denyList).toEqual(['Riverside Clinic', 'Ward 7', 'Fabry', 'Tuesday circle']);
    await expect(addToDenyList('g1', 'x'.repeat(101))).rejects.toBeInstanceOf(ValidationError);
    expect((await db.groups.get('g1'))?.denyList).toHaveLength(4);
  });
});
