import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isExportableThemeZone } from '../../../domain/summary/build';
import { RECORD_LIMITS, SIZE_BANDS } from '../../../domain/summary/record';
import type { Group, SizeBand, ThemeZoneId } from '../../../domain/types';
import { THEME_ZONES, zoneLabel } from '../../../domain/zones';

export interface ThemeValues {
  zone: ThemeZoneId;
  text: string;
  band: SizeBand;
}

interface ThemeFormProps {
  group: Group;
  initial: ThemeValues;
  submitLabel: string;
  onSubmit: (values: ThemeValues) => void;
  onCancel?: () => void;
}

/** Add or edit one theme: zone, a short paraphrase and how widely it was shared. */
export function ThemeForm({ group, initial, submitLabel, onSubmit, onCancel }: ThemeFormProps) {
  const { t, i18n } = useTranslation('record');
  const id = useId();
  const [values, setValues] = useState<ThemeValues>(initial);
  const [error, setError] = useState<string | null>(null);
  const lang = i18n.language === 'it' ? 'it' : 'en';

  const submit = () => {
    const text = values.text.trim();
    if (!text) return setError(t('common:errors.required'));
    if (text.length > RECORD_LIMITS.themeMax) return setError(t('common:errors.tooLong', { max: RECORD_LIMITS.themeMax }));
    setError(null);
    onSubmit({ ...values, text });
    if (!onCancel) setValues({ ...values, text: '' });
  };

  return (
    <form
      className="theme-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-zone`}>{t('themes.zone')}</label>
        <select id={`${id}-zone`} value={values.zone} onChange={(event) => setValues({ ...values, zone: event.target.value as ThemeZoneId })}>
          {THEME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {isExportableThemeZone(zone)
                ? zoneLabel(zone, lang, group)
                : t('themes.zoneOptionLocal', { zone: zoneLabel(zone, lang, group) })}
            </option>
          ))}
        </select>
      </div>
      <div className={error ? 'field field--invalid theme-form__text' : 'field theme-form__text'}>
        <label htmlFor={`${id}-text`}>{t('themes.text')}</label>
        <input
          id={`${id}-text`}
          type="text"
          value={values.text}
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(event) => setValues({ ...values, text: event.target.value })}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {t('themes.textHint')}
        </p>
        {error && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <fieldset className="theme-form__bands">
        <legend>{t('themes.band')}</legend>
        {SIZE_BANDS.map((band) => (
          <label key={band} className="radio">
            <input
              type="radio"
              name={`${id}-band`}
              value={band}
              checked={values.band === band}
              onChange={() => setValues({ ...values, band })}
            />
            {t(`themes.bands.${band}`)}
          </label>
        ))}
      </fieldset>
      <div className="button-row theme-form__actions">
        <button type="submit" className="button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('themes.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
