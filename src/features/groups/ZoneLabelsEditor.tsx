import { useTranslation } from 'react-i18next';
import type { Lang, ZoneId } from '../../domain/types';
import type { FieldError } from '../../domain/validation';
import { DEFAULT_ZONE_LABELS, ZONES } from '../../domain/zones';
import { Field } from '../../ui/Field';
import { ZONE_LABEL_LANGS } from './groupDraft';

interface ZoneLabelsEditorProps {
  labels: Record<Lang, Record<ZoneId, string>>;
  error: FieldError | undefined;
  onChange: (labels: Record<Lang, Record<ZoneId, string>>) => void;
}

/**
 * The group's own names for the tree zones, in both languages (DOMAIN.md §1.3: sources disagree on
 * fruits versus flowers and seeds). Each label can go back to the default.
 */
export function ZoneLabelsEditor({ labels, error, onChange }: ZoneLabelsEditorProps) {
  const { t } = useTranslation('groups');

  function setLabel(lang: Lang, zone: ZoneId, value: string) {
    onChange({ ...labels, [lang]: { ...labels[lang], [zone]: value } });
  }

  function resetAll(lang: Lang) {
    onChange({ ...labels, [lang]: { ...DEFAULT_ZONE_LABELS[lang] } });
  }

  return (
    <section className="card settings-card" aria-labelledby="zone-labels-title">
      <h2 id="zone-labels-title">{t('settings.zoneLabelsTitle')}</h2>
      <p className="muted">{t('settings.zoneLabelsIntro')}</p>
      <div className="zone-labels">
        {ZONE_LABEL_LANGS.map((lang) => {
          const changed = ZONES.some((zone) => labels[lang][zone] !== DEFAULT_ZONE_LABELS[lang][zone]);
          return (
            <fieldset key={lang} className="zone-labels__lang">
              <legend>{t('settings.zoneLabelsIn', { lang: t(`langNames.${lang}`) })}</legend>
              {ZONES.map((zone) => {
                const value = labels[lang][zone];
                const isDefault = value === DEFAULT_ZONE_LABELS[lang][zone];
                const zoneError = error && error.values.lang === lang && error.values.zone === zone ? t(error.key, error.values) : null;
                return (
                  <div key={zone} className="zone-labels__row">
                    <Field label={t(`common:zones.${zone}`)} error={zoneError}>
                      {(props) => (
                        <input
                          {...props}
                          lang={lang}
                          value={value}
                          onChange={(e) => setLabel(lang, zone, e.target.value)}
                        />
                      )}
                    </Field>
                    {!isDefault && (
                      <button
                        type="button"
                        className="button--small"
                        onClick={() => setLabel(lang, zone, DEFAULT_ZONE_LABELS[lang][zone])}
                        aria-label={t('settings.resetZone', { zone: t(`common:zones.${zone}`), lang: t(`langNames.${lang}`) })}
                      >
                        {t('settings.reset')}
                      </button>
                    )}
                  </div>
                );
              })}
              <button type="button" className="button--small" disabled={!changed} onClick={() => resetAll(lang)}>
                {t('settings.resetAll', { lang: t(`langNames.${lang}`) })}
              </button>
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}
