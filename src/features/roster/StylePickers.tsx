import { useTranslation } from 'react-i18next';
import { PARTICIPANT_COLORS, SYMBOLS } from '../../domain/participantStyle';
import type { SymbolName } from '../../domain/types';
import { SymbolIcon } from './SymbolIcon';

interface PickerProps<T> {
  name: string;
  value: T;
  error: string | null;
  onChange: (value: T) => void;
}

/** The colour choice as a radio group: arrow keys move between colours, and every swatch is named. */
export function ColorPicker({ name, value, error, onChange }: PickerProps<string>) {
  const { t } = useTranslation('roster');
  return (
    <fieldset className="picker">
      <legend>{t('form.color')}</legend>
      <div className="picker__options">
        {PARTICIPANT_COLORS.map((color) => (
          <label key={color.id} className="picker__option">
            <input
              type="radio"
              name={name}
              value={color.hex}
              checked={value.toLowerCase() === color.hex.toLowerCase()}
              onChange={() => onChange(color.hex)}
            />
            <span className="swatch" style={{ background: color.hex }} aria-hidden="true" />
            <span>{t(`colors.${color.id}`)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The symbol choice as a radio group with a small drawing of each symbol. */
export function SymbolPicker({ name, value, error, onChange }: PickerProps<SymbolName>) {
  const { t } = useTranslation('roster');
  return (
    <fieldset className="picker">
      <legend>{t('form.symbol')}</legend>
      <div className="picker__options">
        {SYMBOLS.map((symbol) => (
          <label key={symbol} className="picker__option">
            <input type="radio" name={name} value={symbol} checked={value === symbol} onChange={() => onChange(symbol)} />
            <SymbolIcon symbol={symbol} />
            <span>{t(`symbols.${symbol}`)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
