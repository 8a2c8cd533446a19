import { useTranslation } from 'react-i18next';
import { updateSettings, useSettings, type AppSettings, type Theme } from '../../db/repositories/settings';
import type { Lang } from '../../domain/types';
import { host } from '../../host';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { AboutSection } from './AboutSection';
import { BackupSection } from '../backup/BackupSection';
import { PinSection } from './PinSection';
import { SecuritySection } from './SecuritySection';
import { RunSettingsSection } from './RunSettingsSection';
import { StorageSection } from './StorageSection';
import './settings.css';

const LANGUAGES: readonly Lang[] = ['en', 'it'];
const THEMES: readonly Theme[] = ['light', 'dark', 'system'];

/** App-wide preferences: language, appearance, the participant-mode PIN, storage and version. */
export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  const { run, error } = useAction();

  if (!settings) return <p className="status">{t('common:loading')}</p>;

  function save(patch: Partial<AppSettings>) {
    void run(() => updateSettings(patch));
  }

  function changeLanguage(lang: Lang) {
    save({ lang });
    // The native menu follows the app's language; in a browser this does nothing.
    void host.setLocale(lang);
  }

  return (
    <div className="settings-screen">
      <h1>{t('title')}</h1>
      <ErrorMessage message={error} />

      <section className="card settings-card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('language.title')}</h2>
        <fieldset className="choice-group">
          <legend>{t('language.legend')}</legend>
          {LANGUAGES.map((lang) => (
            <label key={lang} className="check">
              <input type="radio" name="language" value={lang} checked={settings.lang === lang} onChange={() => changeLanguage(lang)} />
              <span lang={lang}>{t(`language.${lang}`)}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section className="card settings-card" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">{t('appearance.title')}</h2>
        <fieldset className="choice-group">
          <legend>{t('appearance.theme')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} className="check">
              <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => save({ theme })} />
              <span>{t(`appearance.themes.${theme}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="check">
          <input
            id="large-print"
            type="checkbox"
            name="largePrint"
            aria-describedby="large-print-hint"
            checked={settings.largePrint}
            onChange={(e) => save({ largePrint: e.target.checked })}
          />
          <span>
            <label className="check__label" htmlFor="large-print">
              {t('appearance.largePrint')}
            </label>
            <span className="check__hint" id="large-print-hint">
              {t('appearance.largePrintHint')}
            </span>
          </span>
        </div>
      </section>

      <SecuritySection lockAfterMinutes={settings.lockAfterMinutes} />
      <RunSettingsSection settings={settings} onSave={save} />
      <PinSection pin={settings.participantPin} />
      <StorageSection lang={settings.lang} />
      <BackupSection lang={settings.lang} />
      <AboutSection />
    </div>
  );
}
