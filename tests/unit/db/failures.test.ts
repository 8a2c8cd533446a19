import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GroveDb } from '../../../src/db/db';
import { isQuotaError } from '../../../src/db/errors';
import { createGroup, deleteGroup, updateGroup } from '../../../src/db/repositories/groups';
import { addParticipant, deleteParticipant } from '../../../src/db/repositories/participants';
import { loadSampleGroup } from '../../../src/db/repositories/sample';
import { describeError } from '../../../src/ui/useAction';
import { freshDb, groupInput, personInput, quotaError, snapshot } from './helpers';

/**
 * A full disk (QuotaExceededError, bare or wrapped by Dexie) part-way through a multi-table write must
 * leave stored data exactly as it was, and the user must get the "disk is full" message.
 */
let db: GroveDb;
beforeEach(() => {
  db = freshDb('failures');
});
afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Make one table method throw the QuotaExceededError a full disk raises; the writes before it in the same
 * transaction really run. Dexie passes it on bare or wrapped (AbortError with `inner`); both are handled.
 */
function failOn<T extends object>(target: T, method: keyof T) {
  return vi.spyOn(target, method as never).mockImplementation((() => {
    throw quotaError();
  }) as never);
}

describe('writes that fail inside a transaction', () => {
  it('deleteGroup: a failure after some tables were emptied rolls everything back', async () => {
    const group = await createGroup(groupInput());
    await addParticipant(group.id, personInput({ alias: 'Oak' }));
    await addParticipant(group.id, personInput({ alias: 'Willow' }));
    const before = await snapshot(db);
    // Participants are deleted first; the final delete of the group row then hits a full disk.
    failOn(db.groups, 'delete');
    const failure = await deleteGroup(group.id).catch((error: unknown) => error);
    expect(isQuotaError(failure)).toBe(true);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });

  it('deleteParticipant: a failure after the tree items went rolls the items back', async () => {
    const group = await createGroup(groupInput());
    const oak = await addParticipant(group.id, personInput());
    const before = await snapshot(db);
    failOn(db.participants, 'delete');
    await expect(deleteParticipant(oak.id)).rejects.toSatisfy(isQuotaError);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });

  it('loadSampleGroup: a failure while creating the programme leaves no half-made group', async () => {
    await createGroup(groupInput());
    const before = await snapshot(db);
    failOn(db.sessions, 'bulkAdd');
    await expect(loadSampleGroup('en')).rejects.toSatisfy(isQuotaError);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });

  it('a Dexie hook failing with a full disk stops a create and an update', async () => {
    const group = await createGroup(groupInput({ code: 'KEEP' }));
    const before = await snapshot(db);
    const creating = () => {
      throw quotaError();
    };
    db.groups.hook('creating', creating);
    db.groups.hook('updating', creating);
    await expect(createGroup(groupInput({ code: 'NEW' }))).rejects.toSatisfy(isQuotaError);
    await expect(updateGroup(group.id, groupInput({ code: 'KEEP', name: 'Renamed' }))).rejects.toSatisfy(isQuotaError);
    db.groups.hook('creating').unsubscribe(creating);
    db.groups.hook('updating').unsubscribe(creating);
    expect(await snapshot(db)).toEqual(before);
  });

  it('turns bare and wrapped quota errors into the "disk is full" message', () => {
    const t = ((key: string) => key) as never;
    expect(describeError(quotaError(false), t)).toBe('common:errors.quota');
    expect(describeError(quotaError(true), t)).toBe('common:errors.quota');
  });
});
