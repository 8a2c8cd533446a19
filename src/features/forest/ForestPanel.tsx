import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FOREST_TEXT } from '../../db/repositories/forest';
import type { ForestItem, ForestItemKind } from '../../domain/types';
import { Field } from '../../ui/Field';
import { useAction } from '../../ui/useAction';

interface ForestPanelProps {
  kind: ForestItemKind;
  items: readonly ForestItem[];
  onAdd: (kind: ForestItemKind, text: string) => Promise<unknown>;
  onEdit: (id: string, text: string) => Promise<unknown>;
  onDelete: (id: string) => Promise<unknown>;
}

/**
 * The storms, or the collective document, as a list that can be added to, edited and trimmed with the
 * keyboard. Entries are group-level: nothing records who said what.
 */
export function ForestPanel({ kind, items, onAdd, onEdit, onDelete }: ForestPanelProps) {
  const { t } = useTranslation('forest');
  const [text, setText] = useState('');
  const { run, error, setError } = useAction();
  const id = useId();
  const prefix = kind === 'storm' ? 'storms' : 'collective';
  return (
    <section className="forest-panel" aria-labelledby={`${id}-title`} data-kind={kind}>
      <h2 id={`${id}-title`}>{t(`${prefix}.title`)}</h2>
      <p className="muted forest-panel__hint">{t(`${prefix}.hint`)}</p>
      {items.length === 0 ? (
        <p className="muted">{t(`${prefix}.empty`)}</p>
      ) : (
        <ul className="forest-panel__list">
          {items.map((item) => (
            <ForestEntry key={item.id} item={item} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </ul>
      )}
      <form
        className="forest-panel__add"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) {
            setError(t('common:errors.required'));
            return;
          }
          // Cleared at once so the next entry can be typed; put back if the write fails.
          const value = text;
          setText('');
          void run(() => onAdd(kind, value)).then((added) => {
            if (added === undefined) setText(value);
          });
        }}
      >
        <Field label={t(`${prefix}.add`)} error={error}>
          {(props) => <textarea {...props} rows={2} maxLength={MAX_FOREST_TEXT} value={text} onChange={(event) => setText(event.target.value)} />}
        </Field>
        <button type="submit" className="button--primary button--small">
          {t(`${prefix}.addButton`)}
        </button>
      </form>
    </section>
  );
}

function ForestEntry({ item, onEdit, onDelete }: { item: ForestItem; onEdit: ForestPanelProps['onEdit']; onDelete: ForestPanelProps['onDelete'] }) {
  const { t } = useTranslation('forest');
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const { run, error } = useAction();
  const id = useId();
  if (editing) {
    return (
      <li className="forest-panel__entry">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              await onEdit(item.id, text);
              setEditing(false);
            });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setEditing(false);
            }
          }}
        >
          <label htmlFor={`${id}-edit`}>{t('entry.text')}</label>
          <textarea id={`${id}-edit`} rows={2} autoFocus maxLength={MAX_FOREST_TEXT} value={text} onChange={(event) => setText(event.target.value)} aria-invalid={Boolean(error)} />
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button--primary button--small">
              {t('common:actions.save')}
            </button>
            <button type="button" className="button--small" onClick={() => setEditing(false)}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="forest-panel__entry">
      <span className="forest-panel__text">{item.text}</span>
      <span className="button-row">
        <button
          type="button"
          className="button--small"
          aria-label={t('entry.edit', { text: item.text })}
          onClick={() => {
            setText(item.text);
            setEditing(true);
          }}
        >
          {t('common:actions.edit')}
        </button>
        <button type="button" className="button--small" aria-label={t('entry.delete', { text: item.text })} onClick={() => void run(() => onDelete(item.id))}>
          {t('common:actions.delete')}
        </button>
      </span>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
