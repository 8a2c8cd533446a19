import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassphrase } from '../../security/vault';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { NewPassphraseFields, passphraseProblem, type PassphraseDraft } from './NewPassphraseFields';

/** After opening with the recovery key: a new everyday passphrase replaces the forgotten one. */
export function NewPassphraseForm({ onDone, canSkip }: { onDone: () => void; canSkip: boolean }) {
  const { t } = useTranslation('security');
  const [draft, setDraft] = useState<PassphraseDraft>({ passphrase: '', confirm: '' });
  const [problem, setProblem] = useState<ReturnType<typeof passphraseProblem>>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = passphraseProblem(draft);
    setProblem(found);
    if (found) return;
    setBusy(true);
    try {
      await changePassphrase(draft.passphrase);
      onDone();
    } catch (caught) {
      setError(String(caught));
      setBusy(false);
    }
  }

  return (
    <section className="lock-card" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('unlock.resetTitle')}</h1>
      <p>{t('unlock.resetIntro')}</p>
      <form noValidate onSubmit={submit}>
        <NewPassphraseFields draft={draft} onChange={setDraft} problem={problem} label={t('settings.newPassphrase')} />
        <ErrorMessage message={error} />
        <div className="button-row">
          <button type="submit" className="button--primary" disabled={busy}>
            {t('unlock.resetSubmit')}
          </button>
          {canSkip && (
            <button type="button" onClick={onDone}>
              {t('recovery.continue')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
