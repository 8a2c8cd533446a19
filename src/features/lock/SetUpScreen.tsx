import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { host } from '../../host';
import { setUpVault } from '../../security/vault';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { NewPassphraseFields, passphraseProblem, type PassphraseDraft } from './NewPassphraseFields';

/**
 * First start: choose how Grove opens. With a real keychain (desktop app) the keychain is offered and a
 * passphrase is optional; without one (the browser version, Linux without a secret service) a passphrase
 * is required. Either way a recovery key is made and shown next.
 */
export function SetUpScreen({ keychainAvailable, legacy, onDone }: { keychainAvailable: boolean; legacy: boolean; onDone: (recoveryKey: string) => void }) {
  const { t } = useTranslation('security');
  const [useKeychain, setUseKeychain] = useState(keychainAvailable);
  const [draft, setDraft] = useState<PassphraseDraft>({ passphrase: '', confirm: '' });
  const [problem, setProblem] = useState<ReturnType<typeof passphraseProblem>>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const passphraseWanted = !useKeychain || draft.passphrase !== '' || draft.confirm !== '';
    const found = passphraseWanted ? passphraseProblem(draft) : null;
    setProblem(found);
    if (found) return;
    setBusy(true);
    setError(null);
    try {
      const { recoveryKey } = await setUpVault({ passphrase: passphraseWanted ? draft.passphrase : null, keychain: useKeychain ? host.keychain : null });
      onDone(recoveryKey);
    } catch (caught) {
      setError(useKeychain ? t('setup.errors.keychain') : String(caught));
      setBusy(false);
    }
  }

  return (
    <section className="lock-card" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      {legacy && <p className="lock-card__note">{t('setup.legacy')}</p>}
      <form noValidate onSubmit={submit}>
        {keychainAvailable && (
          <fieldset className="field">
            <legend>{t('setup.protection')}</legend>
            <label className="choice">
              <input type="radio" name="protection" checked={useKeychain} onChange={() => setUseKeychain(true)} /> {t('setup.keychain')}
            </label>
            <p className="field__hint">{t('setup.keychainHint')}</p>
            <label className="choice">
              <input type="radio" name="protection" checked={!useKeychain} onChange={() => setUseKeychain(false)} /> {t('setup.passphraseOnly')}
            </label>
          </fieldset>
        )}
        <NewPassphraseFields draft={draft} onChange={setDraft} problem={problem} label={useKeychain ? t('setup.passphraseOptional') : t('setup.passphrase')} />
        <ErrorMessage message={error} />
        <div className="button-row">
          <button type="submit" className="button--primary" disabled={busy}>
            {busy ? t('setup.working') : t('setup.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
