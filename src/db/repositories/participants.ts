import { useLiveQuery } from 'dexie-react-hooks';
import { CONSENT_PURPOSES, emptyConsent, setConsent } from '../../domain/consent';
import { newId } from '../../domain/ids';
import type { Consent, ConsentPurpose, Participant } from '../../domain/types';
import { isAliasTaken, validateParticipantInput, type ParticipantInput } from '../../domain/validation';
import { db } from '../db';
import { ValidationError } from '../errors';
import { valueOrThrow } from './validated';

/** A group's participants in the order they joined. */
export async function listParticipants(groupId: string): Promise<Participant[]> {
  return db.participants.where('groupId').equals(groupId).sortBy('createdAt');
}

/** Live roster of a group; undefined while loading. */
export function useParticipants(groupId: string): Participant[] | undefined {
  return useLiveQuery(() => listParticipants(groupId), [groupId]);
}

/** One participant, or null. */
export async function getParticipant(id: string): Promise<Participant | null> {
  return (await db.participants.get(id)) ?? null;
}

/** Live participant: undefined while loading, null when missing. */
export function useParticipant(id: string): Participant | null | undefined {
  return useLiveQuery(() => getParticipant(id), [id]);
}

/** Refuse an alias someone else in the group already has; aliases are how people are told apart. */
async function assertAliasFree(groupId: string, alias: string, exceptId?: string): Promise<void> {
  const others = await db.participants.where('groupId').equals(groupId).toArray();
  if (isAliasTaken(alias, others, exceptId)) throw new ValidationError('alias', 'roster:errors.aliasTaken', { alias });
}

/**
 * Add a participant to a group. Purposes listed in `granted` are recorded as given now; the others stay
 * unanswered. Throws ValidationError for bad input, an alias already in the group, or a missing group.
 */
export async function addParticipant(
  groupId: string,
  input: ParticipantInput,
  granted: readonly ConsentPurpose[] = [],
  now = Date.now(),
): Promise<Participant> {
  const value = valueOrThrow(validateParticipantInput(input));
  let consent: Consent = emptyConsent();
  for (const purpose of granted) consent = setConsent(consent, purpose, true, now);
  return db.transaction('rw', db.groups, db.participants, async () => {
    if (!(await db.groups.get(groupId))) throw new ValidationError('group', 'groups:errors.missing');
    await assertAliasFree(groupId, value.alias);
    const participant: Participant = { id: newId(), groupId, ...value, consent, createdAt: now };
    await db.participants.add(participant);
    return participant;
  });
}

/** Change a participant's alias, colour, symbol or private names. Consent is changed one purpose at a time. */
export async function updateParticipant(id: string, input: ParticipantInput): Promise<Participant> {
  const value = valueOrThrow(validateParticipantInput(input));
  return db.transaction('rw', db.participants, async () => {
    const current = await db.participants.get(id);
    if (!current) throw new ValidationError('participant', 'roster:errors.missing');
    await assertAliasFree(current.groupId, value.alias, id);
    const participant: Participant = { ...current, ...value };
    await db.participants.put(participant);
    return participant;
  });
}

/** Give or withdraw consent for one purpose, stamped with the time. Withdrawal is always allowed. */
export async function setParticipantConsent(id: string, purpose: ConsentPurpose, granted: boolean, now = Date.now()): Promise<void> {
  if (!CONSENT_PURPOSES.includes(purpose)) throw new ValidationError('consent', 'roster:errors.missing');
  await db.transaction('rw', db.participants, async () => {
    const current = await db.participants.get(id);
    if (!current) throw new ValidationError('participant', 'roster:errors.missing');
    await db.participants.update(id, { consent: setConsent(current.consent, purpose, granted, now) });
  });
}

/**
 * Delete a participant with their tree, its items and their attendance marks, in one transaction: an
 * erased person leaves no per-person trace behind.
 */
export async function deleteParticipant(id: string): Promise<void> {
  await db.transaction('rw', [db.participants, db.trees, db.treeItems, db.sessions], async () => {
    const current = await db.participants.get(id);
    if (!current) return;
    await db.treeItems.where('participantId').equals(id).delete();
    await db.trees.where('[groupId+participantId]').equals([current.groupId, id]).delete();
    const sessions = await db.sessions.where('groupId').equals(current.groupId).toArray();
    for (const session of sessions) {
      if (!(id in session.attendance)) continue;
      const attendance = { ...session.attendance };
      delete attendance[id];
      await db.sessions.update(session.id, { attendance });
    }
    await db.participants.delete(id);
  });
}
