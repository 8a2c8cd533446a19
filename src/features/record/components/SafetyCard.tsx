import { useTranslation } from 'react-i18next';
import { FLAG_BANDS, SAFETY_FLAGS, type RecordPatch } from '../../../domain/summary/record';
import type { SessionRecord } from '../../../domain/types';

interface SafetyCardProps {
  draft: SessionRecord;
  update: (patch: RecordPatch, options?: { immediate?: boolean }) => void;
}

/** Safety flags by category (DOMAIN.md §5.1 #8), each with a band 0 / 1 / 2+; never who. */
export function SafetyCard({ draft, update }: SafetyCardProps) {
  const { t } = useTranslation('record');
  return (
    <section className="card record-card" aria-labelledby="record-safety">
      <h2 id="record-safety">{t('sections.safety')}</h2>
      <p className="field__hint">{t('safety.intro')}</p>
      <div className="safety-flags">
        {SAFETY_FLAGS.map((flag) => (
          <fieldset key={flag} className="safety-flag">
            <legend>{t(`safety.flags.${flag}`)}</legend>
            <div className="safety-flag__bands">
              {FLAG_BANDS.map((band) => (
                <label key={band} className="radio">
                  <input
                    type="radio"
                    name={`flag-${flag}`}
                    value={band}
                    checked={draft.safetyFlags[flag] === band}
                    onChange={() => update({ safetyFlags: { ...draft.safetyFlags, [flag]: band } }, { immediate: true })}
                  />
                  {t(`safety.bands.${band}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </section>
  );
}
