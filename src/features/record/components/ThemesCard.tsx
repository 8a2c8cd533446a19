import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isExportableThemeZone } from '../../../domain/summary/build';
import { newTheme, type RecordFieldError, type RecordPatch } from '../../../domain/summary/record';
import { themeSources } from '../../../domain/summary/sources';
import type { Group, Participant, SessionRecord, Theme, TreeItem } from '../../../domain/types';
import { THEME_ZONES, zoneLabel } from '../../../domain/zones';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ThemeForm } from './ThemeForm';

interface ThemesCardProps {
  group: Group;
  draft: SessionRecord;
  participants: readonly Participant[];
  treeItems: readonly TreeItem[];
  error?: RecordFieldError | undefined;
  update: (patch: RecordPatch, options?: { immediate?: boolean }) => void;
}

/** Themes by zone: a list grouped by zone with edit and delete, an add form, and the shared-notes helper. */
export function ThemesCard({ group, draft, participants, treeItems, error, update }: ThemesCardProps) {
  const { t, i18n } = useTranslation('record');
  const lang = i18n.language === 'it' ? 'it' : 'en';
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Theme | null>(null);
  const setThemes = (themes: Theme[]) => update({ themes }, { immediate: true });
  const sources = themeSources(treeItems, participants);
  const sourceCount = sources.reduce((sum, zone) => sum + zone.items.length, 0);

  return (
    <section className="card record-card" aria-labelledby="record-themes">
      <h2 id="record-themes">{t('sections.themes')}</h2>
      <p className="field__hint">{t('themes.intro')}</p>
      {draft.themes.length === 0 && <p className="muted">{t('themes.none')}</p>}
      {THEME_ZONES.map((zone) => {
        const themes = draft.themes.filter((theme) => theme.zone === zone);
        if (themes.length === 0) return null;
        return (
          <div key={zone} className="theme-zone">
            <h3>
              {zoneLabel(zone, lang, group)}{' '}
              {!isExportableThemeZone(zone) && <span className="private-badge">{t('themes.staysLocal')}</span>}
            </h3>
            <ul className="theme-list">
              {themes.map((theme) =>
                editing === theme.id ? (
                  <li key={theme.id} className="theme-list__item theme-list__item--editing">
                    <ThemeForm
                      group={group}
                      initial={{ zone: theme.zone, text: theme.text, band: theme.band }}
                      submitLabel={t('themes.update')}
                      onCancel={() => setEditing(null)}
                      onSubmit={(values) => {
                        setThemes(draft.themes.map((other) => (other.id === theme.id ? { ...other, ...values } : other)));
                        setEditing(null);
                      }}
                    />
                  </li>
                ) : (
                  <li key={theme.id} className="theme-list__item">
                    <span className="theme-list__text">{theme.text}</span>
                    <span className={`band band--${theme.band}`}>{t(`themes.bands.${theme.band}`)}</span>
                    <span className="button-row">
                      <button type="button" className="button--small" aria-label={t('themes.editLabel', { text: theme.text })} onClick={() => setEditing(theme.id)}>
                        {t('themes.edit')}
                      </button>
                      <button type="button" className="button--small" aria-label={t('themes.deleteLabel', { text: theme.text })} onClick={() => setDeleting(theme)}>
                        {t('themes.delete')}
                      </button>
                    </span>
                  </li>
                ),
              )}
            </ul>
          </div>
        );
      })}
      {error && (
        <p className="field__error" role="alert">
          {t(error.key, error.values)}
        </p>
      )}
      <h3>{t('themes.add')}</h3>
      <ThemeForm
        group={group}
        initial={{ zone: 'roots', text: '', band: 'several' }}
        submitLabel={t('themes.add')}
        onSubmit={(values) => setThemes([...draft.themes, newTheme(values.zone, values.text, values.band)])}
      />
      <details className="theme-sources">
        <summary>
          {t('themes.sources.title')} ({t('themes.sources.count', { count: sourceCount })})
        </summary>
        <p className="field__hint">{t('themes.sources.hint')}</p>
        {sources.length === 0 ? (
          <p className="muted">{t('themes.sources.none')}</p>
        ) : (
          sources.map((zone) => (
            <div key={zone.zone}>
              <h4>{zoneLabel(zone.zone, lang, group)}</h4>
              <ul>
                {zone.items.map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
              </ul>
            </div>
          ))
        )}
      </details>
      <ConfirmDialog
        open={deleting !== null}
        title={t('themes.deleteTitle')}
        confirmLabel={t('themes.delete')}
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) setThemes(draft.themes.filter((theme) => theme.id !== deleting.id));
          setDeleting(null);
        }}
      >
        <p>{t('themes.deleteBody', { text: deleting?.text ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
