import { anonymise, type Finding } from '../../src/domain/anonymise';

/**
 * Scores the anonymiser on a labelled corpus the way a privacy reviewer would: a label counts as caught when
 * its identifying words are inside findings (whatever type the findings have: what matters is that the label
 * does not reach the summary), and a finding counts as a false alarm when it overlaps no label.
 */

export interface CorpusEntry {
  id: string;
  lang: 'en' | 'it';
  roster: { alias: string; names: string[] }[];
  denyList?: string[];
  text: string;
  expected: { type: string; original: string; occurrence?: number }[];
  mustKeep?: string[];
}

/** The scorer's categories. ORGANISATION and HANDLE are the dev and held-out corpora's extra label types. */
export const CATEGORIES: Record<string, string> = {
  ROSTER_NAME: 'roster',
  EMAIL: 'structured',
  PHONE: 'structured',
  ID_NUMBER: 'structured',
  URL: 'structured',
  HANDLE: 'structured',
  POSTCODE: 'structured',
  ADDRESS: 'structured',
  PERSON: 'person',
  LOCATION: 'place/org',
  ORGANISATION: 'place/org',
  AGE: 'age/date',
  DATE: 'age/date',
  CONDITION: 'other',
  DENY_LIST: 'other',
};

export const CATEGORY_ORDER = ['roster', 'structured', 'person', 'place/org', 'age/date', 'other'] as const;
/** Leaks: roster names and structured identifiers that reach the output. */
const LEAK_CATEGORIES = new Set(['roster', 'structured']);

interface Span {
  start: number;
  end: number;
}

/** Offsets of every occurrence of `needle` that no letter or digit touches on either side. */
export function wholeWordOccurrences(text: string, needle: string): number[] {
  const offsets: number[] = [];
  const touches = (character: string, edge: string): boolean => /[\p{L}\p{N}]/u.test(character) && /[\p{L}\p{N}]/u.test(edge);
  for (let from = text.indexOf(needle); from >= 0; from = text.indexOf(needle, from + 1)) {
    const before = text[from - 1] ?? '';
    const after = text[from + needle.length] ?? '';
    if (!touches(before, needle[0] ?? '') && !touches(after, needle.at(-1) ?? '')) offsets.push(from);
  }
  return offsets;
}

/** Places each label on the text: the n-th listing of a substring is its n-th occurrence unless told. */
export function locateLabels(entry: CorpusEntry): (Span & { type: string; original: string })[] {
  const listed = new Map<string, number>();
  return entry.expected.map((label) => {
    const occurrences = wholeWordOccurrences(entry.text, label.original);
    const seen = listed.get(label.original) ?? 0;
    listed.set(label.original, seen + 1);
    const start = occurrences[label.occurrence ?? seen];
    if (start === undefined) throw new Error(`${entry.id}: cannot find "${label.original}"`);
    if (!(label.type in CATEGORIES)) throw new Error(`${entry.id}: unknown type ${label.type}`);
    return { type: label.type, original: label.original, start, end: start + label.original.length };
  });
}

/**
 * Whether a label is taken out. When it has capitalised or numeric words, those must be inside findings (the
 * small words between them, "di" in "Policlinico di Modena", identify nobody); otherwise every letter must be.
 */
function covered(text: string, span: Span, findings: readonly Finding[]): boolean {
  const inside = (at: number): boolean => findings.some((finding) => finding.start <= at && at < finding.end);
  const words = [...text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}]+/gu)];
  const identifying = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word[0]));
  for (const word of identifying.length > 0 ? identifying : words) {
    for (let at = span.start + word.index; at < span.start + word.index + word[0].length; at++) if (!inside(at)) return false;
  }
  return true;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export interface CorpusScore {
  texts: number;
  characters: number;
  /** Labels and caught labels per category. */
  recall: Map<string, { labelled: number; caught: number }>;
  findings: number;
  falseAlarms: number;
  leaks: number;
  misses: string[];
  alarms: string[];
}

export function scoreCorpus(entries: readonly CorpusEntry[]): CorpusScore {
  const recall = new Map<string, { labelled: number; caught: number }>(CATEGORY_ORDER.map((c) => [c, { labelled: 0, caught: 0 }]));
  const score: CorpusScore = { texts: entries.length, characters: 0, recall, findings: 0, falseAlarms: 0, leaks: 0, misses: [], alarms: [] };
  for (const entry of entries) {
    score.characters += entry.text.length;
    const labels = locateLabels(entry);
    const { findings } = anonymise(entry.text, { roster: entry.roster, denyList: entry.denyList ?? [], lang: entry.lang });
    for (const label of labels) {
      const category = CATEGORIES[label.type] ?? 'other';
      const row = recall.get(category)!;
      row.labelled++;
      if (covered(entry.text, label, findings)) row.caught++;
      else {
        score.misses.push(`${entry.id} missed ${label.type} "${label.original}"`);
        if (LEAK_CATEGORIES.has(category)) score.leaks++;
      }
    }
    score.findings += findings.length;
    for (const finding of findings) {
      if (labels.some((label) => overlaps(label, finding))) continue;
      score.falseAlarms++;
      const keep = (entry.mustKeep ?? []).some((word) =>
        wholeWordOccurrences(entry.text, word).some((start) => overlaps({ start, end: start + word.length }, finding)),
      );
      score.alarms.push(`${entry.id} false ${finding.type} "${finding.original}"${keep ? ' (must keep)' : ''}`);
    }
  }
  return score;
}

/**
 * Characters anonymised per second over the whole corpus: the best of repeated timed passes after a warm-up,
 * run for at least a second and a half so that other work on a shared machine disturbs the figure less.
 */
export function charactersPerSecond(entries: readonly CorpusEntry[], minimumMs = 1500): number {
  const run = (): void => {
    for (const entry of entries) anonymise(entry.text, { roster: entry.roster, denyList: entry.denyList ?? [], lang: entry.lang });
  };
  run();
  const characters = entries.reduce((sum, entry) => sum + entry.text.length, 0);
  let best = Infinity;
  const started = performance.now();
  for (let pass = 0; pass < 5 || performance.now() - started < minimumMs; pass++) {
    const passStarted = performance.now();
    run();
    best = Math.min(best, performance.now() - passStarted);
  }
  return characters / (best / 1000);
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}
