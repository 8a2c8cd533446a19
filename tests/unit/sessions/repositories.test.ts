import { beforeEach, describe, expect, it } from 'vitest';
import type { GroveDb } from '../../../src/db/db';
import { ValidationError } from '../../../src/db/errors';
import { createGroup } from '../../../src/db/repositories/groups';
import { createLibraryBlock, deleteLibraryBlock, listLibraryBlocks, saveBlockToLibrary, updateLibraryBlock } from '../../../src/db/repositories/library';
import { addParticipant } from '../../../src/db/repositories/participants';
import {
  addSession,
  createProgramme,
  deleteSession,
  getSession,
  listSessions,
  recordRun,
  setAttendance,
  updateBlocks,
  updateSession,
} from '../../../src/db/repositories/sessions';
import { moveBlock } from '../../../src/domain/agenda';
import type { SessionRecord } from '../../../src/domain/types';
import { freshDb, groupInput, personInput, snapshot } from '../db/helpers';

let db: GroveDb;
let groupId: string;

beforeEach(async () => {
  db = freshDb('sessions');
  groupId = (await createGroup(groupInput({ lang: 'it' }))).id;
});

/** A session record row; only its keys matter here (its content belongs to the records screens). */
function record(sessionId: string): SessionRecord {
  return { sessionId, groupId, updatedAt: 0 } as unknown as SessionRecord;
}

async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('createProgramme', () => {
  it('creates the four sessions in the group’s language, numbered and dated weekly', async () => {
    await createProgramme(groupId, '4x120', '2026-04-07');
    const sessions = await listSessions(groupId);
    expect(sessions.map((s) => [s.number, s.date, s.plannedMinutes])).toEqual([
      [1, '2026-04-07', 120],
      [2, '2026-04-14', 120],
      [3, '2026-04-21', 120],
      [4, '2026-04-28', 120],
    ]);
    expect(sessions[0]!.title).toBe('Disegnare l’Albero della Vita');
    expect(sessions[0]!.blocks[2]!.title).toBe('Radici: da dove vengo');
  });

  it('refuses by default when sessions exist, leaving the database unchanged', async () => {
    await createProgramme(groupId, '4x120', null);
    const before = await snapshot(db);
    const error = await refusal(createProgramme(groupId, 'dropIn', null));
    expect(error.messageKey).toBe('sessions:errors.sessionsExist');
    expect(await snapshot(db)).toEqual(before);
  });

  it('appends after the existing sessions, or replaces them and their records', async () => {
    await createProgramme(groupId, '4x120', null);
    await createProgramme(groupId, 'dropIn', null, 'append');
    expect((await listSessions(groupId)).map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    const first = (await listSessions(groupId))[0]!;
    await db.records.put(record(first.id));
    await createProgramme(groupId, '6x90', null, 'replace');
    const sessions = await listSessions(groupId);
    expect(sessions.map((s) => s.plannedMinutes)).toEqual([90, 90, 90, 90, 90, 90]);
    expect(await db.records.count()).toBe(0);
  });

  it('is atomic: a failure half-way through stores nothing and deletes nothing', async () => {
    await createProgramme(groupId, '4x120', null);
    const before = await snapshot(db);
    // Make the insert fail after the old sessions were deleted inside the same transaction.
    const original = db.sessions.bulkAdd.bind(db.sessions);
    db.sessions.bulkAdd = (async () => {
      throw new Error('disk gone');
    }) as unknown as typeof db.sessions.bulkAdd;
    await expect(createProgramme(groupId, '6x90', null, 'replace')).rejects.toThrow('disk gone');
    db.sessions.bulkAdd = original;
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an unknown group, template or date', async () => {
    expect((await refusal(createProgramme('nope', '4x120', null))).messageKey).toBe('sessions:errors.missingGroup');
    expect((await refusal(createProgramme(groupId, 'x' as never, null))).field).toBe('template');
    expect((await refusal(createProgramme(groupId, '4x120', '2026-02-31'))).field).toBe('startDate');
    expect(await db.sessions.count()).toBe(0);
  });
});

describe('sessions', () => {
  it('adds an empty session after the last one and updates its details', async () => {
    await createProgramme(groupId, '4x120', null);
    const added = await addSession(groupId);
    expect(added).toMatchObject({ number: 5, title: 'Incontro 5', blocks: [], plannedMinutes: 120 });
    await updateSession(added.id, { title: '  Extra  ', plannedMinutes: 90, startTime: '14:30', date: '2026-06-01' });
    expect(await getSession(added.id)).toMatchObject({ title: 'Extra', plannedMinutes: 90, startTime: '14:30', date: '2026-06-01' });
  });

  it('refuses bad details and keeps the stored session', async () => {
    const session = await addSession(groupId);
    const before = await getSession(session.id);
    for (const patch of [{ title: ' ' }, { plannedMinutes: 0 }, { date: '2026-13-01' }, { guests: -1 }, { startTime: '7pm' }]) {
      await refusal(updateSession(session.id, patch));
    }
    expect(await getSession(session.id)).toEqual(before);
  });

  it('deletes a session together with its record', async () => {
    const [one, two] = await createProgramme(groupId, '2x150', null);
    await db.records.bulkPut([record(one!.id), record(two!.id)]);
    await deleteSession(one!.id);
    expect(await getSession(one!.id)).toBeNull();
    expect(await db.records.get(one!.id)).toBeUndefined();
    expect(await db.records.get(two!.id)).toBeDefined();
  });
});

describe('agenda blocks', () => {
  it('persists a reorder', async () => {
    const [first] = await createProgramme(groupId, '4x120', null);
    const moved = moveBlock(first!.blocks, 0, 3);
    await updateBlocks(first!.id, moved);
    expect((await getSession(first!.id))!.blocks.map((b) => b.id)).toEqual(moved.map((b) => b.id));
  });

  it('refuses 0 minutes and 10,001-character notes, leaving the database unchanged', async () => {
    const [first] = await createProgramme(groupId, '4x120', null);
    const before = await snapshot(db);
    const zero = first!.blocks.map((b, i) => (i === 1 ? { ...b, minutes: 0 } : b));
    expect((await refusal(updateBlocks(first!.id, zero))).messageKey).toBe('sessions:validation.minutesRange');
    const long = first!.blocks.map((b, i) => (i === 1 ? { ...b, notes: 'n'.repeat(10_001) } : b));
    const error = await refusal(updateBlocks(first!.id, long));
    expect(error).toMatchObject({ field: '1.notes', messageKey: 'sessions:validation.notesTooLong', values: { max: 10_000 } });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('attendance', () => {
  it('records, changes and clears a status', async () => {
    const [first] = await createProgramme(groupId, '4x120', null);
    const oak = await addParticipant(groupId, personInput());
    await setAttendance(first!.id, oak.id, 'late');
    expect((await getSession(first!.id))!.attendance).toEqual({ [oak.id]: 'late' });
    await setAttendance(first!.id, oak.id, 'present');
    expect((await getSession(first!.id))!.attendance).toEqual({ [oak.id]: 'present' });
    await setAttendance(first!.id, oak.id, null);
    expect((await getSession(first!.id))!.attendance).toEqual({});
  });

  it('refuses a participant of another group and an unknown status', async () => {
    const [first] = await createProgramme(groupId, '4x120', null);
    const other = await createGroup(groupInput({ code: 'GRV-OTHER' }));
    const stranger = await addParticipant(other.id, personInput());
    await refusal(setAttendance(first!.id, stranger.id, 'present'));
    const oak = await addParticipant(groupId, personInput());
    await refusal(setAttendance(first!.id, oak.id, 'maybe' as never));
    expect((await getSession(first!.id))!.attendance).toEqual({});
  });
});

describe('recordRun', () => {
  it('saves the clock and actual times, so a reload resumes on the same block', async () => {
    const [first] = await createProgramme(groupId, '4x120', null);
    await recordRun(first!.id, { type: 'start' }, 1_000);
    await recordRun(first!.id, { type: 'goTo', index: 1 }, 1_000 + 15 * 60_000);
    const stored = (await getSession(first!.id))!;
    expect(stored.startedAt).toBe(1_000);
    expect(stored.run!.currentBlockId).toBe(first!.blocks[1]!.id);
    expect(stored.blocks[0]!.actualMinutes).toBe(15);
    expect(stored.blocks[1]!.actualStartedAt).toBe(1_000 + 15 * 60_000);
    await recordRun(first!.id, { type: 'end' }, 1_000 + 20 * 60_000);
    expect((await getSession(first!.id))!.endedAt).toBe(1_000 + 20 * 60_000);
  });

  it('two quick "next" presses move two blocks, never reading a stale copy', async () => {
    const [first] = await createProgramme(groupId, '4x120', null);
    await recordRun(first!.id, { type: 'start' }, 0);
    await Promise.all([recordRun(first!.id, { type: 'goTo', index: 1 }, 10), recordRun(first!.id, { type: 'goTo', index: 2 }, 20)]);
    expect((await getSession(first!.id))!.run!.currentBlockId).toBe(first!.blocks[2]!.id);
  });
});

describe('library', () => {
  it('saves a block from the planner, lists, edits and deletes own blocks', async () => {
    const [first] = await createProgramme(groupId, '4x120', null);
    const saved = await saveBlockToLibrary({ ...first!.blocks[1]!, actualMinutes: 9 });
    expect(saved.title).toBe(first!.blocks[1]!.title);
    expect('actualMinutes' in saved).toBe(false);
    const own = await createLibraryBlock({ title: 'Breathing', kind: 'custom', minutes: 5, prompts: [], materials: '', notes: '' }, Date.now() + 5);
    expect((await listLibraryBlocks()).map((b) => b.id)).toEqual([own.id, saved.id]);
    await updateLibraryBlock(own.id, { title: 'Breathing together', kind: 'closing', minutes: 6, prompts: [], materials: '', notes: '' });
    expect(await db.library.get(own.id)).toMatchObject({ title: 'Breathing together', minutes: 6, createdAt: own.createdAt });
    await deleteLibraryBlock(own.id);
    expect(await db.library.count()).toBe(1);
  });

  it('refuses an invalid library block', async () => {
    await refusal(createLibraryBlock({ title: '', kind: 'custom', minutes: 5, prompts: [], materials: '', notes: '' }));
    await refusal(createLibraryBlock({ title: 'x', kind: 'custom', minutes: 0, prompts: [], materials: '', notes: '' }));
    expect(await db.library.count()).toBe(0);
  });
});
