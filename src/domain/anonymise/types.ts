import type { Lang } from '../types';

/** What a finding is: decides its placeholder and, on overlap, which finding wins (see `overlaps.ts`). */
export type FindingType =
  | 'ROSTER_NAME'
  | 'PERSON'
  | 'EMAIL'
  | 'PHONE'
  | 'DATE'
  | 'AGE'
  | 'ADDRESS'
  | 'POSTCODE'
  | 'ID_NUMBER'
  | 'URL'
  | 'LOCATION'
  | 'ORGANISATION'
  | 'HANDLE'
  | 'CONDITION'
  | 'DENY_LIST';

/** One piece of text to take out. `start`/`end` index the input text (end exclusive). */
export interface Finding {
  start: number;
  end: number;
  type: FindingType;
  /** The input text between start and end, for the review screen. */
  original: string;
  /** The placeholder to print instead of the type's own, e.g. a numbered pseudonym ("[Person 1]"). */
  label?: string;
}

export interface AnonymiseContext {
  /** The group's participants: the alias is shown, the names are taken out. */
  roster: { alias: string; names: string[] }[];
  /** The group's own terms that must never reach an export (a ward, a rare disease, a village). */
  denyList?: string[];
  /**
   * Names already found as people elsewhere in the same record (see `personWords`): their other mentions here
   * are found too, whatever surrounds them.
   */
  knownNames?: readonly string[];
  /**
   * The alias of the participant who wrote the text (a tree note). Other members' aliases in it are then
   * flagged as roster names: the cross-member guard.
   */
  author?: string;
  /** Language of the placeholders; guessed from the text when missing. */
  lang?: Lang;
}

export interface AnonymiseResult {
  /** The text with every finding replaced by its placeholder. */
  text: string;
  /** Sorted by start, never overlapping. */
  findings: Finding[];
}

/** A span of the input text, before it gets a type. */
export interface Span {
  start: number;
  end: number;
}
