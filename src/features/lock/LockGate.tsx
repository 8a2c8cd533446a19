import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../app/useRoute';
import { db } from '../../db/db';
import { getPublicSettings } from '../../db/repositories/settings';
import { legacyDataExists, migrateLegacy } from '../../db/sealing/migrateLegacy';
import { host } from '../../host';
import { setLanguage } from '../../i18n';
import { isUnlocked, onLockChange } from '../../security/keyring';
import { startLockSync } from '../../security/lockChannel';
import { unlockWithKeychain, vaultState, type VaultState } from '../../security/vault';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DataErrorBoundary } from './DataErrorBoundary';
import { NewPassphraseForm } from './NewPassphraseForm';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { SetUpScreen } from './SetUpScreen';
import { UnlockScreen } from './UnlockScreen';
import { useIdleLock, useLockShortcut } from './useIdleLock';
import './lock.css';

type Phase =
  | { name: 'loading' }
  | { name: 'setup'; legacy: boolean; keychain: boolean }
  | { name: 'recoveryKey'; recoveryKey: string; legacy: boolean }
  | { name: 'migrating'; error: string | null }
  | { name: 'locked'; state: Extract<VaultState, { kind: 'locked' }> }
  | { name: 'newPassphrase' }
  | { name: 'open' };

/**
 * Nothing of Grove is shown until the data key is in memory. First start: set up protection (and move
 * data from an earlier release). Later starts: the keychain opens silently where there is one; otherwise
 * the lock screen. Locking (the button, Ctrl+L, idle time, the computer's screen lock or sleep, another
 * window locking) drops the key and comes back here; the presenter window shows only the curtain.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('security');
  const route = useRoute();
  const presenter = route.name === 'presenter';
  const [phase, setPhase] = useState<Phase>(() => (isUnlocked() ? { name: 'open' } : { name: 'loading' }));
  const [lockMinutes, setLockMinutes] = useState(10);
  const [startedWithKeychain, setStartedWithKeychain] = useState(false);

  useEffect(() => {
    let live = true;
    const show = (atStart: boolean) =>
      whatToShow(atStart).then(({ next, minutes, keychainStart }) => {
        if (!live) return;
        setLockMinutes(minutes);
        if (keychainStart) setStartedWithKeychain(true);
        setPhase((current) => (current.name === 'open' && next.name === 'locked' && isUnlocked() ? current : next));
      });
    const stopSync = startLockSync();
    const stopListening = onLockChange((unlocked) => {
      if (unlocked) setPhase((current) => (current.name === 'locked' || current.name === 'loading' ? { name: 'open' } : current));
      else {
        // Whatever was on screen goes at once (the data key is already gone), and Dexie's cached rows with it.
        db.close({ disableAutoOpen: false });
        setPhase({ name: 'loading' });
        void show(false);
      }
    });
    void show(true);
    return () => {
      live = false;
      stopListening();
      stopSync();
    };
  }, []);

  const open = phase.name === 'open';
  useIdleLock(lockMinutes, open && !presenter);
  useLockShortcut(open && !presenter);

  async function migrate() {
    setPhase({ name: 'migrating', error: null });
    try {
      await migrateLegacy();
      setPhase({ name: 'open' });
    } catch (caught) {
      setPhase({ name: 'migrating', error: caught instanceof Error ? caught.message : String(caught) });
    }
  }

  if (open) {
    return (
      <DataErrorBoundary
        fallback={(retry) => (
          <div className="lock-screen">
            <section className="lock-card" role="alert">
              <p>{t('errors.tampered')}</p>
              <button type="button" onClick={retry}>
                {t('errors.reload')}
              </button>
            </section>
          </div>
        )}
      >
        {children}
      </DataErrorBoundary>
    );
  }
  if (presenter) {
    return (
      <main className="lock-presenter" data-testid="curtain" aria-label={t('unlock.title')}>
        <p>{t('unlock.presenter')}</p>
      </main>
    );
  }
  return (
    <main id="main" className="lock-screen">
      {phase.name === 'setup' && (
        <SetUpScreen keychainAvailable={phase.keychain} legacy={phase.legacy} onDone={(recoveryKey) => setPhase({ name: 'recoveryKey', recoveryKey, legacy: phase.legacy })} />
      )}
      {phase.name === 'recoveryKey' && (
        <RecoveryKeyStep recoveryKey={phase.recoveryKey} onContinue={() => (phase.legacy ? void migrate() : setPhase({ name: 'open' }))} />
      )}
      {phase.name === 'migrating' && (
        <section className="lock-card" aria-busy={phase.error === null}>
          <h1>{t('recovery.migrating')}</h1>
          {phase.error === null ? <progress aria-label={t('recovery.migrating')} /> : <ErrorMessage message={t('recovery.migrationFailed', { message: phase.error })} />}
          {phase.error !== null && (
            <button type="button" className="button--primary" onClick={() => void migrate()}>
              {t('recovery.retry')}
            </button>
          )}
        </section>
      )}
      {phase.name === 'locked' && <UnlockScreen state={phase.state} onRecovered={() => setPhase({ name: 'newPassphrase' })} />}
      {phase.name === 'newPassphrase' && <NewPassphraseForm onDone={() => setPhase({ name: 'open' })} canSkip={startedWithKeychain} />}
    </main>
  );
}

/** Reads what the lock screen needs (language, theme, idle time) and decides which step comes first. */
async function whatToShow(atStart: boolean): Promise<{ next: Phase; minutes: number; keychainStart: boolean }> {
  const publicSettings = await getPublicSettings();
  setLanguage(publicSettings.lang);
  document.documentElement.dataset.theme = publicSettings.theme;
  document.documentElement.dataset.largePrint = String(publicSettings.largePrint);
  const minutes = publicSettings.lockAfterMinutes;
  if (isUnlocked()) return { next: { name: 'open' }, minutes, keychainStart: false };
  const state = await vaultState();
  if (state.kind === 'new') {
    return { next: { name: 'setup', legacy: await legacyDataExists(), keychain: await host.keychain.available() }, minutes, keychainStart: false };
  }
  if (atStart && state.keychain && (await unlockWithKeychain(host.keychain))) return { next: { name: 'open' }, minutes, keychainStart: true };
  return { next: isUnlocked() ? { name: 'open' } : { name: 'locked', state }, minutes, keychainStart: false };
}
