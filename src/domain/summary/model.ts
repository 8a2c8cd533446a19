import type { Cell, FeedbackSummary, SuppressedBreakdown } from '../suppression';
import type {
  DatePrecision,
  FlagBand,
  Lang,
  MethodPart,
  SafetyFlag,
  SettingType,
  SizeBand,
  SupportType,
  ThemeZoneId,
} from '../types';

/**
 * The anonymised summary as data (DOMAIN.md §5.1), built by `buildSummaryModel` and drawn by the review
 * screen and the PDF. It holds no names, no aliases and no per-person rows: counts are already
 * suppressed, and every piece of free text is a `FreeText` so the review can run the anonymiser over it
 * and apply the facilitator's decisions before anything is rendered.
 */

/** Free text a person wrote. `key` is stable for one record, so review decisions can point at it. */
export interface FreeText {
  readonly key: string;
  readonly text: string;
}

/** The sections of the summary, in the order DOMAIN.md §5.1 gives them. */
export const SUMMARY_SECTIONS = [
  'header',
  'attendance',
  'delivery',
  'themes',
  'collective',
  'supportMap',
  'groupProcess',
  'safety',
  'reflection',
  'feedback',
  'nextSteps',
  'privacy',
] as const;

export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

export interface SummaryHeader {
  groupCode: string;
  settingType: SettingType;
  sessionNumber: number;
  part: MethodPart;
  /** "2026-11-24" or "2026-W48" per the group's date precision; null when the session has no date. */
  period: { precision: DatePrecision; label: string | null };
  plannedMinutes: number;
  /** Null when the session was not run in the app. */
  actualMinutes: number | null;
  facilitatorRoles: FreeText;
}

export interface SummaryAttendance {
  /** False when no attendance was taken; the section then says so instead of showing zeros. */
  recorded: boolean;
  /** Totals: shown as they are (DOMAIN.md §6.4). */
  planned: number;
  attended: number;
  /** Of those attending: on time, late, left early. */
  timing: SuppressedBreakdown;
  /** Of those attending: returning, new. Null for a first session or when earlier attendance is unknown. */
  continuity: SuppressedBreakdown | null;
  /** Celebration guests (a count, never names); null when there were none and it is not a celebration. */
  guests: Cell | null;
  /** Attended / planned as a whole percentage, only when planned >= 10. */
  ratePercent: number | null;
}

export interface SummaryActivity {
  id: string;
  title: FreeText;
  zone: ThemeZoneId | null;
  plannedMinutes: number;
  actualMinutes: number | null;
  delivered: boolean;
  reason: FreeText;
  /** Minutes given (+) or taken (−) while running; 0 when unchanged. */
  adjustedMinutes: number;
  /** Skipped while running by an accepted re-plan. */
  skipped: boolean;
}

export interface SummaryDelivery {
  activities: SummaryActivity[];
  /** Zones of the activities ticked as delivered, in the method's order. */
  zonesCovered: ThemeZoneId[];
  notes: FreeText;
}

export interface SummaryThemeZone {
  zone: ThemeZoneId;
  label: FreeText;
  themes: { text: FreeText; band: SizeBand }[];
  /** The widest band among the zone's themes: what the chart draws. */
  widest: SizeBand;
}

export interface SummarySupportMap {
  types: readonly SupportType[];
  /** Counts per type (same order as `types`) after suppression, with the total shown. */
  breakdown: SuppressedBreakdown;
  total: number;
  signposted: FreeText;
}

export interface SummaryModel {
  lang: Lang;
  /** The suppression threshold applied. */
  k: number;
  header: SummaryHeader;
  attendance: SummaryAttendance;
  delivery: SummaryDelivery;
  themes: SummaryThemeZone[];
  collective: { document: FreeText; message: FreeText };
  supportMap: SummarySupportMap;
  groupProcess: FreeText;
  safety: { flags: { flag: SafetyFlag; band: FlagBand }[]; noneObserved: boolean };
  reflection: FreeText;
  feedback: FeedbackSummary;
  nextSteps: FreeText;
  /** The footer: threshold and the day (or week) the facilitator reviewed the free text. */
  privacy: { k: number; reviewedOn: string; precision: DatePrecision };
}

/** Whether a value is a FreeText leaf of the model. */
export function isFreeText(value: unknown): value is FreeText {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as FreeText).key === 'string' &&
    typeof (value as FreeText).text === 'string'
  );
}

/** Every non-empty piece of free text in the model, in reading order. */
export function collectFreeTexts(model: SummaryModel): FreeText[] {
  const found: FreeText[] = [];
  const walk = (value: unknown): void => {
    if (isFreeText(value)) {
      if (value.text.trim()) found.push(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(model);
  return found;
}

/** A copy of the model with every free text replaced by `transform(text)` (used to apply redactions). */
export function mapFreeTexts(model: SummaryModel, transform: (text: FreeText) => string): SummaryModel {
  const walk = (value: unknown): unknown => {
    if (isFreeText(value)) return { key: value.key, text: transform(value) };
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return walk(model) as SummaryModel;
}
