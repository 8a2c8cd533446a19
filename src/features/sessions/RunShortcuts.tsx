import { useTranslation } from 'react-i18next';

const SESSION_KEYS = ['space', 'n', 'p', 'b'] as const;
const ROOM_KEYS = ['plus', 'five', 'minus', 'care'] as const;

/** The run view's keyboard shortcuts, listed beside the agenda. */
export function RunShortcuts() {
  const { t } = useTranslation('sessions');
  return (
    <section className="card run-shortcuts" aria-labelledby="run-shortcuts-title">
      <h2 id="run-shortcuts-title">{t('run.shortcuts.title')}</h2>
      <dl>
        {SESSION_KEYS.map((key) => (
          <div key={key}>
            <dt>
              <kbd>{t(`run.shortcuts.keys.${key}`)}</kbd>
            </dt>
            <dd>{t(`run.shortcuts.${key}`)}</dd>
          </div>
        ))}
        {ROOM_KEYS.map((key) => (
          <div key={key}>
            <dt>
              <kbd>{t(`room:shortcuts.${key}`)}</kbd>
            </dt>
            <dd>{t(`room:shortcuts.${key}Text`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
