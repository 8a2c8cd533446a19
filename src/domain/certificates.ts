import { z } from 'zod';
import type { AttendanceStatus, CertificateText, Participant, Session, TreeItem, ZoneId } from './types';

/**
 * Certificates (part 4 of the method, DOMAIN.md §2.2 session 4): one per participant present who gave
 * print consent, with the person's own words, suggestions from what they shared on their own tree (trunk,
 * fruits, flowers), and one acknowledgement from each peer who wants to add one. A certificate names the
 * person by alias; a real name can be typed at print time and is used for that PDF only (never stored).
 */

export const CERTIFICATE_LIMITS = {
  wordsMax: 600,
  acknowledgementMax: 280,
  realNameMax: 120,
} as const;

export type CertificateDesign = 'meadow' | 'classic' | 'simple';
export const CERTIFICATE_DESIGNS: readonly CertificateDesign[] = ['meadow', 'classic', 'simple'];

export type PaperFormat = 'a4' | 'letter';
export const PAPER_FORMATS: readonly PaperFormat[] = ['a4', 'letter'];

/** The zones whose shared items are offered as words for a certificate: skills, gifts received, gifts given. */
export const SUGGESTION_ZONES: readonly ZoneId[] = ['trunk', 'fruits', 'flowers'];

const PRESENT: readonly AttendanceStatus[] = ['present', 'late', 'leftEarly'];

export const certificateTextSchema = z.object({
  words: z.string().max(CERTIFICATE_LIMITS.wordsMax, { error: 'wordsTooLong' }),
  acknowledgements: z.record(z.string(), z.string().max(CERTIFICATE_LIMITS.acknowledgementMax, { error: 'acknowledgementTooLong' })),
});

export const realNameSchema = z.string().trim().max(CERTIFICATE_LIMITS.realNameMax, { error: 'realNameTooLong' });

export const EMPTY_CERTIFICATE: CertificateText = { words: '', acknowledgements: {} };

/** Whether a participant can have a certificate printed: present at this session and print consent given. */
export function certificateStatus(participant: Pick<Participant, 'id' | 'consent'>, session: Pick<Session, 'attendance'>): 'ready' | 'absent' | 'noConsent' {
  if (!PRESENT.includes(session.attendance[participant.id] as AttendanceStatus)) return 'absent';
  return participant.consent.print.granted ? 'ready' : 'noConsent';
}

/** Present participants, in roster order: the people a certificate is written for. */
export function presentParticipants<P extends Pick<Participant, 'id'>>(participants: readonly P[], session: Pick<Session, 'attendance'>): P[] {
  return participants.filter((participant) => PRESENT.includes(session.attendance[participant.id] as AttendanceStatus));
}

/**
 * Words the person shared on their own tree (trunk, fruits, flowers), offered as suggestions: notes only,
 * never private ones, never anyone else's; trimmed and without repeats.
 */
export function certificateSuggestions(items: readonly TreeItem[], participantId: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const zone of SUGGESTION_ZONES) {
    for (const item of items) {
      if (item.kind !== 'note' || item.participantId !== participantId || item.zone !== zone || item.visibility === 'private') continue;
      const text = item.text.trim();
      if (text && !seen.has(text.toLocaleLowerCase())) {
        seen.add(text.toLocaleLowerCase());
        out.push(text);
      }
    }
  }
  return out;
}

/** Add a suggestion to the words, on its own line, unless it is already there. */
export function addSuggestion(words: string, suggestion: string): string {
  if (words.toLocaleLowerCase().includes(suggestion.toLocaleLowerCase())) return words;
  return words.trim() ? `${words.trimEnd()}\n${suggestion}` : suggestion;
}

/** What one printed certificate says: all text, ready for a design to lay out. */
export interface CertificateContent {
  /** The alias, or the real name typed at print time. */
  name: string;
  words: string;
  acknowledgements: { from: string; text: string }[];
}

/**
 * The content of a participant's certificate. Acknowledgements come from peers in roster order, by alias,
 * and only non-empty ones; `realName` (typed at print time) replaces the alias when given.
 */
export function certificateContent(
  participant: Pick<Participant, 'id' | 'alias'>,
  text: CertificateText | undefined,
  peers: readonly Pick<Participant, 'id' | 'alias'>[],
  realName = '',
): CertificateContent {
  const written = text ?? EMPTY_CERTIFICATE;
  return {
    name: realName.trim() || participant.alias,
    words: written.words.trim(),
    acknowledgements: peers
      .filter((peer) => peer.id !== participant.id && (written.acknowledgements[peer.id] ?? '').trim())
      .map((peer) => ({ from: peer.alias, text: written.acknowledgements[peer.id]!.trim() })),
  };
}
