import { beforeEach, describe, expect, it } from 'vitest';
import type { GroveDb } from '../../../src/db/db';
import { loadSampleGroup } from '../../../src/db/repositories/sample';
import { groupsDueForWipe, wipeRawContent } from '../../../src/db/repositories/wipe';
import { programmeEnd, retentionStatus } from '../../../src/domain/retention';
import type { NoteItem } from '../../../src/domain/types';
import { freshDb, snapshot } from './helpers';

describe('retention rules', () => {
  it('take the last dated session as the end of the programme', () => {
    expect(programmeEnd([{ date: '2026-10-06' }, { date: null }, { date: '2026-10-27' }, { date: '2026-10-13' }])).toBe('2026-10-27');
    expect(programmeEnd([{ date: null }])).toBeNull();
  });

  it('become due on the end date plus the grace period, not before', () => {
    const sessions = [{ date: '2026-10-27' }];
    const dayBefore = Date.parse('2026-11-25T23:00:00Z');
    const dueDay = Date.parse('2026-11-26T08:00:00Z');
    expect(retentionStatus({ retentionDays: 30 }, sessions, dayBefore)).toEqual({ endDate: '2026-10-27', dueDate: '2026-11-26', due: false });
    expect(retentionStatus({ retentionDays: 30 }, sessions, dueDay).due).toBe(true);
    expect(retentionStatus({ retentionDays: 30 }, [], dueDay)).toEqual({ endDate: null, dueDate: null, due: false });
  });
});

describe('wiping raw content', () => {
  let db: GroveDb;
  beforeEach(() => {
    db = freshDb('wipe');
  });

  async function sampleWithPrivateData(): Promise<string> {
    const groupId = await loadSampleGroup('en');
    const [first] = await db.participants.where('groupId').equals(groupId).toArray();
    await db.participants.update(first!.id, { redactNames: ['Giulia Bianchi'] });
    const [session] = await db.sessions.where('groupId').equals(groupId).toArray();
    await db.records.put({
      sessionId: session!.id, groupId, themes: [{ id: 't', zone: 'trunk', text: 'patience', band: 'most' }], collectiveDocument: 'We listen.',
      messageToOthers: '', supportMap: { emotional: 1, esteem: 0, network: 0, informational: 0, tangible: 0 }, signposted: '', groupProcess: '',
      safetyFlags: { distressSettled: '0', followUpOffered: '0', safeguarding: '0', groupConflict: '0', accessibility: '0' }, deliveryNotes: '',
      reflection: '', nextSteps: '', feedbackRatings: [], privateNotes: 'Call Giulia on Monday', facilitatorRoles: '', updatedAt: 1,
    } as never);
    const note: NoteItem = {
      id: 'note-1', treeId: 'tree-1', groupId, participantId: first!.id, kind: 'note', zone: 'roots', visibility: 'forest', x: 0, y: 0,
      rotation: 0, z: 0, locked: false, createdAt: 1, updatedAt: 1, text: 'Nonna taught me to cook', width: 100, height: 60, color: '#fff',
    };
    await db.treeItems.add(note);
    await db.forestItems.add({ id: 'storm-1', groupId, kind: 'storm', text: 'hospital stays', x: 0, y: 0, color: '#000', createdAt: 1, updatedAt: 1 });
    return groupId;
  }

  it('removes trees, forest, private notes and private names, and keeps the group-level record', async () => {
    const groupId = await sampleWithPrivateData();
    await wipeRawContent(groupId, 42);
    expect(await db.treeItems.where('groupId').equals(groupId).count()).toBe(0);
    expect(await db.trees.where('groupId').equals(groupId).count()).toBe(0);
    expect(await db.forestItems.where('groupId').equals(groupId).count()).toBe(0);
    const participants = await db.participants.where('groupId').equals(groupId).toArray();
    expect(participants).toHaveLength(6);
    expect(participants.every((p) => p.redactNames.length === 0)).toBe(true);
    const [record] = await db.records.where('groupId').equals(groupId).toArray();
    expect(record!.privateNotes).toBe('');
    expect(record!.collectiveDocument).toBe('We listen.');
    expect((await db.groups.get(groupId))!.rawWipedAt).toBe(42);
  });

  it('lists a group as due only after its grace period and while raw content remains', async () => {
    const groupId = await sampleWithPrivateData();
    const sessions = await db.sessions.where('groupId').equals(groupId).sortBy('number');
    const end = Date.parse(`${sessions.at(-1)!.date}T12:00:00Z`);
    expect(await groupsDueForWipe(end)).toEqual([]);
    const later = end + 31 * 24 * 3600 * 1000;
    expect((await groupsDueForWipe(later)).map((due) => due.group.id)).toEqual([groupId]);
    await wipeRawContent(groupId);
    expect(await groupsDueForWipe(later)).toEqual([]);
  });

  it('changes nothing when the group does not exist', async () => {
    await sampleWithPrivateData();
    const before = await snapshot(db);
    await expect(wipeRawContent('missing')).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});
