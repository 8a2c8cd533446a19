import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { host } from '../../host';
import { unlockWithKeychain, unlockWithPassphrase, unlockWithPin, unlockWithRecoveryKey, type UnlockResult, type VaultState } from '../../security/vault';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';

type Locked = Extract<VaultState, { kind: 'locked' }>;

/**
 * The lock screen: nothing of the data, only a way back in. The passphrase (or, on a keychain computer,
 * the PIN), or the recovery key; wrong attempts get a plain message and a growing delay.
 */
export function UnlockScreen({ state, onRecovered }: { state: Locked; onRecovered: () => void }) {
  const { t } = useTranslation('security');
  const [mode, setMode] = useState<'usual' | 'recovery'>('usual');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const usual: 'passphrase' | 'pin' | 'keychain' = state.passphrase ? 'passphrase' : state.pin ? 'pin' : 'keychain';

  useEffect(() => {
    document.title = 'Grove';
  }, []);

  useEffect(() => {
    if (waitUntil <= now) return;
    const timer = window.setTimeout(() => setNow(Date.now()), 250);
    return () => window.clearTimeout(timer);
  }, [waitUntil, now]);

  function explain(result: UnlockResult) {
    if (result.ok) return;
    if (result.reason === 'wait') {
      setWaitUntil(Date.now() + result.waitMs);
      setNow(Date.now());
      setError(null);
    } else if (mode === 'recovery') setError(t(result.reason === 'invalid' ? 'unlock.invalidRecovery' : 'unlock.wrongRecovery'));
    else setError(t('unlock.wrong'));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (mode === 'recovery') {
        const result = await unlockWithRecoveryKey(typed);
        if (result.ok) return onRecovered();
        explain(result);
      } else if (usual === 'passphrase') explain(await unlockWithPassphrase(typed));
      else if (usual === 'pin') explain(await unlockWithPin(typed, host.keychain));
      else if (!(await unlockWithKeychain(host.keychain))) setError(t('setup.errors.keychain'));
    } finally {
      setBusy(false);
      setTyped('');
    }
  }

  const waitSeconds = Math.ceil((waitUntil - now) / 1000);
  return (
    <section className="lock-card" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('unlock.title')}</h1>
      <p>{t('unlock.intro')}</p>
      <form noValidate onSubmit={submit}>
        {mode === 'recovery' ? (
          <Field label={t('unlock.recoveryKey')} hint={t('unlock.recoveryHint')} error={error}>
            {(props) => <textarea {...props} name="recovery-key" rows={3} spellCheck={false} autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />}
          </Field>
        ) : usual === 'keychain' ? (
          <>
            <p>{t('unlock.keychainOnly')}</p>
            <ErrorMessage message={error} />
          </>
        ) : (
          <Field label={usual === 'pin' ? t('unlock.pin') : t('unlock.passphrase')} error={error}>
            {(props) => (
              <input
                {...props}
                name={usual}
                type="password"
                inputMode={usual === 'pin' ? 'numeric' : undefined}
                autoComplete="current-password"
                autoFocus
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
              />
            )}
          </Field>
        )}
        {waitSeconds > 0 && <p role="status">{t('unlock.wait', { seconds: waitSeconds })}</p>}
        <div className="button-row">
          <button type="submit" className="button--primary" disabled={busy || waitSeconds > 0}>
            {busy ? t('unlock.working') : t('unlock.submit')}
          </button>
          <button
            type="button"
            className="button--link"
            onClick={() => {
              setMode(mode === 'recovery' ? 'usual' : 'recovery');
              setTyped('');
              setError(null);
            }}
          >
            {mode === 'recovery' ? t('unlock.usePassphrase') : t('unlock.useRecovery')}
          </button>
        </div>
      </form>
    </section>
  );
}
