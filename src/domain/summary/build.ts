import { NEVER_EXPORTED_ZONES, THEME_ZONES, zoneLabel } from '../zones';
import { normaliseK, percentage, suppressBreakdown, suppressCount, summariseFeedback } from '../suppression';
import { periodLabel, sessionIsoDate } from '../period';
import type {
  AttendanceStatus,
  Group,
  Participant,
  Session,
  SessionRecord,
  SizeBand,
  ThemeZoneId,
} from '../types';
import type { FreeText, SummaryActivity, SummaryAttendance, SummaryModel, SummaryThemeZone } from './model';
import { RATING_SCALE, SAFETY_FLAGS, SIZE_BANDS, SUPPORT_TYPES } from './record';

/** Everything the summary is made from. Tree items are not an input: tree content only enters as themes. */
export interface SummaryInput {
  group: Pick<Group, 'code' | 'settingType' | 'lang' | 'datePrecision' | 'suppressionK' | 'zoneLabels'>;
  session: Pick<Session, 'number' | 'part' | 'date' | 'plannedMinutes' | 'blocks' | 'attendance' | 'guests' | 'startedAt' | 'endedAt'>;
  /** Other sessions of the group; the earlier ones tell returning from new participants. */
  otherSessions: readonly Pick<Session, 'number' | 'attendance'>[];
  record: SessionRecord;
  /** The roster. Only counted; no alias or name enters the model. */
  participants: readonly Pick<Participant, 'id'>[];
  /** The day (yyyy-mm-dd) the facilitator reviewed the free text. */
  reviewedOn: string;
}

const ATTENDED: readonly AttendanceStatus[] = ['present', 'late', 'leftEarly'];

function free(key: string, text: string): FreeText {
  return { key, text: text.trim() };
}

/**
 * Build the anonymised summary model of one session (DOMAIN.md §5.1, §6.4). Pure. What never enters:
 * private notes, tree items of any kind, themes tagged Leaves or Compost, names, aliases and any
 * per-person row. Counts are suppressed with the group's threshold; free text is carried as it was
 * written and must go through the review (anonymiser + facilitator) before rendering.
 */
export function buildSummaryModel(input: SummaryInput): SummaryModel {
  const { group, session, record } = input;
  const k = normaliseK(group.suppressionK);
  const lang = group.lang;
  const period = periodLabel(sessionIsoDate(session), group.datePrecision);
  return {
    lang,
    k,
    header: {
      groupCode: group.code,
      settingType: group.settingType,
      sessionNumber: session.number,
      part: session.part,
      period: { precision: group.datePrecision, label: period },
      plannedMinutes: session.plannedMinutes,
      actualMinutes: actualMinutes(session),
      facilitatorRoles: free('facilitatorRoles', record.facilitatorRoles),
    },
    attendance: attendance(input, k),
    delivery: delivery(input),
    themes: themes(input),
    collective: {
      document: free('collectiveDocument', record.collectiveDocument),
      message: free('messageToOthers', record.messageToOthers),
    },
    supportMap: {
      types: SUPPORT_TYPES,
      breakdown: suppressBreakdown(
        SUPPORT_TYPES.map((type) => record.supportMap[type] ?? 0),
        k,
      ),
      total: SUPPORT_TYPES.reduce((sum, type) => sum + Math.max(0, Math.floor(record.supportMap[type] ?? 0)), 0),
      signposted: free('signposted', record.signposted),
    },
    groupProcess: free('groupProcess', record.groupProcess),
    safety: {
      flags: SAFETY_FLAGS.map((flag) => ({ flag, band: record.safetyFlags[flag] ?? '0' })),
      noneObserved: SAFETY_FLAGS.every((flag) => (record.safetyFlags[flag] ?? '0') === '0'),
    },
    reflection: free('reflection', record.reflection),
    feedback: summariseFeedback(record.feedbackRatings, k, RATING_SCALE),
    nextSteps: free('nextSteps', record.nextSteps),
    privacy: {
      k,
      reviewedOn: periodLabel(input.reviewedOn, group.datePrecision) ?? input.reviewedOn,
      precision: group.datePrecision,
    },
  };
}

/** Wall-clock length of a run session, else the sum of timed blocks, else null (not run in the app). */
function actualMinutes(session: SummaryInput['session']): number | null {
  if (session.startedAt !== null && session.endedAt !== null && session.endedAt >= session.startedAt) {
    return Math.round((session.endedAt - session.startedAt) / 60_000);
  }
  const timed = session.blocks.filter((block) => typeof block.actualMinutes === 'number');
  return timed.length > 0 ? timed.reduce((sum, block) => sum + (block.actualMinutes ?? 0), 0) : null;
}

function attendance(input: SummaryInput, k: number): SummaryAttendance {
  const { session, participants } = input;
  const statusOf = (id: string): AttendanceStatus | undefined => session.attendance[id];
  const roster = participants.map((p) => p.id);
  const attendedIds = roster.filter((id) => ATTENDED.includes(statusOf(id) as AttendanceStatus));
  const count = (status: AttendanceStatus) => roster.filter((id) => statusOf(id) === status).length;
  const timing = suppressBreakdown([count('present'), count('late'), count('leftEarly')], k);

  const earlier = input.otherSessions.filter((other) => other.number < session.number);
  const earlierKnown = earlier.some((other) => Object.keys(other.attendance).length > 0);
  let continuity: SummaryAttendance['continuity'] = null;
  if (session.number > 1 && earlierKnown) {
    const returning = attendedIds.filter((id) =>
      earlier.some((other) => ATTENDED.includes(other.attendance[id] as AttendanceStatus)),
    ).length;
    continuity = suppressBreakdown([returning, attendedIds.length - returning], k);
  }
  const showGuests = session.part === 'celebration' || session.guests > 0;
  return {
    recorded: roster.some((id) => statusOf(id) !== undefined),
    planned: roster.length,
    attended: attendedIds.length,
    timing,
    continuity,
    guests: showGuests ? suppressCount(session.guests, k) : null,
    ratePercent: percentage(attendedIds.length, roster.length),
  };
}

function delivery(input: SummaryInput): SummaryModel['delivery'] {
  const { session, record } = input;
  const activities: SummaryActivity[] = session.blocks.map((block) => ({
    id: block.id,
    title: free(`activity.${block.id}.title`, block.title),
    zone: block.zone ?? null,
    plannedMinutes: block.minutes,
    actualMinutes: typeof block.actualMinutes === 'number' ? block.actualMinutes : null,
    delivered: record.delivered[block.id] ?? (!block.skipped && typeof block.actualMinutes === 'number' && block.actualMinutes > 0),
    reason: free(`activity.${block.id}.reason`, record.changeReasons[block.id] ?? ''),
    adjustedMinutes: block.adjustedMinutes ?? 0,
    skipped: block.skipped ?? false,
  }));
  const covered = new Set(activities.filter((a) => a.delivered && a.zone).map((a) => a.zone as ThemeZoneId));
  return {
    activities,
    zonesCovered: THEME_ZONES.filter((zone) => covered.has(zone)),
    notes: free('deliveryNotes', record.deliveryNotes),
  };
}

/** Whether themes of a zone may be exported: Leaves (third-party names) and Compost never leave the device. */
export function isExportableThemeZone(zone: ThemeZoneId): boolean {
  return !(NEVER_EXPORTED_ZONES as readonly string[]).includes(zone);
}

function themes(input: SummaryInput): SummaryThemeZone[] {
  const { group, record } = input;
  return THEME_ZONES.filter(isExportableThemeZone).flatMap((zone) => {
    const inZone = record.themes.filter((theme) => theme.zone === zone && theme.text.trim());
    if (inZone.length === 0) return [];
    const widest = inZone.reduce<SizeBand>(
      (best, theme) => (SIZE_BANDS.indexOf(theme.band) > SIZE_BANDS.indexOf(best) ? theme.band : best),
      'one',
    );
    return [
      {
        zone,
        label: free(`zoneLabel.${zone}`, zoneLabel(zone, group.lang, group)),
        themes: inZone.map((theme) => ({ text: free(`theme.${theme.id}`, theme.text), band: theme.band })),
        widest,
      },
    ];
  });
}
