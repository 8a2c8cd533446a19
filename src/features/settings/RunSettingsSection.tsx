import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../db/repositories/settings';

/** Preferences for the run view: the soft sound at the calm cues, and the projector's progress line. Both off by default. */
export function RunSettingsSection({ settings, onSave }: { settings: AppSettings; onSave: (patch: Partial<AppSettings>) => void }) {
  const { t } = useTranslation('room');
  return (
    <section className="card settings-card" aria-labelledby="settings-run">
      <h2 id="settings-run">{t('settings.title')}</h2>
      <label className="check">
        <input type="checkbox" checked={settings.runCueSound} onChange={(event) => onSave({ runCueSound: event.target.checked })} />
        <span>{t('settings.sound')}</span>
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.presenterProgress} onChange={(event) => onSave({ presenterProgress: event.target.checked })} />
        <span>{t('settings.progress')}</span>
      </label>
    </section>
  );
}
