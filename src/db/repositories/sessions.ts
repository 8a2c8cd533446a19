import { useLiveQuery } from 'dexie-react-hooks';
import { validateBlocks, validateSessionDetails, type Issue, type SessionDetails } from '../../domain/agenda';
import { isAttendanceStatus } from '../../domain/attendance';
import { newId } from '../../domain/ids';
import { buildProgramme, defaultSessionTitle, isIsoDate, TEMPLATE_IDS, type SessionDraft, type TemplateId } from '../../domain/templates';
import type { AgendaBlock, AttendanceStatus, Session } from '../../domain/types';
import { applyRunAction, type RunAction, type RunUpdate } from '../../domain/timer';
import { db } from '../db';
import { ValidationError } from '../errors';

/** What to do with a group's existing sessions when a programme is created from a template. */
export type ProgrammeMode = 'ifEmpty' | 'append' | 'replace';

function refuse(issues: readonly Issue[]): void {
  const first = issues[0];
  if (first) throw new ValidationError(first.field, `sessions:validation.${first.code}`, first.values);
}

function missingSession(): ValidationError {
  return new ValidationError('session', 'sessions:errors.missingSession');
}

/** A group's sessions by number. */
export async function listSessions(groupId: string): Promise<Session[]> {
  return db.sessions.where('[groupId+number]').between([groupId, -Infinity], [groupId, Infinity]).toArray();
}

/** Live list of a group's sessions by number; undefined while loading. */
export function useSessions(groupId: string): Session[] | undefined {
  return useLiveQuery(() => listSessions(groupId), [groupId]);
}

export async function getSession(id: string): Promise<Session | null> {
  return (await db.sessions.get(id)) ?? null;
}

/** Live session: undefined while loading, null when it does not exist. */
export function useSession(id: string): Session | null | undefined {
  return useLiveQuery(() => getSession(id), [id]);
}

function fromDraft(groupId: string, draft: SessionDraft, now: number): Session {
  return { ...draft, id: newId(), groupId, startTime: null, run: null, createdAt: now, updatedAt: now };
}

/**
 * Create a group's sessions from a programme template, in the group's language, in one transaction.
 * `ifEmpty` (the default) refuses when the group already has sessions, so nothing is ever replaced
 * silently; `append` numbers the new sessions after the existing ones; `replace` deletes the existing
 * sessions and their records first. Returns the new sessions.
 */
export async function createProgramme(
  groupId: string,
  templateId: TemplateId,
  startDate: string | null,
  mode: ProgrammeMode = 'ifEmpty',
  now = Date.now(),
): Promise<Session[]> {
  if (!TEMPLATE_IDS.includes(templateId)) throw new ValidationError('template', 'sessions:validation.templateInvalid');
  if (startDate !== null && !isIsoDate(startDate)) throw new ValidationError('startDate', 'sessions:validation.dateInvalid');
  return db.transaction('rw', db.groups, db.sessions, db.records, async () => {
    const group = await db.groups.get(groupId);
    if (!group) throw new ValidationError('group', 'sessions:errors.missingGroup');
    const existing = await listSessions(groupId);
    if (existing.length > 0 && mode === 'ifEmpty') throw new ValidationError('template', 'sessions:errors.sessionsExist', { count: existing.length });
    if (mode === 'replace') {
      const ids = existing.map((session) => session.id);
      await db.records.bulkDelete(ids);
      await db.sessions.bulkDelete(ids);
    }
    const offset = mode === 'append' ? Math.max(0, ...existing.map((session) => session.number)) : 0;
    const sessions = buildProgramme(templateId, group.lang, startDate).map((draft) =>
      fromDraft(groupId, { ...draft, number: draft.number + offset }, now),
    );
    await db.sessions.bulkAdd(sessions);
    return sessions;
  });
}

/** Add one empty session after the group's last one (its date a week after the last dated one). */
export async function addSession(groupId: string, now = Date.now()): Promise<Session> {
  return db.transaction('rw', db.groups, db.sessions, async () => {
    const group = await db.groups.get(groupId);
    if (!group) throw new ValidationError('group', 'sessions:errors.missingGroup');
    const existing = await listSessions(groupId);
    const number = Math.max(0, ...existing.map((session) => session.number)) + 1;
    const session = fromDraft(
      groupId,
      {
        number,
        part: 'other',
        title: defaultSessionTitle(number, group.lang),
        date: null,
        plannedMinutes: existing.at(-1)?.plannedMinutes ?? 120,
        blocks: [],
        attendance: {},
        guests: 0,
        startedAt: null,
        endedAt: null,
      },
      now,
    );
    await db.sessions.add(session);
    return session;
  });
}

/** The editable details of a session, as the planner's form and the validation rules see them. */
export function detailsOf(session: Session): SessionDetails {
  return {
    number: session.number,
    part: session.part,
    title: session.title,
    date: session.date,
    plannedMinutes: session.plannedMinutes,
    startTime: session.startTime ?? null,
    guests: session.guests,
  };
}

/**
 * Change some of a session's details (number, part, title, date, length, start time, guests). The
 * merged details are validated before anything is written; on refusal the stored session is unchanged.
 */
export async function updateSession(id: string, patch: Partial<SessionDetails>, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(id);
    if (!session) throw missingSession();
    const details = { ...detailsOf(session), ...patch };
    const clean = { ...details, title: details.title.trim(), startTime: details.startTime ?? null };
    refuse(validateSessionDetails(clean));
    if (clean.date !== null && !isIsoDate(clean.date)) throw new ValidationError('date', 'sessions:validation.dateInvalid');
    await db.sessions.put({ ...session, ...clean, updatedAt: now });
  });
}

/** Delete a session and its session record, in one transaction. */
export async function deleteSession(id: string): Promise<void> {
  await db.transaction('rw', db.sessions, db.records, async () => {
    await db.records.delete(id);
    await db.sessions.delete(id);
  });
}

/** Replace a session's agenda (after an edit, reorder, insert or delete). Every block is validated first. */
export async function updateBlocks(sessionId: string, blocks: readonly AgendaBlock[], now = Date.now()): Promise<void> {
  const clean = blocks.map((block) => ({ ...block, title: block.title.trim() }));
  refuse(validateBlocks(clean));
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw missingSession();
    await db.sessions.put({ ...session, blocks: clean, updatedAt: now });
  });
}

/** Record one participant's attendance; null clears it. The participant must be in the session's group. */
export async function setAttendance(sessionId: string, participantId: string, status: AttendanceStatus | null, now = Date.now()): Promise<void> {
  if (status !== null && !isAttendanceStatus(status)) throw new ValidationError('attendance', 'sessions:validation.attendanceInvalid');
  await db.transaction('rw', db.sessions, db.participants, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw missingSession();
    const participant = await db.participants.get(participantId);
    if (!participant || participant.groupId !== session.groupId) throw new ValidationError('attendance', 'sessions:errors.missingParticipant');
    const attendance = { ...session.attendance };
    if (status === null) delete attendance[participantId];
    else attendance[participantId] = status;
    await db.sessions.put({ ...session, attendance, updatedAt: now });
  });
}

/**
 * Apply one run-view action (start, pause, next block…) to the stored session and save the result at
 * once, so a reload resumes where the facilitator was. The action is applied to the session as read
 * inside the transaction, so two quick presses never work from a stale copy. Returns the new run state.
 */
export async function recordRun(sessionId: string, action: RunAction, now = Date.now()): Promise<RunUpdate> {
  return db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw missingSession();
    const update = applyRunAction(session, action, now);
    await db.sessions.put({ ...session, blocks: update.blocks, run: update.run, startedAt: update.startedAt, endedAt: update.endedAt, updatedAt: now });
    return update;
  });
}
