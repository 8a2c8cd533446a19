import type { Finding, FindingType } from './types';

/**
 * Which finding wins when two overlap. Roster names and deny-list terms come first, then structured
 * identifiers, then guesses from words (people, places, conditions).
 */
const TIER: Record<FindingType, number> = {
  ROSTER_NAME: 3,
  DENY_LIST: 3,
  EMAIL: 2,
  URL: 2,
  HANDLE: 2,
  ID_NUMBER: 2,
  PHONE: 2,
  ADDRESS: 2,
  POSTCODE: 2,
  DATE: 2,
  AGE: 2,
  LOCATION: 1,
  ORGANISATION: 1,
  CONDITION: 1,
  PERSON: 1,
};

/** Tie-break between findings of the same tier and length. */
const ORDER: readonly FindingType[] = [
  'ROSTER_NAME',
  'DENY_LIST',
  'EMAIL',
  'URL',
  'HANDLE',
  'ID_NUMBER',
  'PHONE',
  'ADDRESS',
  'POSTCODE',
  'DATE',
  'AGE',
  'ORGANISATION',
  'LOCATION',
  'CONDITION',
  'PERSON',
];

function rank(a: Finding, b: Finding): number {
  return (
    TIER[b.type] - TIER[a.type] ||
    b.end - b.start - (a.end - a.start) ||
    ORDER.indexOf(a.type) - ORDER.indexOf(b.type) ||
    a.start - b.start
  );
}

function overlaps(a: Finding, b: Finding): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(outer: Finding, inner: Finding): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

/**
 * The parts of a losing PERSON finding that no winner covers, as new PERSON findings, so a surname next to a
 * roster first name is still taken out ("Anna" roster + "Anna Bianchi" person → "Bianchi").
 */
function leftoverNames(text: string, loser: Finding, winners: readonly Finding[]): Finding[] {
  const pieces: Finding[] = [];
  let cursor = loser.start;
  const blockers = winners.filter((winner) => overlaps(winner, loser)).sort((a, b) => a.start - b.start);
  for (const blocker of [...blockers, { start: loser.end, end: loser.end }]) {
    const piece = text.slice(cursor, Math.min(blocker.start, loser.end));
    const name = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*/u.exec(piece);
    if (name && /\p{Ll}/u.test(name[0])) {
      const start = cursor + name.index;
      pieces.push({ start, end: start + name[0].length, type: 'PERSON', original: name[0] });
    }
    cursor = Math.max(cursor, blocker.end);
  }
  return pieces;
}

/** Index of the first accepted finding (sorted, non-overlapping) that ends after `start`. */
function firstEndingAfter(accepted: readonly Finding[], start: number): number {
  let low = 0;
  let high = accepted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((accepted[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The accepted findings that overlap a span, as a range [from, to) of the sorted list. */
function clashRange(accepted: readonly Finding[], span: Finding): [number, number] {
  const from = firstEndingAfter(accepted, span.start);
  let to = from;
  while (to < accepted.length && (accepted[to]?.start ?? Infinity) < span.end) to++;
  return [from, to];
}

/** Adds a finding to the sorted list of accepted findings, if it overlaps none. */
function insertIfFree(accepted: Finding[], finding: Finding): void {
  const [from, to] = clashRange(accepted, finding);
  if (from === to) accepted.splice(from, 0, finding);
}

/**
 * Makes findings sorted and non-overlapping. A finding that strictly contains the findings it overlaps wins
 * (a larger redaction hides them all). Otherwise roster and deny-list beat structured identifiers, which beat
 * people, places and conditions; then the longer wins. A person's name that partly loses keeps its remaining
 * capitalised words.
 */
export function resolveOverlaps(text: string, candidates: readonly Finding[]): Finding[] {
  const accepted: Finding[] = [];
  const queue = candidates.filter((finding) => finding.end > finding.start).sort(rank);
  for (const candidate of queue) {
    const [from, to] = clashRange(accepted, candidate);
    const clashes = accepted.slice(from, to);
    if (clashes.length === 0 || clashes.every((finding) => contains(candidate, finding))) {
      accepted.splice(from, to - from, candidate);
    } else if (candidate.type === 'PERSON') {
      for (const piece of leftoverNames(text, candidate, clashes)) insertIfFree(accepted, piece);
    }
  }
  return accepted;
}
