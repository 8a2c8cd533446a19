import { emptyConsent, setConsent } from './consent';
import { PARTICIPANT_COLORS } from './participantStyle';
import type { Consent, ConsentPurpose, Lang } from './types';
import { defaultGroupInput, normalizeKey, type GroupInput, type ParticipantInput } from './validation';

/**
 * The demo group behind "Load a sample group": realistic enough to try every screen at once, and
 * private by construction — aliases only, no real names anywhere (redactNames stay empty).
 */

const SAMPLE_NAMES: Record<Lang, string> = {
  en: 'Sample group – outpatient Tree of Life',
  it: "Gruppo di esempio – Albero della Vita in ambulatorio",
};

/** Fictional terms so the deny-list can be tried; they name no real place or ward. */
const SAMPLE_DENY_LIST: Record<Lang, string[]> = {
  en: ['Ward 7', 'Riverside Clinic'],
  it: ['Reparto 7', 'Ambulatorio Lungofiume'],
};

type ConsentAnswer = 'given' | 'withdrawn' | 'unanswered';

interface SampleMember {
  alias: Record<Lang, string>;
  color: string;
  symbol: ParticipantInput['symbol'];
  /** Answers per purpose, in CONSENT order: group display, projector, print, summary. */
  answers: [ConsentAnswer, ConsentAnswer, ConsentAnswer, ConsentAnswer];
}

const hex = (id: string) => PARTICIPANT_COLORS.find((c) => c.id === id)!.hex;

/** Six people, with the spread of consent choices a real group has (some withdrawn, some not asked yet). */
const MEMBERS: SampleMember[] = [
  { alias: { en: 'Oak', it: 'Quercia' }, color: hex('green'), symbol: 'leaf', answers: ['given', 'given', 'given', 'given'] },
  { alias: { en: 'Willow', it: 'Salice' }, color: hex('sky'), symbol: 'drop', answers: ['given', 'given', 'given', 'withdrawn'] },
  { alias: { en: 'River', it: 'Fiume' }, color: hex('blue'), symbol: 'wave', answers: ['given', 'unanswered', 'unanswered', 'given'] },
  { alias: { en: 'Robin', it: 'Pettirosso' }, color: hex('vermillion'), symbol: 'bird', answers: ['given', 'given', 'unanswered', 'given'] },
  { alias: { en: 'Fern', it: 'Felce' }, color: hex('teal'), symbol: 'flower', answers: ['unanswered', 'unanswered', 'unanswered', 'unanswered'] },
  { alias: { en: 'Birch', it: 'Betulla' }, color: hex('orange'), symbol: 'sun', answers: ['given', 'withdrawn', 'given', 'given'] },
];

const PURPOSE_ORDER: readonly ConsentPurpose[] = ['groupDisplay', 'projector', 'print', 'summary'];

/** "DEMO-01", or the next free "DEMO-nn" when a sample group was loaded before. */
export function sampleCode(existingCodes: readonly string[]): string {
  const taken = new Set(existingCodes.map(normalizeKey));
  for (let n = 1; n < 1000; n += 1) {
    const code = `DEMO-${String(n).padStart(2, '0')}`;
    if (!taken.has(normalizeKey(code))) return code;
  }
  throw new Error('No free sample code');
}

/** The sample group's settings, in the facilitator's language. */
export function sampleGroupInput(lang: Lang, existingCodes: readonly string[]): GroupInput {
  return {
    ...defaultGroupInput(lang),
    code: sampleCode(existingCodes),
    name: SAMPLE_NAMES[lang],
    settingType: 'hospital-outpatient',
    datePrecision: 'isoWeek',
    denyList: SAMPLE_DENY_LIST[lang],
  };
}

export interface SampleParticipant {
  input: ParticipantInput;
  consent: Consent;
}

/**
 * The sample roster. Consent answers are stamped a little before `now`, as if collected at the start of
 * the first session, and withdrawals a little after that.
 */
export function sampleParticipants(lang: Lang, now: number): SampleParticipant[] {
  const givenAt = now - 20 * 60_000;
  const withdrawnAt = now - 5 * 60_000;
  return MEMBERS.map((member) => {
    let consent = emptyConsent();
    member.answers.forEach((answer, index) => {
      const purpose = PURPOSE_ORDER[index]!;
      if (answer === 'unanswered') return;
      consent = setConsent(consent, purpose, true, givenAt);
      if (answer === 'withdrawn') consent = setConsent(consent, purpose, false, withdrawnAt);
    });
    return {
      input: { alias: member.alias[lang], color: member.color, symbol: member.symbol, redactNames: [] },
      consent,
    };
  });
}

/** A calendar date (yyyy-mm-dd) in local time: the sample programme starts today so it can be run at once. */
export function localIsoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
