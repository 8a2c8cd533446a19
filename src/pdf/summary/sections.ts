import { changeCell } from '../../domain/summary/runChange';
import { formatCell, hasSecondary, type Cell, type SuppressedBreakdown } from '../../domain/suppression';
import { fill, formatMean, formatMinutes, type SummaryLabels } from '../../domain/summary/labels';
import type { SummaryModel, SummarySection } from '../../domain/summary/model';
import { zoneLabel } from '../../domain/zones';
import { drawThemeChart } from './chart';
import { COLORS, CONTENT_WIDTH, type PdfWriter } from './writer';

/**
 * One function per summary section (DOMAIN.md §5.1), each writing at the writer's cursor. They read only
 * the (already reviewed and redacted) model and the labels of the summary's language.
 */

type SectionWriter = (w: PdfWriter, model: SummaryModel, labels: SummaryLabels) => void;

/** A text, or "Nothing recorded." in muted type. */
function textOrNothing(w: PdfWriter, text: string, labels: SummaryLabels): void {
  if (text.trim()) w.paragraph(text);
  else w.paragraph(labels.nothingRecorded, { color: COLORS.muted });
}

function header(w: PdfWriter, model: SummaryModel, labels: SummaryLabels): void {
  const h = model.header;
  w.paragraph(labels.title, { size: 17, bold: true, color: COLORS.accent });
  w.gap(2);
  const periodName = h.period.precision === 'isoWeek' ? labels.header.week : labels.header.date;
  const planned = formatMinutes(model.lang, h.plannedMinutes);
  const duration =
    h.actualMinutes === null
      ? fill(labels.header.durationPlannedOnly, { planned })
      : fill(labels.header.durationValue, { planned, actual: formatMinutes(model.lang, h.actualMinutes) });
  const rows: [string, string][] = [
    [labels.header.groupCode, h.groupCode],
    [labels.header.setting, labels.settings[h.settingType]],
    [labels.header.session, fill(labels.header.sessionValue, { number: h.sessionNumber, part: labels.parts[h.part] })],
    [periodName, h.period.label ?? labels.header.noDate],
    [labels.header.duration, duration],
  ];
  if (h.facilitatorRoles.text) rows.push([labels.header.facilitatorRoles, h.facilitatorRoles.text]);
  w.keyValues(rows);
  w.gap(1);
  w.rule();
}

function breakdownRows(names: readonly string[], breakdown: SuppressedBreakdown, k: number, labels: SummaryLabels): [string, string][] {
  if (breakdown.withheld) return [[names.join(' / '), labels.attendance.withheld]];
  return names.map((name, i) => [name, formatCell(breakdown.cells[i] as Cell, k)]);
}

function attendance(w: PdfWriter, model: SummaryModel, labels: SummaryLabels): void {
  const a = model.attendance;
  const l = labels.attendance;
  if (!a.recorded) {
    w.paragraph(l.notRecorded, { color: COLORS.muted });
    return;
  }
  const attended = a.ratePercent === null ? String(a.attended) : `${a.attended} (${a.ratePercent}%)`;
  w.keyValues([
    [l.planned, String(a.planned)],
    [l.attended, attended],
  ]);
  w.subheading(l.timing);
  w.keyValues(breakdownRows([l.onTime, l.late, l.leftEarly], a.timing, model.k, labels), 44, 4);
  if (a.continuity) {
    w.subheading(l.continuity);
    w.keyValues(breakdownRows([l.returning, l.isNew], a.continuity, model.k, labels), 44, 4);
  }
  if (a.guests) w.keyValues([[l.guests, formatCell(a.guests, model.k)]]);
  const cells = [...a.timing.cells, ...(a.continuity?.cells ?? []), ...(a.guests ? [a.guests] : [])];
  suppressionKey(w, model, labels, cells, [a.timing, ...(a.continuity ? [a.continuity] : [])]);
}

/** Explain "<k" and "*" under a table that uses them. */
function suppressionKey(w: PdfWriter, model: SummaryModel, labels: SummaryLabels, cells: readonly Cell[], breakdowns: readonly SuppressedBreakdown[]): void {
  const primary = cells.some((c) => c.kind === 'suppressed' && c.reason === 'primary');
  const secondary = breakdowns.some(hasSecondary);
  if (!primary && !secondary) return;
  w.gap(1);
  if (primary) w.paragraph(fill(labels.suppressionKey, { k: model.k }), { size: 8.5, color: COLORS.muted });
  if (secondary) w.paragraph(labels.secondaryKey, { size: 8.5, color: COLORS.muted });
}

function delivery(w: PdfWriter, model: SummaryModel, labels: SummaryLabels): void {
  const d = model.delivery;
  const l = labels.delivery;
  if (d.activities.length === 0) w.paragraph(l.noActivities, { color: COLORS.muted });
  else {
    const minutes = (m: number | null) => (m === null ? l.notRun : formatMinutes(model.lang, m));
    w.table(
      [
        { header: l.activity, width: 58 },
        { header: l.planned, width: 20, align: 'right' },
        { header: l.actual, width: 20, align: 'right' },
        { header: l.delivered, width: 24 },
        { header: l.reason, width: CONTENT_WIDTH - 122 },
      ],
      d.activities.map((a) => [a.title.text, minutes(a.plannedMinutes), minutes(a.actualMinutes), a.delivered ? l.yes : l.no, changeCell(a, l)]),
    );
  }
  if (d.zonesCovered.length > 0) {
    w.gap(1.5);
    w.keyValues([[l.zonesCovered, d.zonesCovered.map((zone) => zoneLabel(zone, model.lang)).join(', ')]], 48);
  }
  if (d.notes.text) {
    w.subheading(l.notes);
    w.paragraph(d.notes.text);
  }
}

function themes(w: PdfWriter, model: SummaryModel, labels: SummaryLabels): void {
  if (model.themes.length === 0) {
    w.paragraph(labels.themes.none, { color: COLORS.muted });
    return;
  }
  drawThemeChart(w, model.themes, labels);
  for (const zone of model.themes) {
    w.subheading(zone.label.text);
    for (const theme of zone.themes) w.bullet(`${theme.text.text} (${labels.themes.bands[theme.band]})`, { indent: 2 });
  }
}

function collective(w: PdfWriter, model: SummaryModel, labels: SummaryLabels): void {
  const { document, message } = model.collective;
  if (!document.text && !message.text) {
    textOrNothing(w, '', labels);
    return;
  }
  if (document.text) {
    w.subheading(labels.collective.document);
    w.paragraph(document.text);
  }
  if (message.text) {
    w.subheading(labels.collective.message);
    w.paragraph(message.text);
  }
}

function supportMap(w: PdfWriter, model: SummaryModel, labels: SummaryLabels): void {
  const s = model.supportMap;
  if (s.total === 0 && !s.signposted.text) {
    textOrNothing(w, '', labels);
    return;
  }
  if (s.total > 0) {
    const rows = breakdownRows(
      s.types.map((type) => labels.supportMap.types[type]),
      s.breakdown,
      model.k,
      labels,
    );
    w.keyValues([...rows, [labels.supportMap.total, String(s.total)]], 56);
    suppressionKey(w, model, labels, s.breakdown.cells, [s.breakdown]);
  }
  if (s.signposted.text) {
    w.subheading(labels.supportMap.signposted);
    w.paragraph(s.signposted.text);
  }
}

function safety(w: PdfWriter, model: SummaryModel, labels: SummaryLabels): void {
  if (model.safety.noneObserved) {
    w.paragraph(labels.safety.noneObserved);
    return;
  }
  w.keyValues(
    model.safety.flags.map(({ flag, band }) => [labels.safety.flags[flag], labels.safety.bands[band]]),
    120,
  );
}

function feedback(w: PdfWriter, model: SummaryModel, labels: SummaryLabels): void {
  const f = model.feedback;
  w.paragraph(f.reported ? fill(labels.feedback.reported, { mean: formatMean(model.lang, f.mean), scale: f.scale, n: f.n }) : labels.feedback.notReported);
}

function privacy(w: PdfWriter, model: SummaryModel, labels: SummaryLabels): void {
  w.paragraph(privacyStatement(model, labels));
}

/** The privacy statement (DOMAIN.md §5.1 #12), also printed small in every page's footer. */
export function privacyStatement(model: SummaryModel, labels: SummaryLabels): string {
  const template = model.privacy.precision === 'isoWeek' ? labels.footerWeek : labels.footer;
  return fill(template, { k: model.privacy.k, date: model.privacy.reviewedOn });
}

const WRITERS: Record<SummarySection, SectionWriter> = {
  header,
  attendance,
  delivery,
  themes,
  collective,
  supportMap,
  groupProcess: (w, m, l) => textOrNothing(w, m.groupProcess.text, l),
  safety,
  reflection: (w, m, l) => textOrNothing(w, m.reflection.text, l),
  feedback,
  nextSteps: (w, m, l) => textOrNothing(w, m.nextSteps.text, l),
  privacy,
};

/** Write one section: its heading (the header block has none) and its content. */
export function writeSection(w: PdfWriter, section: SummarySection, model: SummaryModel, labels: SummaryLabels): void {
  if (section !== 'header') w.heading(labels.sections[section]);
  WRITERS[section](w, model, labels);
}
