import type { DatePrecision, Lang, SettingType, ZoneId } from '../../domain/types';
import { parseNumberField, splitLines, type GroupInput } from '../../domain/validation';
import { ZONES, zoneLabel } from '../../domain/zones';

/** Group settings as the form holds them: text exactly as typed, so nothing is lost on a refusal. */
export interface GroupDraft {
  code: string;
  name: string;
  settingType: SettingType;
  lang: Lang;
  datePrecision: DatePrecision;
  suppressionK: string;
  retentionDays: string;
  /** One term per line. */
  denyList: string;
  /** The label shown for every zone in both languages (the default unless the group changed it). */
  zoneLabels: Record<Lang, Record<ZoneId, string>>;
}

export const ZONE_LABEL_LANGS: readonly Lang[] = ['en', 'it'];

/** The form's starting values for existing (or default) settings. */
export function draftFromInput(input: GroupInput): GroupDraft {
  const labels = (lang: Lang) =>
    Object.fromEntries(ZONES.map((zone) => [zone, zoneLabel(zone, lang, input)])) as Record<ZoneId, string>;
  return {
    code: input.code,
    name: input.name,
    settingType: input.settingType,
    lang: input.lang,
    datePrecision: input.datePrecision,
    suppressionK: String(input.suppressionK),
    retentionDays: String(input.retentionDays),
    denyList: input.denyList.join('\n'),
    zoneLabels: { en: labels('en'), it: labels('it') },
  };
}

/** What the form asks the repository to store; validation tidies it (defaults dropped, terms de-duplicated). */
export function inputFromDraft(draft: GroupDraft): GroupInput {
  return {
    code: draft.code,
    name: draft.name,
    settingType: draft.settingType,
    lang: draft.lang,
    datePrecision: draft.datePrecision,
    suppressionK: parseNumberField(draft.suppressionK),
    retentionDays: parseNumberField(draft.retentionDays),
    denyList: splitLines(draft.denyList),
    zoneLabels: draft.zoneLabels,
  };
}
