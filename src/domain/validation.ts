import { z } from 'zod';
import type { DatePrecision, Group, Lang, Participant, SettingType, SymbolName, ZoneId } from './types';
import { DEFAULT_ZONE_LABELS, ZONES } from './zones';

/**
 * Rules for what a facilitator types about groups and participants. Pure: the forms call these to show
 * every problem at once, and the repositories call them again before writing, so nothing invalid is stored.
 * Error messages are i18n keys ("ns:path"); the screen that shows them translates them.
 */

export const LIMITS = {
  codeMin: 2,
  codeMax: 20,
  nameMax: 80,
  aliasMax: 30,
  redactNameMax: 60,
  redactNamesMax: 10,
  denyTermMax: 100,
  denyListMax: 200,
  zoneLabelMax: 40,
  kMin: 5,
  kMax: 10,
  retentionMin: 1,
  retentionMax: 3650,
  pinMin: 4,
  pinMax: 8,
} as const;

/** Letters, digits, dash and underscore: safe in file names and never a sentence that could identify anyone. */
export const CODE_PATTERN = /^[A-Za-z0-9_-]+$/;

export const SETTING_TYPES = [
  'peer-community',
  'patient-association',
  'hospital-outpatient',
  'hospital-day-unit',
  'hospital-inpatient',
  'other',
] as const satisfies readonly SettingType[];

export const LANGS = ['en', 'it'] as const satisfies readonly Lang[];
export const DATE_PRECISIONS = ['day', 'isoWeek'] as const satisfies readonly DatePrecision[];
const SYMBOL_NAMES = ['leaf', 'star', 'sun', 'moon', 'drop', 'heart', 'bird', 'flower', 'stone', 'wave'] as const satisfies readonly SymbolName[];
const ZONE_IDS = ZONES as unknown as readonly [ZoneId, ...ZoneId[]];

export const DEFAULT_K = 5;
export const DEFAULT_RETENTION_DAYS = 30;

/** One refusal, ready for `t(key, values)`. */
export interface FieldError {
  key: string;
  values: Record<string, string | number>;
}

export type FieldErrors<F extends string = string> = Partial<Record<F, FieldError>>;

export type Validated<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

const REQUIRED = { error: 'common:errors.required', abort: true } as const;
const TOO_LONG = { error: 'common:errors.tooLong', abort: true } as const;
const RANGE = { error: 'common:errors.range' } as const;
const CHOOSE = { error: 'groups:errors.choose' } as const;

/** Number fields report their allowed range with every message, whatever the failed check was. */
const RANGES: Record<string, { min: number; max: number }> = {
  suppressionK: { min: LIMITS.kMin, max: LIMITS.kMax },
  retentionDays: { min: LIMITS.retentionMin, max: LIMITS.retentionMax },
};

function rangedInt(min: number, max: number) {
  return z.number(RANGE).int(RANGE).min(min, RANGE).max(max, RANGE);
}

const groupCode = z
  .string(REQUIRED)
  .trim()
  .min(1, REQUIRED)
  .min(LIMITS.codeMin, { error: 'groups:errors.codeTooShort', abort: true })
  .max(LIMITS.codeMax, TOO_LONG)
  .regex(CODE_PATTERN, { error: 'groups:errors.codeFormat' });

const zoneLabelsSchema = z.partialRecord(
  z.enum(LANGS),
  z.partialRecord(z.enum(ZONE_IDS), z.string().trim().max(LIMITS.zoneLabelMax, TOO_LONG)),
);

export const groupInputSchema = z.object({
  code: groupCode,
  name: z.string(REQUIRED).trim().min(1, REQUIRED).max(LIMITS.nameMax, TOO_LONG),
  settingType: z.enum(SETTING_TYPES, CHOOSE),
  lang: z.enum(LANGS, CHOOSE),
  datePrecision: z.enum(DATE_PRECISIONS, CHOOSE),
  suppressionK: rangedInt(LIMITS.kMin, LIMITS.kMax),
  zoneLabels: zoneLabelsSchema,
  denyList: z
    .array(z.string().trim().min(1, REQUIRED).max(LIMITS.denyTermMax, { error: 'groups:errors.denyTermTooLong', abort: true }))
    .max(LIMITS.denyListMax, { error: 'groups:errors.denyListTooLong' }),
  retentionDays: rangedInt(LIMITS.retentionMin, LIMITS.retentionMax),
});

/** Everything a facilitator sets on a group; the rest of `Group` is bookkeeping. */
export type GroupInput = Pick<
  Group,
  'code' | 'name' | 'settingType' | 'lang' | 'datePrecision' | 'suppressionK' | 'zoneLabels' | 'denyList' | 'retentionDays'
>;
export type GroupField = keyof GroupInput;

/** The settings of a new group before the facilitator changes anything. */
export function defaultGroupInput(lang: Lang): GroupInput {
  return {
    code: '',
    name: '',
    settingType: 'peer-community',
    lang,
    datePrecision: 'day',
    suppressionK: DEFAULT_K,
    zoneLabels: {},
    denyList: [],
    retentionDays: DEFAULT_RETENTION_DAYS,
  };
}

/** Check and tidy group settings: trimmed text, no empty or default zone labels, a de-duplicated deny-list. */
export function validateGroupInput(input: GroupInput): Validated<GroupInput, GroupField> {
  const parsed = groupInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: toFieldErrors<GroupField>(parsed.error.issues) };
  const value = parsed.data;
  return {
    ok: true,
    value: { ...value, zoneLabels: tidyZoneLabels(value.zoneLabels), denyList: uniqueTerms(value.denyList) },
  };
}

export const participantInputSchema = z
  .object({
    alias: z.string(REQUIRED).trim().min(1, REQUIRED).max(LIMITS.aliasMax, TOO_LONG),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'roster:errors.color' }),
    symbol: z.enum(SYMBOL_NAMES, CHOOSE),
    redactNames: z
      .array(z.string().trim().min(1, REQUIRED).max(LIMITS.redactNameMax, { error: 'roster:errors.redactNameTooLong', abort: true }))
      .max(LIMITS.redactNamesMax, { error: 'roster:errors.tooManyNames' }),
  })
  .superRefine((value, ctx) => {
    // An alias that is also one of the person's real names would defeat the point of the alias.
    const alias = normalizeKey(value.alias);
    if (alias && value.redactNames.some((name) => normalizeKey(name) === alias)) {
      ctx.addIssue({ code: 'custom', path: ['alias'], message: 'roster:errors.aliasIsPrivateName' });
    }
  });

export type ParticipantInput = Pick<Participant, 'alias' | 'color' | 'symbol' | 'redactNames'>;
export type ParticipantField = keyof ParticipantInput;

/** Check and tidy a participant: trimmed alias, private names trimmed and de-duplicated. */
export function validateParticipantInput(input: ParticipantInput): Validated<ParticipantInput, ParticipantField> {
  const parsed = participantInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: toFieldErrors<ParticipantField>(parsed.error.issues) };
  return { ok: true, value: { ...parsed.data, redactNames: uniqueTerms(parsed.data.redactNames) } };
}

const pinSchema = z.string().regex(new RegExp(`^\\d{${LIMITS.pinMin},${LIMITS.pinMax}}$`), { error: 'settings:errors.pin' });

/** A participant-mode PIN is 4 to 8 digits; an empty field means "no PIN". */
export function validatePin(text: string): Validated<string | null, 'pin'> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const parsed = pinSchema.safeParse(trimmed);
  if (!parsed.success) return { ok: false, errors: { pin: { key: 'settings:errors.pin', values: { min: LIMITS.pinMin, max: LIMITS.pinMax } } } };
  return { ok: true, value: parsed.data };
}

/** How two codes or aliases are compared for uniqueness: trimmed and case-insensitive. */
export function normalizeKey(text: string): string {
  return text.trim().normalize('NFC').toLocaleLowerCase();
}

/** Whether a code is already used by another group (case-insensitive). */
export function isCodeTaken(code: string, groups: readonly Pick<Group, 'id' | 'code'>[], exceptId?: string): boolean {
  const key = normalizeKey(code);
  return groups.some((group) => group.id !== exceptId && normalizeKey(group.code) === key);
}

/** Whether an alias is already used by another participant of the same group (case-insensitive). */
export function isAliasTaken(alias: string, participants: readonly Pick<Participant, 'id' | 'alias'>[], exceptId?: string): boolean {
  const key = normalizeKey(alias);
  return participants.some((participant) => participant.id !== exceptId && normalizeKey(participant.alias) === key);
}

/** The non-empty, trimmed lines of a text area: how deny-lists and private names are typed. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A number typed in a field; an empty field is not a number (so it is refused, not read as 0). */
export function parseNumberField(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

function uniqueTerms(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = normalizeKey(term);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Keep only labels that say something different from the default, so defaults can improve later. */
function tidyZoneLabels(labels: GroupInput['zoneLabels']): GroupInput['zoneLabels'] {
  const result: GroupInput['zoneLabels'] = {};
  for (const lang of LANGS) {
    const entries = Object.entries(labels[lang] ?? {}).filter(
      ([zone, label]) => label && label.trim() && label.trim() !== DEFAULT_ZONE_LABELS[lang][zone as ZoneId],
    );
    if (entries.length > 0) result[lang] = Object.fromEntries(entries.map(([zone, label]) => [zone, label!.trim()]));
  }
  return result;
}

function toFieldErrors<F extends string>(issues: readonly z.core.$ZodIssue[]): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '') as F;
    if (errors[field]) continue; // the first problem per field is the one to fix first
    const values: Record<string, string | number> = { ...RANGES[field] };
    if (issue.code === 'too_big') values.max = Number(issue.maximum);
    if (issue.code === 'too_small') values.min = Number(issue.minimum);
    if (typeof issue.path[1] === 'number') values.line = issue.path[1] + 1;
    if (typeof issue.path[1] === 'string') values.lang = issue.path[1];
    if (typeof issue.path[2] === 'string') values.zone = issue.path[2];
    const key = issue.message.includes(':') ? issue.message : 'groups:errors.choose';
    errors[field] = { key, values };
  }
  return errors;
}
