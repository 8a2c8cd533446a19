import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { setParticipantConsent } from '../../db/repositories/participants';
import { CONSENT_PURPOSES } from '../../domain/consent';
import type { ConsentState, Lang, Participant } from '../../domain/types';
import { formatDateTime } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';

/** Whether consent is given, withdrawn or not asked yet, and when — the record a facilitator may need to show. */
function consentWhen(state: ConsentState, lang: Lang, t: TFunction): string {
  if (state.at === null) return t('consent.unanswered');
  const date = formatDateTime(state.at, lang);
  return state.granted ? t('consent.givenAt', { date }) : t('consent.withdrawnAt', { date });
}

/**
 * One switch per purpose (group display, projector, print, summary). Each change takes effect at once and
 * is stamped; withdrawing is always one click away.
 */
export function ConsentToggles({ participant, lang }: { participant: Participant; lang: Lang }) {
  const { t } = useTranslation('roster');
  const { run, error } = useAction();
  const idBase = `consent-${participant.id}`;
  return (
    <fieldset className="consent">
      <legend>{t('consent.legend', { alias: participant.alias })}</legend>
      <ul className="consent__list">
        {CONSENT_PURPOSES.map((purpose) => {
          const state = participant.consent[purpose];
          const id = `${idBase}-${purpose}`;
          return (
            <li key={purpose} className={state.granted ? 'consent__item consent__item--on' : 'consent__item'}>
              <input
                id={id}
                type="checkbox"
                role="switch"
                checked={state.granted}
                aria-describedby={`${id}-when`}
                onChange={(e) => run(() => setParticipantConsent(participant.id, purpose, e.target.checked))}
              />
              <label htmlFor={id}>{t(`purposes.${purpose}`)}</label>
              <span id={`${id}-when`} className="consent__when">
                {consentWhen(state, lang, t)}
              </span>
            </li>
          );
        })}
      </ul>
      <ErrorMessage message={error} />
    </fieldset>
  );
}
