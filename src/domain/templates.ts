import { activityToBlock, builtinActivity, type ActivityOverrides } from './library';
import type { AgendaBlock, Lang, LocalText, MethodPart, Session } from './types';

/**
 * Programme templates (DOMAIN.md §2): the canonical four weekly sessions of 120 minutes, and the
 * alternatives the evidence supports (one day, 2 × 150, 6 × 90 for fatigue, a single drop-in session).
 */
export type TemplateId = '4x120' | '2x150' | 'oneDay' | '6x90' | 'dropIn' | 'blank';

export const TEMPLATE_IDS: readonly TemplateId[] = ['4x120', 'oneDay', '2x150', '6x90', 'dropIn', 'blank'];

/** A session as a template produces it: everything but the ids and bookkeeping the repository adds. */
export type SessionDraft = Pick<
  Session,
  'number' | 'part' | 'title' | 'date' | 'plannedMinutes' | 'blocks' | 'attendance' | 'guests' | 'startedAt' | 'endedAt'
>;

type BlockSpec = [activityId: string, overrides?: ActivityOverrides];

interface SessionSpec {
  part: MethodPart;
  title: LocalText;
  minutes: number;
  blocks: readonly BlockSpec[];
}

const TREE_TITLE: LocalText = { en: 'Drawing the Tree of Life', it: 'Disegnare l’Albero della Vita' };
const FOREST_TITLE: LocalText = { en: 'Forest of Life: telling and re-telling', it: 'Il bosco della vita: racconto e rinarrazione' };
const STORMS_TITLE: LocalText = { en: 'When the storms come', it: 'Quando arrivano le tempeste' };
const CELEBRATION_TITLE: LocalText = { en: 'Certificates and celebration', it: 'Attestati e festa' };

const SEVEN_ZONES: readonly BlockSpec[] = [
  ['zone-roots'],
  ['zone-ground'],
  ['zone-trunk'],
  ['zone-branches'],
  ['zone-leaves'],
  ['zone-fruits'],
  ['zone-flowers'],
];

/** The eight zones of session 1: 7 × 7 min plus an optional 6-min compost heap = 55 min (minutes 25–80). */
const ALL_ZONES: readonly BlockSpec[] = [...SEVEN_ZONES, ['zone-compost', { minutes: 6 }]];

const BREAK_15: BlockSpec = ['break', { minutes: 15 }];
const LUNCH: BlockSpec = ['break', { minutes: 45, title: { en: 'Lunch break', it: 'Pausa pranzo' } }];

/** DOMAIN.md §2.2, block by block; each session adds up to 120 minutes. */
const FOUR_SESSIONS: readonly SessionSpec[] = [
  {
    part: 'tree',
    title: TREE_TITLE,
    minutes: 120,
    blocks: [['welcome-agreement'], ['warmup'], ...ALL_ZONES, ['break'], ['sharing'], ['closing']],
  },
  {
    part: 'forest',
    title: FOREST_TITLE,
    minutes: 120,
    blocks: [['checkin'], ['forest'], ['retelling'], ['collective-document'], ['closing', { minutes: 8 }]],
  },
  {
    part: 'storms',
    title: STORMS_TITLE,
    minutes: 120,
    blocks: [
      ['checkin', { minutes: 15, title: { en: 'Check-in, the forest again, the riverbank', it: 'Apertura, di nuovo il bosco, la riva del fiume' } }],
      ['storms'],
      ['storm-fault'],
      ['break'],
      ['support-map'],
      ['signposting'],
      ['grounding-close'],
    ],
  },
  {
    part: 'celebration',
    title: CELEBRATION_TITLE,
    minutes: 120,
    blocks: [['certificates'], ['collective-message'], ['celebration'], ['feedback'], ['closing-ritual']],
  },
];

/** Two sessions of 150 minutes: the tree, then forest, storms and celebration together. */
const TWO_SESSIONS: readonly SessionSpec[] = [
  {
    part: 'tree',
    title: TREE_TITLE,
    minutes: 150,
    blocks: [['welcome-agreement'], ['warmup'], ...ALL_ZONES, BREAK_15, ['sharing', { minutes: 40 }], ['closing', { minutes: 15 }]],
  },
  {
    part: 'forest',
    title: { en: 'Forest, storms and celebration', it: 'Bosco, tempeste e festa' },
    minutes: 150,
    blocks: [
      ['checkin'],
      ['forest'],
      ['retelling', { minutes: 50 }],
      ['break'],
      ['storms', { minutes: 20 }],
      ['support-map', { minutes: 20 }],
      ['certificates', { minutes: 15 }],
      ['grounding-close', { minutes: 15 }],
    ],
  },
];

/** One day: about 5.5 hours of activity (330 min) plus 75 minutes of breaks. */
const ONE_DAY: readonly SessionSpec[] = [
  {
    part: 'other',
    title: { en: 'Tree of Life day', it: 'Giornata dell’Albero della Vita' },
    minutes: 405,
    blocks: [
      ['welcome-agreement'],
      ['warmup'],
      ...SEVEN_ZONES.map(([id]): BlockSpec => [id, { minutes: 6 }]),
      ['zone-compost', { minutes: 5 }],
      BREAK_15,
      ['sharing', { minutes: 15 }],
      ['forest', { minutes: 8 }],
      ['retelling'],
      ['collective-document', { minutes: 15 }],
      LUNCH,
      ['storms', { minutes: 20 }],
      ['storm-fault'],
      ['support-map', { minutes: 25 }],
      BREAK_15,
      ['signposting', { minutes: 10 }],
      ['certificates', { minutes: 20 }],
      ['collective-message', { minutes: 15 }],
      ['celebration', { minutes: 20 }],
      ['feedback', { minutes: 10 }],
      ['closing'],
    ],
  },
];

/** Six sessions of 90 minutes for fatigue and pain: a break about every 45 minutes, seated work. */
const SIX_SESSIONS: readonly SessionSpec[] = [
  {
    part: 'tree',
    title: { en: 'Drawing the Tree of Life (1)', it: 'Disegnare l’Albero della Vita (1)' },
    minutes: 90,
    blocks: [['welcome-agreement'], ['warmup'], ['zone-roots'], ['zone-ground'], ['break'], ['zone-trunk', { minutes: 8 }], ['zone-branches', { minutes: 8 }], ['sharing', { minutes: 15 }], ['closing']],
  },
  {
    part: 'tree',
    title: { en: 'Drawing the Tree of Life (2)', it: 'Disegnare l’Albero della Vita (2)' },
    minutes: 90,
    blocks: [['checkin'], ['zone-leaves', { minutes: 8 }], ['zone-fruits', { minutes: 8 }], ['zone-flowers', { minutes: 8 }], ['zone-compost', { minutes: 6 }], ['break'], ['sharing', { minutes: 30 }], ['closing']],
  },
  {
    part: 'forest',
    title: { en: 'Forest of Life (1)', it: 'Il bosco della vita (1)' },
    minutes: 90,
    blocks: [['checkin'], ['forest'], ['retelling', { minutes: 25 }], ['break'], ['retelling', { minutes: 25 }], ['closing']],
  },
  {
    part: 'forest',
    title: { en: 'Forest of Life (2)', it: 'Il bosco della vita (2)' },
    minutes: 90,
    blocks: [['checkin'], ['retelling', { minutes: 35 }], ['break'], ['collective-document', { minutes: 25 }], ['closing']],
  },
  {
    part: 'storms',
    title: STORMS_TITLE,
    minutes: 90,
    blocks: [['checkin'], ['storms'], ['storm-fault'], ['break'], ['support-map', { minutes: 25 }], ['grounding-close']],
  },
  {
    part: 'celebration',
    title: CELEBRATION_TITLE,
    minutes: 90,
    blocks: [['certificates', { minutes: 20 }], ['collective-message', { minutes: 15 }], ['break'], ['celebration', { minutes: 25 }], ['feedback', { minutes: 10 }], ['closing-ritual', { minutes: 10 }]],
  },
];

/** A single 90-minute session for inpatient settings, where people may come only once. */
const DROP_IN: readonly SessionSpec[] = [
  {
    part: 'dropIn',
    title: { en: 'Tree of Life drop-in', it: 'Albero della Vita: incontro singolo' },
    minutes: 90,
    blocks: [
      ['welcome-agreement', { minutes: 10 }],
      ['warmup', { minutes: 5 }],
      ['zone-roots'],
      ['zone-ground', { minutes: 6 }],
      ['zone-trunk'],
      ['break', { minutes: 5 }],
      ['zone-branches'],
      ['zone-leaves', { minutes: 6 }],
      ['zone-fruits', { minutes: 6 }],
      ['zone-flowers', { minutes: 6 }],
      ['sharing', { minutes: 15 }],
      ['grounding-close'],
    ],
  },
];

const BLANK: readonly SessionSpec[] = [{ part: 'other', title: { en: 'Session 1', it: 'Incontro 1' }, minutes: 120, blocks: [] }];

const SPECS: Record<TemplateId, readonly SessionSpec[]> = {
  '4x120': FOUR_SESSIONS,
  '2x150': TWO_SESSIONS,
  oneDay: ONE_DAY,
  '6x90': SIX_SESSIONS,
  dropIn: DROP_IN,
  blank: BLANK,
};

/** How many sessions a template makes and how long each is, for the picker. */
export function templateShape(templateId: TemplateId): { sessions: number; minutes: number } {
  const specs = SPECS[templateId];
  return { sessions: specs.length, minutes: specs[0]?.minutes ?? 0 };
}

/** The date `weeks` weeks after an ISO date (yyyy-mm-dd), computed in UTC so no time zone shifts it. */
export function addWeeks(isoDate: string, weeks: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + weeks * 7));
  return date.toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/**
 * The sessions of a programme, in the group's language, with fresh block ids. Sessions are weekly from
 * `startDate` (yyyy-mm-dd) or undated when it is null.
 */
export function buildProgramme(templateId: TemplateId, lang: Lang, startDate: string | null): SessionDraft[] {
  return SPECS[templateId].map((spec, index) => ({
    number: index + 1,
    part: spec.part,
    title: spec.title[lang],
    date: startDate ? addWeeks(startDate, index) : null,
    plannedMinutes: spec.minutes,
    blocks: spec.blocks.map(([id, overrides]): AgendaBlock => activityToBlock(builtinActivity(id), lang, overrides)),
    attendance: {},
    guests: 0,
    startedAt: null,
    endedAt: null,
  }));
}

/** The default title of a session added by hand, e.g. "Session 5" / "Incontro 5". */
export function defaultSessionTitle(number: number, lang: Lang): string {
  return lang === 'it' ? `Incontro ${number}` : `Session ${number}`;
}
