import { z } from 'zod';
import { newId } from '../ids';
import { THEME_ZONES } from '../zones';
import type { FlagBand, SafetyFlag, SessionRecord, SizeBand, SupportType, Theme, ThemeZoneId } from '../types';

/**
 * The facilitator's session record: its empty shape, how a stored row is read back (older rows may lack
 * newer fields), and the caps every write is checked against. Error messages are i18n keys.
 */

export const SUPPORT_TYPES: readonly SupportType[] = ['emotional', 'esteem', 'network', 'informational', 'tangible'];
export const SAFETY_FLAGS: readonly SafetyFlag[] = ['distressSettled', 'followUpOffered', 'safeguarding', 'groupConflict', 'accessibility'];
export const FLAG_BANDS: readonly FlagBand[] = ['0', '1', '2+'];
export const SIZE_BANDS: readonly SizeBand[] = ['one', 'several', 'most'];
export const RATING_SCALE = 5;

export const RECORD_LIMITS = {
  /** Any free-text field. */
  textMax: 10_000,
  /** One theme: a short group-level paraphrase. */
  themeMax: 500,
  themesMax: 100,
  /** One per-activity change reason. */
  reasonMax: 500,
  facilitatorRolesMax: 200,
  /** Ideas or resources per support type. */
  supportCountMax: 999,
  /** Feedback forms in one session. */
  ratingsMax: 500,
} as const;

/** The free-text fields of a record, each capped at RECORD_LIMITS.textMax. */
export const RECORD_TEXT_FIELDS = [
  'collectiveDocument',
  'messageToOthers',
  'signposted',
  'groupProcess',
  'deliveryNotes',
  'reflection',
  'nextSteps',
  'privateNotes',
] as const satisfies readonly (keyof SessionRecord)[];

export type RecordTextField = (typeof RECORD_TEXT_FIELDS)[number];

/** What a facilitator can change on a record; bookkeeping (ids, updatedAt) is the repository's. */
export type RecordPatch = Partial<Omit<SessionRecord, 'sessionId' | 'groupId' | 'updatedAt'>>;

/** A fresh record for a session: nothing written, no flags, every count zero. */
export function emptyRecord(sessionId: string, groupId: string, now = 0): SessionRecord {
  return {
    sessionId,
    groupId,
    themes: [],
    collectiveDocument: '',
    messageToOthers: '',
    supportMap: { emotional: 0, esteem: 0, network: 0, informational: 0, tangible: 0 },
    signposted: '',
    groupProcess: '',
    safetyFlags: { distressSettled: '0', followUpOffered: '0', safeguarding: '0', groupConflict: '0', accessibility: '0' },
    deliveryNotes: '',
    delivered: {},
    changeReasons: {},
    reflection: '',
    nextSteps: '',
    feedbackRatings: [],
    privateNotes: '',
    facilitatorRoles: '',
    reviewDecisions: [],
    reviewTerms: [],
    updatedAt: now,
  };
}

/** A stored row read back with every field present (rows written before a field existed get its default). */
export function normaliseRecord(stored: Partial<SessionRecord> & Pick<SessionRecord, 'sessionId' | 'groupId'>): SessionRecord {
  const empty = emptyRecord(stored.sessionId, stored.groupId);
  return {
    ...empty,
    ...stored,
    supportMap: { ...empty.supportMap, ...stored.supportMap },
    safetyFlags: { ...empty.safetyFlags, ...stored.safetyFlags },
    delivered: { ...stored.delivered },
    changeReasons: { ...stored.changeReasons },
    themes: [...(stored.themes ?? [])],
    feedbackRatings: [...(stored.feedbackRatings ?? [])],
    reviewDecisions: [...(stored.reviewDecisions ?? [])],
    reviewTerms: [...(stored.reviewTerms ?? [])],
  };
}

/** A new theme with a fresh id. */
export function newTheme(zone: ThemeZoneId, text: string, band: SizeBand): Theme {
  return { id: newId(), zone, text: text.trim(), band };
}

const TOO_LONG = { error: 'common:errors.tooLong' } as const;
const INVALID = { error: 'record:errors.invalid' } as const;
const text = (max: number) => z.string(INVALID).max(max, TOO_LONG);
const count = z.number(INVALID).int(INVALID).min(0, INVALID).max(RECORD_LIMITS.supportCountMax, { error: 'common:errors.range' });

const themeSchema = z.object({
  id: z.string().min(1),
  zone: z.enum(THEME_ZONES as unknown as [ThemeZoneId, ...ThemeZoneId[]], INVALID),
  text: z.string(INVALID).trim().min(1, { error: 'common:errors.required' }).max(RECORD_LIMITS.themeMax, TOO_LONG),
  band: z.enum(SIZE_BANDS as unknown as [SizeBand, ...SizeBand[]], INVALID),
});

const patchSchema = z
  .object({
    themes: z.array(themeSchema).max(RECORD_LIMITS.themesMax, { error: 'record:errors.tooManyThemes' }),
    collectiveDocument: text(RECORD_LIMITS.textMax),
    messageToOthers: text(RECORD_LIMITS.textMax),
    signposted: text(RECORD_LIMITS.textMax),
    groupProcess: text(RECORD_LIMITS.textMax),
    deliveryNotes: text(RECORD_LIMITS.textMax),
    reflection: text(RECORD_LIMITS.textMax),
    nextSteps: text(RECORD_LIMITS.textMax),
    privateNotes: text(RECORD_LIMITS.textMax),
    facilitatorRoles: text(RECORD_LIMITS.facilitatorRolesMax),
    supportMap: z.object({ emotional: count, esteem: count, network: count, informational: count, tangible: count }),
    safetyFlags: z.record(z.enum(SAFETY_FLAGS as unknown as [SafetyFlag, ...SafetyFlag[]]), z.enum(['0', '1', '2+'], INVALID)),
    delivered: z.record(z.string(), z.boolean(INVALID)),
    changeReasons: z.record(z.string(), text(RECORD_LIMITS.reasonMax)),
    feedbackRatings: z
      .array(z.number(INVALID).int(INVALID).min(1, INVALID).max(RATING_SCALE, INVALID))
      .max(RECORD_LIMITS.ratingsMax, { error: 'common:errors.range' }),
    reviewDecisions: z
      .array(
        z.object({
          field: z.string(INVALID).min(1, INVALID).max(200, INVALID),
          textHash: z.string(INVALID).min(1, INVALID).max(64, INVALID),
          undone: z.array(z.string(INVALID).max(300, INVALID)).max(2000, INVALID),
        }).strict(),
      )
      .max(1000, INVALID),
    reviewTerms: z.array(z.string(INVALID).trim().min(1, INVALID).max(200, INVALID)).max(200, INVALID),
  })
  .partial()
  .strict();

/** One refusal of a record write: the field, an i18n key and its values. */
export interface RecordFieldError {
  field: string;
  key: string;
  values: Record<string, string | number>;
}

/** Check a patch against the caps; returns the first problem, or null when it can be stored. */
export function checkRecordPatch(patch: RecordPatch): RecordFieldError | null {
  const parsed = patchSchema.safeParse(patch);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? 'record');
  const values: Record<string, string | number> = {};
  if (issue.code === 'too_big') values.max = Number(issue.maximum);
  if (issue.code === 'too_small') values.min = Number(issue.minimum);
  if (field === 'supportMap') Object.assign(values, { min: 0, max: RECORD_LIMITS.supportCountMax });
  if (field === 'feedbackRatings' && issue.code === 'too_big') Object.assign(values, { min: 0, max: RECORD_LIMITS.ratingsMax });
  const key = issue.message.includes(':') ? issue.message : 'record:errors.invalid';
  return { field, key, values };
}

/** Ratings as counts per score (index 0 = score 1): how a facilitator tallies paper forms. */
export function ratingCounts(ratings: readonly number[]): number[] {
  const counts = Array.from({ length: RATING_SCALE }, () => 0);
  for (const r of ratings) if (Number.isInteger(r) && r >= 1 && r <= RATING_SCALE) counts[r - 1]! += 1;
  return counts;
}

/** The inverse of ratingCounts: one entry per returned form, lowest score first. */
export function ratingsFromCounts(counts: readonly number[]): number[] {
  return counts.flatMap((n, i) => Array.from({ length: Math.max(0, Math.floor(n)) }, () => i + 1));
}
