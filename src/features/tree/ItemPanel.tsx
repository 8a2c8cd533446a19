import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH } from '../../db/repositories/trees';
import { STICKER_NAMES } from '../../domain/stickers';
import type { Lang, StickerName, TreeItem, ZoneId } from '../../domain/types';
import { ZONES } from '../../domain/zones';
import { Field } from '../../ui/Field';
import { ItemRow } from './ItemRow';
import type { TreeActions } from './useTreeActions';

/** Rows listed per zone before "Show all". */
const ROW_LIMIT = 40;

interface ItemPanelProps {
  items: readonly TreeItem[];
  selection: readonly string[];
  labels: Record<ZoneId, string>;
  labelLang: Lang;
  actions: TreeActions;
  onSelect: (ids: string[]) => void;
}

/**
 * The side panel: every item listed under its zone, and a form per zone to add a note or a sticker.
 * Everything the canvas does to an item can be done here with the keyboard alone.
 */
export function ItemPanel({ items, selection, labels, labelLang, actions, onSelect }: ItemPanelProps) {
  const { t } = useTranslation('tree');
  const [adding, setAdding] = useState<ZoneId | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<ZoneId>>(new Set());
  const addButtons = useRef(new Map<ZoneId, HTMLButtonElement>());
  const select = (id: string, add: boolean) => onSelect(add ? (selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id]) : [id]);
  return (
    <aside className="item-panel" aria-labelledby="item-panel-title">
      <h2 id="item-panel-title">{t('panel.title')}</h2>
      <p className="muted item-panel__hint">{t('panel.hint')}</p>
      {ZONES.map((zone) => {
        const inZone = items.filter((item) => item.zone === zone);
        const headingId = `zone-heading-${zone}`;
        // A very full zone lists its first rows and offers the rest, so opening a big tree stays quick.
        const shown = expanded.has(zone) || inZone.length <= ROW_LIMIT ? inZone : inZone.slice(0, ROW_LIMIT);
        return (
          <section key={zone} className="item-panel__zone" aria-labelledby={headingId} data-zone={zone}>
            <h3 id={headingId}>
              <span lang={labelLang}>{labels[zone]}</span> <span className="muted">({inZone.length})</span>
            </h3>
            {inZone.length > 0 && (
              <ul className="item-panel__list">
                {shown.map((item) => (
                  <ItemRow
                    key={item.id}
                    item={item}
                    selected={selection.includes(item.id)}
                    labels={labels}
                    actions={actions}
                    onSelect={select}
                    onDeleted={() => addButtons.current.get(zone)?.focus()}
                  />
                ))}
              </ul>
            )}
            {shown.length < inZone.length && (
              <button type="button" className="button--small item-panel__more" onClick={() => setExpanded((previous) => new Set([...previous, zone]))}>
                {t('panel.showAll', { count: inZone.length, zone: labels[zone] })}
              </button>
            )}
            {adding === zone ? (
              <AddForm zone={zone} label={labels[zone]} actions={actions} onClose={() => {
                setAdding(null);
                requestAnimationFrame(() => addButtons.current.get(zone)?.focus());
              }} />
            ) : (
              <button
                type="button"
                className="button--small"
                ref={(node) => {
                  if (node) addButtons.current.set(zone, node);
                  else addButtons.current.delete(zone);
                }}
                onClick={() => setAdding(zone)}
              >
                {t('panel.addTo', { zone: labels[zone] })}
              </button>
            )}
          </section>
        );
      })}
    </aside>
  );
}

function AddForm({ zone, label, actions, onClose }: { zone: ZoneId; label: string; actions: TreeActions; onClose: () => void }) {
  const { t } = useTranslation('tree');
  const [kind, setKind] = useState<'note' | 'sticker'>('note');
  const [text, setText] = useState('');
  const [sticker, setSticker] = useState<StickerName>('heart');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = `add-${zone}`;
  return (
    <form
      className="item-panel__add"
      aria-label={t('panel.addTo', { zone: label })}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (kind === 'note') {
          if (!text.trim()) {
            setError(t('common:errors.required'));
            textRef.current?.focus();
            return;
          }
          actions.addNote(zone, text);
          setText('');
          setError(null);
          setAdded(t('panel.noteAdded', { zone: label }));
          textRef.current?.focus();
        } else {
          actions.addSticker(zone, sticker);
          setAdded(t('panel.stickerAdded', { zone: label }));
        }
      }}
    >
      <fieldset className="item-panel__kind">
        <legend>{t('panel.kind')}</legend>
        <label>
          <input type="radio" name={`${id}-kind`} checked={kind === 'note'} onChange={() => setKind('note')} /> {t('panel.kindNote')}
        </label>
        <label>
          <input type="radio" name={`${id}-kind`} checked={kind === 'sticker'} onChange={() => setKind('sticker')} /> {t('panel.kindSticker')}
        </label>
      </fieldset>
      {kind === 'note' ? (
        <Field label={t('panel.noteText')} error={error}>
          {(props) => (
            <textarea
              {...props}
              ref={textRef}
              autoFocus
              rows={2}
              maxLength={MAX_NOTE_LENGTH}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </Field>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-sticker`}>{t('panel.stickerChoice')}</label>
          <select id={`${id}-sticker`} value={sticker} onChange={(event) => setSticker(event.target.value as StickerName)}>
            {STICKER_NAMES.map((name) => (
              <option key={name} value={name}>
                {t(`stickers.${name}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button--primary button--small">
          {t('common:actions.add')}
        </button>
        <button type="button" className="button--small" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {added}
      </p>
    </form>
  );
}
