import type { SummaryLabels } from './labels';
import type { SummaryActivity } from './model';

/**
 * What the run changed on one activity, for the summary's delivery table: "+5 min while running",
 * "skipped while running", or '' when it ran as planned. The facilitator's own reason follows it.
 */
export function runChangeText(activity: Pick<SummaryActivity, 'adjustedMinutes' | 'skipped'>, labels: SummaryLabels['delivery']): string {
  if (activity.skipped) return labels.skippedWhileRunning;
  if (activity.adjustedMinutes === 0) return '';
  const sign = activity.adjustedMinutes > 0 ? '+' : '−';
  return `${sign}${Math.abs(activity.adjustedMinutes)} ${labels.changedWhileRunning}`;
}

/** The change column: the run's change and the facilitator's reason, joined. */
export function changeCell(activity: Pick<SummaryActivity, 'adjustedMinutes' | 'skipped' | 'reason'>, labels: SummaryLabels['delivery']): string {
  return [runChangeText(activity, labels), activity.reason.text].filter((part) => part.trim()).join('; ');
}
