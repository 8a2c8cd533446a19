import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CountInputProps {
  label: string;
  hint?: string;
  value: number;
  max: number;
  onChange: (value: number) => void;
}

/**
 * A whole-number field (0..max). What is typed stays in the field; only a valid number is passed on, and
 * anything else shows an inline message instead of being saved as 0.
 */
export function CountInput({ label, hint, value, max, onChange }: CountInputProps) {
  const { t } = useTranslation('record');
  const id = useId();
  const [text, setText] = useState(String(value));
  const parsed = text.trim() === '' ? Number.NaN : Number(text);
  const valid = Number.isInteger(parsed) && parsed >= 0 && parsed <= max;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = valid ? undefined : `${id}-error`;
  return (
    <div className={valid ? 'field record-count-field' : 'field field--invalid record-count-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        step={1}
        value={text}
        aria-invalid={!valid}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const n = next.trim() === '' ? Number.NaN : Number(next);
          if (Number.isInteger(n) && n >= 0 && n <= max) onChange(n);
        }}
      />
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {!valid && (
        <p className="field__error" id={errorId} role="alert">
          {t('errors.countRange', { min: 0, max })}
        </p>
      )}
    </div>
  );
}
