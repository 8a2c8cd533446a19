import { useLiveQuery } from 'dexie-react-hooks';
import { checkRecordPatch, emptyRecord, normaliseRecord, type RecordPatch } from '../../domain/summary/record';
import type { Group, Participant, Session, SessionRecord, TreeItem } from '../../domain/types';
import type { GroupInput } from '../../domain/validation';
import { db } from '../db';
import { ValidationError } from '../errors';
import { updateGroup } from './groups';

/**
 * The facilitator's session records: one row per session, written field by field as the record screen
 * autosaves. Private notes live here too and never leave the device (the summary model never reads them).
 */

/** A session's record with every field present, or null when nothing was written yet. */
export async function getRecord(sessionId: string): Promise<SessionRecord | null> {
  const stored = await db.records.get(sessionId);
  return stored ? normaliseRecord(stored) : null;
}

/**
 * Merge a patch into a session's record, creating the row on first write. Refuses (ValidationError, nothing
 * stored) text over the caps, unknown fields, or a session that does not exist.
 */
export async function saveRecordPatch(sessionId: string, patch: RecordPatch, now = Date.now()): Promise<SessionRecord> {
  const problem = checkRecordPatch(patch);
  if (problem) throw new ValidationError(problem.field, problem.key, problem.values);
  return db.transaction('rw', db.sessions, db.records, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new ValidationError('session', 'record:errors.missingSession');
    const stored = await db.records.get(sessionId);
    const current = stored ? normaliseRecord(stored) : emptyRecord(sessionId, session.groupId, now);
    const next: SessionRecord = { ...current, ...patch, sessionId, groupId: session.groupId, updatedAt: now };
    await db.records.put(next);
    return next;
  });
}

/** Everything the record and export screens show for one session. */
export interface RecordContext {
  group: Group;
  session: Session;
  /** The group's other sessions (attendance history tells returning from new participants). */
  otherSessions: Session[];
  participants: Participant[];
  record: SessionRecord;
  /** The group's tree items: only the consented, shared notes are ever listed (see domain/summary/sources). */
  treeItems: TreeItem[];
}

/** Read one session's context in one read transaction; null when the group or session is missing. */
export async function loadRecordContext(groupId: string, sessionId: string): Promise<RecordContext | null> {
  return db.transaction('r', [db.groups, db.sessions, db.participants, db.records, db.treeItems], async () => {
    const [group, session] = await Promise.all([db.groups.get(groupId), db.sessions.get(sessionId)]);
    if (!group || !session || session.groupId !== groupId) return null;
    const [sessions, participants, stored, treeItems] = await Promise.all([
      db.sessions.where('groupId').equals(groupId).toArray(),
      db.participants.where('groupId').equals(groupId).sortBy('createdAt'),
      db.records.get(sessionId),
      db.treeItems.where('groupId').equals(groupId).toArray(),
    ]);
    return {
      group,
      session,
      otherSessions: sessions.filter((other) => other.id !== sessionId),
      participants,
      record: stored ? normaliseRecord(stored) : emptyRecord(sessionId, groupId),
      treeItems,
    };
  });
}

/** Live record context: undefined while loading, null when the group or session does not exist. */
export function useRecordContext(groupId: string, sessionId: string): RecordContext | null | undefined {
  return useLiveQuery(() => loadRecordContext(groupId, sessionId), [groupId, sessionId]);
}

/**
 * Add a phrase to the group's deny-list (from the export review), through the groups repository so the
 * group's own validation applies. Does nothing when the phrase is already there (any case).
 */
export async function addToDenyList(groupId: string, term: string, now = Date.now()): Promise<void> {
  const phrase = term.trim();
  if (!phrase) return;
  const group = await db.groups.get(groupId);
  if (!group) throw new ValidationError('group', 'groups:errors.missing');
  if (group.denyList.some((t) => t.toLocaleLowerCase() === phrase.toLocaleLowerCase())) return;
  const input: GroupInput = {
    code: group.code,
    name: group.name,
    settingType: group.settingType,
    lang: group.lang,
    datePrecision: group.datePrecision,
    suppressionK: group.suppressionK,
    zoneLabels: group.zoneLabels,
    denyList: [...group.denyList, phrase],
    retentionDays: group.retentionDays,
  };
  await updateGroup(groupId, input, now);
}
