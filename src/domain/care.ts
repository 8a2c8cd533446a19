import { z } from 'zod';
import type { FlagBand, LocalText, SafetyFlag } from './types';

/**
 * Pause for care (DOMAIN.md §2.5 item 6, distress protocol): what the facilitator sees while the clock
 * is paused and the projector is blanked, and what the summary may keep of it — a safety flag band, never
 * who, never the note.
 */

export const CARE_LIMITS = {
  /** The facilitator's private note during a pause for care. */
  noteMax: 2_000,
  /** The group's support contacts (local support line, on-site staff). */
  contactsMax: 1_000,
} as const;

export const careNoteSchema = z.string().max(CARE_LIMITS.noteMax, { error: 'noteTooLong' });
export const careContactsSchema = z.string().max(CARE_LIMITS.contactsMax, { error: 'contactsTooLong' });

/** How a pause for care ended, as the facilitator says on resuming; 'none' records nothing. */
export type CareOutcome = 'settled' | 'followUp' | 'none';

export const CARE_OUTCOMES: readonly CareOutcome[] = ['settled', 'followUp', 'none'];

/** The safety flag (DOMAIN.md §5.1 item 8) an outcome counts under. */
export function outcomeFlag(outcome: CareOutcome): SafetyFlag | null {
  return outcome === 'settled' ? 'distressSettled' : outcome === 'followUp' ? 'followUpOffered' : null;
}

/** One more occurrence in a flag's count band: 0 → 1 → 2+ (and 2+ stays). */
export function nextBand(band: FlagBand | undefined): FlagBand {
  return band === '1' || band === '2+' ? '2+' : '1';
}

/** A grounding exercise from the method library: a title and calm steps, in both languages. */
export interface GroundingExercise {
  id: string;
  title: LocalText;
  steps: readonly LocalText[];
}

/** Grounding exercises for the care panel; wording is this project's own. */
export const GROUNDING_EXERCISES: readonly GroundingExercise[] = [
  {
    id: 'senses',
    title: { en: 'Five things around you', it: 'Cinque cose intorno a te' },
    steps: [
      { en: 'Invite, never insist: “Would you like to try something with me?”', it: 'Proponi, non insistere: «Ti va di provare una cosa insieme?»' },
      { en: 'Name five things you can see in the room.', it: 'Nomina cinque cose che vedi nella stanza.' },
      { en: 'Four things you can touch: the chair, your sleeve, the table.', it: 'Quattro cose che puoi toccare: la sedia, la manica, il tavolo.' },
      { en: 'Three things you can hear, two you can smell, one you can taste.', it: 'Tre cose che senti, due odori, un sapore.' },
      { en: 'Feet on the floor. Breathe out slowly, a little longer than you breathe in.', it: 'Piedi a terra. Espira piano, un po’ più a lungo di quanto inspiri.' },
    ],
  },
  {
    id: 'riverbank',
    title: { en: 'Back to the riverbank', it: 'Di nuovo sulla riva' },
    steps: [
      { en: 'Remind the group: we talk from the riverbank, not from inside the river.', it: 'Ricorda al gruppo: parliamo dalla riva, non da dentro il fiume.' },
      { en: 'Strong feelings are normal here; anyone may take time out, and a co-facilitator goes with them.', it: 'Le emozioni forti sono normali; chiunque può prendersi una pausa, e un co-facilitatore lo accompagna.' },
      { en: 'Return to the trunk: a skill or value on your tree that helps you now.', it: 'Torna al tronco: una capacità o un valore del tuo albero che ti aiuta adesso.' },
    ],
  },
];
