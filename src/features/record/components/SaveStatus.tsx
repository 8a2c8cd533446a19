import { useTranslation } from 'react-i18next';
import type { SaveState } from '../useRecordAutosave';

interface SaveStatusProps {
  state: SaveState;
  invalid: boolean;
  error: string | null;
  onRetry: () => void;
}

/** The record's saved indicator, announced politely; a failed save explains itself and offers a retry. */
export function SaveStatus({ state, invalid, error, onRetry }: SaveStatusProps) {
  const { t } = useTranslation('record');
  const label = invalid && state !== 'saving' ? t('status.invalid') : t(`status.${state}`);
  return (
    <div className={`save-status save-status--${invalid ? 'invalid' : state}`}>
      <p role="status" aria-live="polite" className="save-status__text">
        <span aria-hidden="true" className="save-status__dot" />
        {label}
      </p>
      {state === 'error' && error && (
        <div className="save-status__error" role="alert">
          <p>{error}</p>
          <button type="button" className="button--small" onClick={onRetry}>
            {t('common:actions.save')}
          </button>
        </div>
      )}
    </div>
  );
}
