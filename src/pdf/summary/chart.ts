import type { SizeBand } from '../../domain/types';
import type { SummaryThemeZone } from '../../domain/summary/model';
import type { SummaryLabels } from '../../domain/summary/labels';
import { COLORS, PAGE, type PdfWriter } from './writer';

/** Bar length per band: a band is a rough size, so the chart has three steps and no numbers. */
const BAND_STEPS: Record<SizeBand, number> = { one: 1, several: 2, most: 3 };

const ROW = 7;
const LABEL_WIDTH = 46;
const BAR_WIDTH = 84;

/**
 * A small vector chart of how widely each zone's themes were shared: one row per zone, a bar of one, two
 * or three steps (one person / several / most) drawn with rectangles, and the band written beside it.
 * Vector only, so it stays sharp, tiny and free of any image of anyone's drawing.
 */
export function drawThemeChart(writer: PdfWriter, zones: readonly SummaryThemeZone[], labels: SummaryLabels): void {
  if (zones.length === 0) return;
  const { doc } = writer;
  const height = 8 + zones.length * ROW + 3;
  writer.ensureSpace(height);
  writer.paragraph(labels.themes.chartTitle, { size: 9, bold: true, color: COLORS.muted });
  writer.gap(1);
  const top = writer.y;
  const barX = PAGE.left + LABEL_WIDTH;
  const step = BAR_WIDTH / 3;

  zones.forEach((zone, i) => {
    const y = top + i * ROW;
    writer.setStyle({ size: 9 });
    const [label] = doc.splitTextToSize(zone.label.text, LABEL_WIDTH - 3) as string[];
    doc.text(label ?? '', PAGE.left, y + 4.2);
    const [tr, tg, tb] = COLORS.track;
    doc.setFillColor(tr, tg, tb);
    doc.rect(barX, y + 0.8, BAR_WIDTH, ROW - 2.4, 'F');
    const [ar, ag, ab] = COLORS.accent;
    doc.setFillColor(ar, ag, ab);
    doc.rect(barX, y + 0.8, step * BAND_STEPS[zone.widest], ROW - 2.4, 'F');
    writer.setStyle({ size: 9, color: COLORS.muted });
    doc.text(labels.themes.bands[zone.widest], barX + BAR_WIDTH + 3, y + 4.2);
  });

  // Step ticks under the bars: one person · several · most.
  const axisY = top + zones.length * ROW + 0.5;
  const [rr, rg, rb] = COLORS.rule;
  doc.setDrawColor(rr, rg, rb);
  doc.setLineWidth(0.25);
  doc.line(barX, axisY, barX + BAR_WIDTH, axisY);
  for (let s = 0; s <= 3; s += 1) doc.line(barX + s * step, axisY, barX + s * step, axisY + 1.2);
  writer.y = Math.min(axisY + 3, PAGE.height - PAGE.bottom);
}
