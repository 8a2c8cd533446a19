import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cut, Replan } from '../../domain/replan';
import type { Lang, Session } from '../../domain/types';
import { formatClockTime } from './clockTime';

interface Props {
  session: Session;
  plan: Replan;
  lang: Lang;
  /** Whether the clock can be adjusted (a block is current and the session has not ended). */
  canAdjust: boolean;
  onAdjust: (minutes: number) => void;
  onAccept: (cuts: Cut[]) => void;
}

/** An ignored suggestion comes back only once the session has slipped this many more minutes. */
const IGNORE_UNTIL_MORE = 5;

/**
 * How the session stands against its plan ("4 min behind — ends 21:04 instead of 21:00"), the buttons that
 * give or take time on the current block, and the re-plan's suggestion, accepted or ignored in one step.
 */
export function RunStanding({ session, plan, lang, canAdjust, onAdjust, onAccept }: Props) {
  const { t } = useTranslation('room');
  // The delay when the facilitator said "ignore": the suggestion stays away until things change clearly.
  const [ignored, setIgnored] = useState<number | null>(null);
  const [accepted, setAccepted] = useState(false);
  const planned = formatClockTime(plan.plannedEndAt, lang);
  const projected = formatClockTime(plan.projectedEndAt, lang);
  const minutes = Math.abs(plan.deltaMinutes);
  const suggestion = plan.suggestion && (ignored === null || plan.deltaMinutes >= ignored + IGNORE_UNTIL_MORE) ? plan.suggestion : null;
  const title = (cut: Cut) => session.blocks.find((block) => block.id === cut.blockId)?.title ?? '';

  return (
    <section className="card run-standing" aria-labelledby="run-standing-title">
      <h2 id="run-standing-title" className="visually-hidden">
        {t('standing.title')}
      </h2>
      <p className={`run-standing__text run-standing__text--${plan.standing}`} data-testid="run-standing">
        {t(`standing.${plan.standing}`, { minutes, projected, planned })}
      </p>
      <div className="button-row" role="group" aria-label={t('adjust.label')}>
        <button type="button" onClick={() => onAdjust(1)} disabled={!canAdjust} aria-keyshortcuts="+">
          {t('adjust.plusOne')}
        </button>
        <button type="button" onClick={() => onAdjust(5)} disabled={!canAdjust} aria-keyshortcuts="5">
          {t('adjust.plusFive')}
        </button>
        <button type="button" onClick={() => onAdjust(-1)} disabled={!canAdjust} aria-keyshortcuts="-">
          {t('adjust.minusOne')}
        </button>
      </div>
      <div aria-live="polite">
        {accepted && !suggestion && <p className="run-standing__accepted">{t('suggestion.accepted')}</p>}
      </div>
      {suggestion && (
        <section className="run-suggestion" aria-labelledby="run-suggestion-title">
          <h3 id="run-suggestion-title">{t('suggestion.title')}</h3>
          {suggestion.cuts.length > 0 && (
            <ul>
              {suggestion.cuts.map((cut) => (
                <li key={cut.blockId}>{t(`suggestion.${cut.type}`, { title: title(cut), minutes: cut.minutes })}</li>
              ))}
            </ul>
          )}
          <p>
            {suggestion.cuts.length === 0
              ? t('suggestion.nothing', { minutes: suggestion.stillOverMinutes })
              : suggestion.fits
                ? t('suggestion.fits')
                : t('suggestion.stillOver', { minutes: suggestion.stillOverMinutes })}
          </p>
          <div className="button-row">
            {suggestion.cuts.length > 0 && (
              <button
                type="button"
                className="button--primary"
                onClick={() => {
                  setAccepted(true);
                  onAccept(suggestion.cuts);
                }}
              >
                {t('suggestion.accept')}
              </button>
            )}
            <button type="button" onClick={() => setIgnored(plan.deltaMinutes)}>
              {t('suggestion.ignore')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
