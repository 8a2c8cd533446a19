import Dexie from 'dexie';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, LEGACY_DB_NAME } from '../../db/db';
import { LOCK_MINUTES, updateSettings } from '../../db/repositories/settings';
import { lock } from '../../security/keyring';
import { changePassphrase, destroyVault, setPin, vaultState } from '../../security/vault';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useAction } from '../../ui/useAction';
import { NewPassphraseFields, passphraseProblem, type PassphraseDraft } from '../lock/NewPassphraseFields';

/**
 * Privacy and security: what protects the data, locking now and after idle time, the passphrase, the
 * PIN on keychain computers, and erasing everything (keys first).
 */
export function SecuritySection({ lockAfterMinutes }: { lockAfterMinutes: number }) {
  const { t } = useTranslation('security');
  const state = useLiveQuery(vaultState, []);
  const { run, error } = useAction();
  const [draft, setDraft] = useState<PassphraseDraft>({ passphrase: '', confirm: '' });
  const [problem, setProblem] = useState<ReturnType<typeof passphraseProblem>>(null);
  const [pin, setPinText] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [erasing, setErasing] = useState(false);
  const [typedWord, setTypedWord] = useState('');

  if (!state || state.kind !== 'locked') return null;
  const methods = [state.passphrase && 'passphrase', state.keychain && 'keychain', state.pin && 'pin', 'recovery']
    .filter((m): m is string => Boolean(m))
    .map((m) => t(`settings.methods.${m}`))
    .join(', ');

  async function savePassphrase(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const found = passphraseProblem(draft);
    setProblem(found);
    if (found) return;
    const done = await run(async () => {
      await changePassphrase(draft.passphrase);
      return true;
    });
    if (done) {
      setDraft({ passphrase: '', confirm: '' });
      setMessage(t('settings.passphraseSaved'));
    }
  }

  async function savePin(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    if (!/^\d{4,12}$/.test(pin)) return setPinError(t('settings.pinInvalid'));
    setPinError(null);
    const done = await run(async () => {
      await setPin(pin);
      return true;
    });
    if (done) {
      setPinText('');
      setMessage(t('settings.pinSaved'));
    }
  }

  async function eraseEverything() {
    await run(async () => {
      await destroyVault();
      db.close();
      await Dexie.delete(db.name);
      await Dexie.delete(LEGACY_DB_NAME);
      window.location.hash = '#/';
      window.location.reload();
    });
  }

  return (
    <section className="card settings-card" aria-labelledby="settings-security">
      <h2 id="settings-security">{t('settings.title')}</h2>
      <p>{t('settings.encrypted')}</p>
      <p className="muted">{t('settings.opensWith', { methods })}</p>
      <div className="button-row">
        <button type="button" onClick={lock}>
          {t('lock.now')} <kbd>{t('lock.shortcut')}</kbd>
        </button>
      </div>

      <Field label={t('settings.autoLock')} hint={t('settings.autoLockHint')}>
        {(props) => (
          <select {...props} name="lockAfterMinutes" value={lockAfterMinutes} onChange={(e) => void run(() => updateSettings({ lockAfterMinutes: Number(e.target.value) }))}>
            {LOCK_MINUTES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('settings.minutes', { count: minutes })}
              </option>
            ))}
          </select>
        )}
      </Field>

      <h3>{state.passphrase ? t('settings.changePassphrase') : t('settings.setPassphrase')}</h3>
      <form noValidate onSubmit={savePassphrase}>
        <NewPassphraseFields draft={draft} onChange={setDraft} problem={problem} label={t('settings.newPassphrase')} />
        <button type="submit">{t('settings.savePassphrase')}</button>
      </form>

      {state.keychain && (
        <>
          <h3>{t('settings.pinTitle')}</h3>
          <form noValidate onSubmit={savePin}>
            <Field label={t('settings.pinLabel')} error={pinError}>
              {(props) => <input {...props} name="lock-pin" type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPinText(e.target.value)} />}
            </Field>
            <button type="submit">{t('settings.savePin')}</button>
          </form>
        </>
      )}
      {message && <p role="status">{message}</p>}
      <ErrorMessage message={error} />

      <h3>{t('settings.erase.title')}</h3>
      <p className="muted">{t('settings.erase.intro')}</p>
      <button type="button" className="button--danger" onClick={() => setErasing(true)}>
        {t('settings.erase.button')}
      </button>
      <ConfirmDialog
        open={erasing}
        title={t('settings.erase.confirmTitle')}
        confirmLabel={t('settings.erase.confirm')}
        confirmDisabled={typedWord.trim() !== t('settings.erase.word')}
        danger
        onConfirm={() => void eraseEverything()}
        onCancel={() => {
          setErasing(false);
          setTypedWord('');
        }}
      >
        <p>{t('settings.erase.confirmBody')}</p>
        <Field label={t('settings.erase.typeLabel')}>
          {(props) => <input {...props} name="erase-word" autoComplete="off" value={typedWord} onChange={(e) => setTypedWord(e.target.value)} />}
        </Field>
      </ConfirmDialog>
    </section>
  );
}
