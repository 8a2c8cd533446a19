import type { Consent, ConsentPurpose, Participant } from './types';

export const CONSENT_PURPOSES: readonly ConsentPurpose[] = ['groupDisplay', 'projector', 'print', 'summary'];

/** A new participant has given no consent yet: every purpose starts unanswered and not granted. */
export function emptyConsent(): Consent {
  return {
    groupDisplay: { granted: false, at: null },
    projector: { granted: false, at: null },
    print: { granted: false, at: null },
    summary: { granted: false, at: null },
  };
}

/** Give or withdraw one purpose, stamping the time. Withdrawal is always possible (GDPR Art. 7(3)). */
export function setConsent(consent: Consent, purpose: ConsentPurpose, granted: boolean, now: number): Consent {
  return { ...consent, [purpose]: { granted, at: now } };
}

export function hasConsent(participant: Pick<Participant, 'consent'>, purpose: ConsentPurpose): boolean {
  return participant.consent[purpose].granted;
}

/**
 * The projector shows a tree only with both group-display and projector consent: showing on a wall is
 * showing to the group, so withdrawing group display also takes a tree off the projector.
 */
export function mayProject(participant: Pick<Participant, 'consent'>): boolean {
  return hasConsent(participant, 'groupDisplay') && hasConsent(participant, 'projector');
}
