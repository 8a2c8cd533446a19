import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordFieldError } from '../../../domain/summary/record';

interface TextAreaFieldProps {
  label: string;
  hint?: string;
  value: string;
  max: number;
  error?: RecordFieldError | undefined;
  rows?: number;
  /** When the card's heading already says the same: the label stays for assistive technology only. */
  hideLabel?: boolean;
  onChange: (value: string) => void;
  onBlur?: () => void;
}

/**
 * A labelled text area for the record, with its hint, a character count once the text nears the cap, and
 * an inline error when it goes over (the text stays, it is just not saved until it fits).
 */
export function TextAreaField({ label, hint, value, max, error, rows = 4, hideLabel, onChange, onBlur }: TextAreaFieldProps) {
  const { t, i18n } = useTranslation('record');
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const showCount = value.length > max * 0.8;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {showCount && (
        <p className="field__hint record-count">{t('chars', { used: number.format(value.length), max: number.format(max) })}</p>
      )}
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {t(error.key, { ...error.values, max: number.format(Number(error.values.max ?? max)) })}
        </p>
      )}
    </div>
  );
}
