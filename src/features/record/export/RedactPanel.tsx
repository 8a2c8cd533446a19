import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Longest phrase that can be redacted by hand: the same cap as a deny-list term. */
export const MAX_PHRASE = 100;

interface RedactPanelProps {
  /** The text currently selected inside the preview, or '' when none. */
  selection: string;
  terms: readonly string[];
  /** Adds a phrase; resolves to an error message, or null when it was added. */
  onAdd: (phrase: string, alsoDenyList: boolean) => Promise<string | null>;
  onRemove: (phrase: string) => void;
  message: string | null;
}

/**
 * Redact more: the selected words in the preview, or a phrase typed in (for keyboard users), wherever it
 * appears in the summary; optionally added to the group's deny-list for future summaries too.
 */
export function RedactPanel({ selection, terms, onAdd, onRemove, message }: RedactPanelProps) {
  const { t } = useTranslation('record');
  const id = useId();
  const [phrase, setPhrase] = useState('');
  const [alsoDeny, setAlsoDeny] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async (text: string, fromField: boolean) => {
    const result = await onAdd(text, alsoDeny);
    setError(result);
    if (!result && fromField) setPhrase('');
  };

  return (
    <section className="card redact-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('export.redact.title')}</h2>
      <p className="field__hint">{t('export.redact.selectionHint')}</p>
      <button
        type="button"
        // Keep the selection in the preview: pressing the button must not clear it first.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => void add(selection, false)}
      >
        {t('export.redact.selection')}
      </button>
      {selection && <p className="redact-panel__selection">“{selection.length > 60 ? `${selection.slice(0, 60)}…` : selection}”</p>}
      <form
        className="redact-panel__form"
        onSubmit={(event) => {
          event.preventDefault();
          void add(phrase, true);
        }}
      >
        <div className={error ? 'field field--invalid' : 'field'}>
          <label htmlFor={`${id}-phrase`}>{t('export.redact.phrase')}</label>
          <input
            id={`${id}-phrase`}
            type="text"
            value={phrase}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setPhrase(event.target.value)}
          />
        </div>
        <button type="submit">{t('export.redact.add')}</button>
      </form>
      <label className="checkbox">
        <input type="checkbox" checked={alsoDeny} onChange={(event) => setAlsoDeny(event.target.checked)} />
        {t('export.redact.addToDenyList')}
      </label>
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <p role="status" className="redact-panel__message">
        {message}
      </p>
      {terms.length > 0 && (
        <>
          <h3>{t('export.redact.terms')}</h3>
          <ul className="redact-panel__terms">
            {terms.map((term) => (
              <li key={term}>
                <span>{term}</span>
                <button type="button" className="button--small" aria-label={t('export.redact.removeLabel', { text: term })} onClick={() => onRemove(term)}>
                  {t('export.redact.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
