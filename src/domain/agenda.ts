import { z } from 'zod';
import { newId } from './ids';
import type { AgendaBlock, BlockKind, MethodPart, Session, ThemeZoneId } from './types';

/** Limits on what a facilitator can type into the planner. */
export const LIMITS = {
  titleMax: 120,
  minutesMin: 1,
  minutesMax: 300,
  notesMax: 10_000,
  materialsMax: 2_000,
  promptMax: 500,
  promptsMax: 20,
  blocksMax: 100,
  sessionMinutesMin: 10,
  sessionMinutesMax: 720,
  sessionNumberMax: 99,
  guestsMax: 500,
} as const;

/** Re-telling: tell 5 + witnesses 4 + handover 1 = about 10 minutes per participant (DOMAIN.md §2.3). */
export const RETELLING_MINUTES_PER_PARTICIPANT = 10;
/** Above this many participants re-telling gets long (warning); above the hard limit the group is too big. */
export const GROUP_SIZE_WARN = 10;
export const GROUP_SIZE_HARD = 12;

export const BLOCK_KINDS: readonly BlockKind[] = [
  'welcome',
  'agreement',
  'checkin',
  'warmup',
  'drawing',
  'zone',
  'sharing',
  'forest',
  'retelling',
  'collective',
  'storms',
  'supportMap',
  'certificates',
  'celebration',
  'feedback',
  'break',
  'closing',
  'custom',
];

export const METHOD_PARTS: readonly MethodPart[] = ['tree', 'forest', 'storms', 'celebration', 'dropIn', 'other'];

const ZONE_IDS = ['roots', 'ground', 'trunk', 'branches', 'leaves', 'fruits', 'flowers', 'compost', 'forest', 'storms'] as const satisfies readonly ThemeZoneId[];

// Each message is a code; screens translate it as `sessions:validation.<code>` with LIMITS as values.
const promptSchema = z.object({
  en: z.string().max(LIMITS.promptMax, { error: 'promptTooLong' }),
  it: z.string().max(LIMITS.promptMax, { error: 'promptTooLong' }),
});

export const blockSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1, { error: 'titleRequired' }).max(LIMITS.titleMax, { error: 'titleTooLong' }),
  kind: z.enum(BLOCK_KINDS as [BlockKind, ...BlockKind[]], { error: 'kindInvalid' }),
  minutes: z
    .number({ error: 'minutesRange' })
    .int({ error: 'minutesWhole' })
    .min(LIMITS.minutesMin, { error: 'minutesRange' })
    .max(LIMITS.minutesMax, { error: 'minutesRange' }),
  zone: z.enum(ZONE_IDS, { error: 'zoneInvalid' }).optional(),
  prompts: z.array(promptSchema).max(LIMITS.promptsMax, { error: 'tooManyPrompts' }),
  materials: z.string().max(LIMITS.materialsMax, { error: 'materialsTooLong' }),
  notes: z.string().max(LIMITS.notesMax, { error: 'notesTooLong' }),
  actualStartedAt: z.number().nullable().optional(),
  actualMinutes: z.number().nullable().optional(),
  adjustedMinutes: z.number().int().min(-LIMITS.minutesMax).max(LIMITS.minutesMax).optional(),
  skipped: z.boolean().optional(),
});

export const sessionDetailsSchema = z.object({
  number: z.number({ error: 'numberRange' }).int({ error: 'numberRange' }).min(1, { error: 'numberRange' }).max(LIMITS.sessionNumberMax, { error: 'numberRange' }),
  part: z.enum(METHOD_PARTS as [MethodPart, ...MethodPart[]], { error: 'partInvalid' }),
  title: z.string().trim().min(1, { error: 'titleRequired' }).max(LIMITS.titleMax, { error: 'titleTooLong' }),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dateInvalid' })
    .nullable(),
  plannedMinutes: z
    .number({ error: 'sessionMinutesRange' })
    .int({ error: 'sessionMinutesRange' })
    .min(LIMITS.sessionMinutesMin, { error: 'sessionMinutesRange' })
    .max(LIMITS.sessionMinutesMax, { error: 'sessionMinutesRange' }),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'startTimeInvalid' })
    .nullable()
    .optional(),
  guests: z.number({ error: 'guestsRange' }).int({ error: 'guestsRange' }).min(0, { error: 'guestsRange' }).max(LIMITS.guestsMax, { error: 'guestsRange' }),
});

export type SessionDetails = z.infer<typeof sessionDetailsSchema>;

/** One refused field: `code` is the message code, `values` fill its placeholders. */
export interface Issue {
  field: string;
  code: string;
  values: Record<string, number>;
}

const ISSUE_VALUES: Record<string, Record<string, number>> = {
  titleTooLong: { max: LIMITS.titleMax },
  minutesRange: { min: LIMITS.minutesMin, max: LIMITS.minutesMax },
  notesTooLong: { max: LIMITS.notesMax },
  materialsTooLong: { max: LIMITS.materialsMax },
  promptTooLong: { max: LIMITS.promptMax },
  tooManyPrompts: { max: LIMITS.promptsMax },
  tooManyBlocks: { max: LIMITS.blocksMax },
  sessionMinutesRange: { min: LIMITS.sessionMinutesMin, max: LIMITS.sessionMinutesMax },
  numberRange: { min: 1, max: LIMITS.sessionNumberMax },
  guestsRange: { min: 0, max: LIMITS.guestsMax },
};

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    code: issue.message,
    values: ISSUE_VALUES[issue.message] ?? {},
  }));
}

/** Why a block cannot be saved: an empty list means it is valid (0 minutes and > 300 are refused). */
export function validateBlock(block: AgendaBlock): Issue[] {
  const result = blockSchema.safeParse(block);
  return result.success ? [] : issuesOf(result.error);
}

/** Every problem in a whole agenda, with fields prefixed by the block index ("2.minutes"). */
export function validateBlocks(blocks: readonly AgendaBlock[]): Issue[] {
  if (blocks.length > LIMITS.blocksMax) return [{ field: 'blocks', code: 'tooManyBlocks', values: { max: LIMITS.blocksMax } }];
  return blocks.flatMap((block, index) => validateBlock(block).map((issue) => ({ ...issue, field: `${index}.${issue.field}` })));
}

/** Why a session's details cannot be saved; empty when valid. */
export function validateSessionDetails(details: SessionDetails): Issue[] {
  const result = sessionDetailsSchema.safeParse(details);
  return result.success ? [] : issuesOf(result.error);
}

/** Sum of the planned minutes of the blocks. */
export function plannedTotal(blocks: readonly Pick<AgendaBlock, 'minutes'>[]): number {
  return blocks.reduce((sum, block) => sum + block.minutes, 0);
}

/** Minutes from the session start at which each block begins (cumulative). */
export function blockOffsets(blocks: readonly Pick<AgendaBlock, 'minutes'>[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const block of blocks) {
    offsets.push(at);
    at += block.minutes;
  }
  return offsets;
}

/** "HH:MM" → minutes after midnight, or null when not a valid clock time. */
export function parseClock(value: string | null | undefined): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * How to show a block's start: a clock time ("10:15") when the session has a start time, otherwise the
 * offset from the start ("0:15"). Clock times wrap past midnight.
 */
export function formatStart(offsetMinutes: number, startTime?: string | null): string {
  const clock = parseClock(startTime);
  const total = clock === null ? offsetMinutes : (clock + offsetMinutes) % (24 * 60);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return clock === null ? `${hours}:${String(minutes).padStart(2, '0')}` : `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Planned total against the session length: positive `difference` means over by that many minutes. */
export interface Balance {
  planned: number;
  length: number;
  difference: number;
  state: 'over' | 'under' | 'exact';
}

export function agendaBalance(session: Pick<Session, 'blocks' | 'plannedMinutes'>): Balance {
  const planned = plannedTotal(session.blocks);
  const difference = planned - session.plannedMinutes;
  return { planned, length: session.plannedMinutes, difference, state: difference > 0 ? 'over' : difference < 0 ? 'under' : 'exact' };
}

export type WarningCode = 'retellingShort' | 'groupLarge' | 'groupTooLarge' | 'stormsBeforeForest' | 'stormsWithoutForest' | 'noClosing';

export interface AgendaWarning {
  code: WarningCode;
  /** 'hard' is shown more strongly: the plan works against the method's safety rules. */
  severity: 'warn' | 'hard';
  values: Record<string, number>;
}

export function isStormsBlock(block: Pick<AgendaBlock, 'kind'>): boolean {
  return block.kind === 'storms';
}

export function isForestBlock(block: Pick<AgendaBlock, 'kind'>): boolean {
  return block.kind === 'forest';
}

/**
 * Warnings from the method's rules (DOMAIN.md §2) for one session of a programme.
 * - Re-telling needs about 10 min per participant, counted over the whole programme (it may be split).
 * - More than 10 participants: warning; more than 12: hard warning.
 * - Storms only after the forest: a storms block in a session numbered before the first forest session,
 *   or before a forest block in the same session, or in a programme with no forest at all.
 * - A session with blocks should end with a closing or grounding block.
 */
export function agendaWarnings(session: Pick<Session, 'id' | 'number' | 'blocks'>, programme: readonly Pick<Session, 'id' | 'number' | 'blocks'>[], participantCount: number): AgendaWarning[] {
  const warnings: AgendaWarning[] = [];
  const sessions = programme.some((other) => other.id === session.id) ? programme : [...programme, session];
  const others = sessions.map((other) => (other.id === session.id ? session : other));

  if (session.blocks.some((block) => block.kind === 'retelling') && participantCount > 0) {
    const minutes = others.reduce((sum, other) => sum + plannedTotal(other.blocks.filter((block) => block.kind === 'retelling')), 0);
    const needed = participantCount * RETELLING_MINUTES_PER_PARTICIPANT;
    if (minutes < needed) {
      warnings.push({
        code: 'retellingShort',
        severity: 'warn',
        values: { minutes, needed, count: participantCount, fits: Math.floor(minutes / RETELLING_MINUTES_PER_PARTICIPANT) },
      });
    }
  }

  if (participantCount > GROUP_SIZE_HARD) warnings.push({ code: 'groupTooLarge', severity: 'hard', values: { count: participantCount, max: GROUP_SIZE_HARD } });
  else if (participantCount > GROUP_SIZE_WARN) warnings.push({ code: 'groupLarge', severity: 'warn', values: { count: participantCount, max: GROUP_SIZE_WARN } });

  const firstStorm = session.blocks.findIndex(isStormsBlock);
  if (firstStorm >= 0) {
    const forestNumbers = others.filter((other) => other.blocks.some(isForestBlock)).map((other) => other.number);
    const ownForest = session.blocks.findIndex(isForestBlock);
    if (forestNumbers.length === 0) {
      warnings.push({ code: 'stormsWithoutForest', severity: 'hard', values: {} });
    } else if (ownForest > firstStorm || (ownForest < 0 && Math.min(...forestNumbers) > session.number)) {
      warnings.push({ code: 'stormsBeforeForest', severity: 'hard', values: { forest: Math.min(...forestNumbers) } });
    }
  }

  if (session.blocks.length > 0 && !session.blocks.some((block) => block.kind === 'closing')) {
    warnings.push({ code: 'noClosing', severity: 'warn', values: {} });
  }
  return warnings;
}

/** The blocks with the one at `from` moved to `to` (both clamped); a new array, the input untouched. */
export function moveBlock<T>(blocks: readonly T[], from: number, to: number): T[] {
  const next = [...blocks];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved as T);
  return next;
}

/** A copy of the block at `index` (new id, no run data) inserted right after it. */
export function duplicateBlock(blocks: readonly AgendaBlock[], index: number): AgendaBlock[] {
  const source = blocks[index];
  if (!source) return [...blocks];
  const { adjustedMinutes: _adjusted, skipped: _skipped, ...plan } = source;
  const copy: AgendaBlock = { ...plan, id: newId(), prompts: source.prompts.map((prompt) => ({ ...prompt })), actualStartedAt: null, actualMinutes: null };
  return [...blocks.slice(0, index + 1), copy, ...blocks.slice(index + 1)];
}

/** The blocks without the one at `index`. */
export function removeBlock(blocks: readonly AgendaBlock[], index: number): AgendaBlock[] {
  return blocks.filter((_, at) => at !== index);
}

/** The blocks with `block` inserted at `index` (clamped; default: at the end). */
export function insertBlock(blocks: readonly AgendaBlock[], block: AgendaBlock, index = blocks.length): AgendaBlock[] {
  const at = Math.max(0, Math.min(blocks.length, index));
  return [...blocks.slice(0, at), block, ...blocks.slice(at)];
}

/** The blocks with the one whose id matches replaced. */
export function replaceBlock(blocks: readonly AgendaBlock[], block: AgendaBlock): AgendaBlock[] {
  return blocks.map((existing) => (existing.id === block.id ? block : existing));
}

/** A new empty block for the planner. */
export function blankBlock(title: string): AgendaBlock {
  return { id: newId(), title, kind: 'custom', minutes: 10, prompts: [], materials: '', notes: '', actualStartedAt: null, actualMinutes: null };
}
