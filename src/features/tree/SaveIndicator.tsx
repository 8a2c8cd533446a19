import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../canvas/editor/useTreeEditor';

/**
 * The "saved" indicator. It says "Saved" only after IndexedDB committed the write, so what it shows as
 * saved survives a reload or a crash; while a write is under way it says "Saving…".
 */
export function SaveIndicator({ state, savedAt, error }: { state: SaveState; savedAt: number | null; error: string | null }) {
  const { t, i18n } = useTranslation('tree');
  let text: string;
  if (state === 'saving') text = t('common:saving');
  else if (state === 'error') text = t('save.failed');
  else if (state === 'saved' && savedAt) text = t('save.savedAt', { time: new Intl.DateTimeFormat(i18n.language === 'it' ? 'it-IT' : 'en-GB', { timeStyle: 'medium' }).format(savedAt) });
  else text = t('save.allSaved');
  return (
    <div className="save-indicator" data-state={state}>
      <span role="status" aria-live="polite">
        {state === 'saved' ? <span className="save-indicator__dot" aria-hidden="true" /> : null}
        {text}
      </span>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
