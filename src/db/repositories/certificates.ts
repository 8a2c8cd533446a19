import { useLiveQuery } from 'dexie-react-hooks';
import { CERTIFICATE_LIMITS, certificateTextSchema, EMPTY_CERTIFICATE } from '../../domain/certificates';
import type { CertificateText, Group, Participant, Session, TreeItem } from '../../domain/types';
import { db } from '../db';
import { ValidationError } from '../errors';

/** Everything the certificate maker shows for one session. */
export interface CertificateContext {
  group: Group;
  session: Session;
  participants: Participant[];
  treeItems: TreeItem[];
}

/** Read the certificate maker's data in one read transaction; null when the group or session is missing. */
export async function loadCertificateContext(groupId: string, sessionId: string): Promise<CertificateContext | null> {
  return db.transaction('r', [db.groups, db.sessions, db.participants, db.treeItems], async () => {
    const [group, session] = await Promise.all([db.groups.get(groupId), db.sessions.get(sessionId)]);
    if (!group || !session || session.groupId !== groupId) return null;
    const [participants, treeItems] = await Promise.all([
      db.participants.where('groupId').equals(groupId).sortBy('createdAt'),
      db.treeItems.where('groupId').equals(groupId).toArray(),
    ]);
    return { group, session, participants, treeItems };
  });
}

export function useCertificateContext(groupId: string, sessionId: string): CertificateContext | null | undefined {
  return useLiveQuery(() => loadCertificateContext(groupId, sessionId), [groupId, sessionId]);
}

/**
 * Save one participant's certificate text (their words and the peers' acknowledgements) on the session.
 * Checked first: over-long text, or a participant or peer outside the group, is refused and nothing is stored.
 */
export async function saveCertificateText(sessionId: string, participantId: string, patch: Partial<CertificateText>, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.sessions, db.participants, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new ValidationError('session', 'sessions:errors.missingSession');
    const members = new Set((await db.participants.where('groupId').equals(session.groupId).toArray()).map((p) => p.id));
    if (!members.has(participantId)) throw new ValidationError('participant', 'sessions:errors.missingParticipant');
    const current = session.certificates?.[participantId] ?? EMPTY_CERTIFICATE;
    const next: CertificateText = { words: patch.words ?? current.words, acknowledgements: { ...current.acknowledgements, ...patch.acknowledgements } };
    if (Object.keys(next.acknowledgements).some((peer) => !members.has(peer) || peer === participantId)) {
      throw new ValidationError('acknowledgements', 'sessions:errors.missingParticipant');
    }
    const checked = certificateTextSchema.safeParse(next);
    if (!checked.success) {
      const code = checked.error.issues[0]?.message ?? 'wordsTooLong';
      const max = code === 'acknowledgementTooLong' ? CERTIFICATE_LIMITS.acknowledgementMax : CERTIFICATE_LIMITS.wordsMax;
      throw new ValidationError(code === 'acknowledgementTooLong' ? 'acknowledgements' : 'words', `room:certificates.errors.${code}`, { max });
    }
    await db.sessions.put({ ...session, certificates: { ...session.certificates, [participantId]: next }, updatedAt: now });
  });
}
