import { careContactsSchema, careNoteSchema, nextBand, outcomeFlag, type CareOutcome, CARE_OUTCOMES, CARE_LIMITS } from '../../domain/care';
import { emptyRecord, normaliseRecord } from '../../domain/summary/record';
import { applyRunAction } from '../../domain/timer';
import { db } from '../db';
import { ValidationError } from '../errors';

/**
 * Pause for care: the clock stops and the pause is remembered (a reload keeps the care panel open); on
 * resuming, the facilitator's answer becomes a safety flag band on the session record, in the same
 * transaction as the clock. The private note is the facilitator's alone.
 */

function missing(): ValidationError {
  return new ValidationError('session', 'sessions:errors.missingSession');
}

/** Pause the clock (if it runs) and open the care panel. */
export async function pauseForCare(sessionId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw missing();
    if (session.careSince) return;
    const update = applyRunAction(session, { type: 'pause' }, now);
    await db.sessions.put({ ...session, blocks: update.blocks, run: update.run, careSince: now, updatedAt: now });
  });
}

/**
 * Close the care panel and start the clock again (when the session had started). 'settled' and 'followUp'
 * move that safety flag one band up (0 → 1 → 2+) on the session record; 'none' records nothing.
 */
export async function resumeAfterCare(sessionId: string, outcome: CareOutcome, now = Date.now()): Promise<void> {
  if (!CARE_OUTCOMES.includes(outcome)) throw new ValidationError('outcome', 'room:care.errors.outcome');
  await db.transaction('rw', db.sessions, db.records, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw missing();
    const update = session.startedAt !== null && session.endedAt === null ? applyRunAction(session, { type: 'resume' }, now) : null;
    await db.sessions.put({ ...session, ...(update ? { blocks: update.blocks, run: update.run } : {}), careSince: null, updatedAt: now });
    const flag = outcomeFlag(outcome);
    if (!flag) return;
    const stored = await db.records.get(sessionId);
    const record = stored ? normaliseRecord(stored) : emptyRecord(sessionId, session.groupId, now);
    await db.records.put({ ...record, safetyFlags: { ...record.safetyFlags, [flag]: nextBand(record.safetyFlags[flag]) }, updatedAt: now });
  });
}

/** Save the private care note (or '' to delete it). Refused, nothing stored, when over the cap. */
export async function saveCareNote(sessionId: string, note: string, now = Date.now()): Promise<void> {
  if (!careNoteSchema.safeParse(note).success) throw new ValidationError('careNote', 'room:care.errors.noteTooLong', { max: CARE_LIMITS.noteMax });
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw missing();
    await db.sessions.put({ ...session, careNote: note, updatedAt: now });
  });
}

/** Save the group's support contacts for the care plan. */
export async function saveCareContacts(groupId: string, contacts: string, now = Date.now()): Promise<void> {
  const clean = contacts.trim();
  if (!careContactsSchema.safeParse(clean).success) throw new ValidationError('careContacts', 'room:care.errors.contactsTooLong', { max: CARE_LIMITS.contactsMax });
  await db.transaction('rw', db.groups, async () => {
    const group = await db.groups.get(groupId);
    if (!group) throw new ValidationError('group', 'groups:errors.missing');
    await db.groups.put({ ...group, careContacts: clean, updatedAt: now });
  });
}
