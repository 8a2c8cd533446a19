import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visibilitiesFor } from '../../canvas/editor/commands';
import { MAX_NOTE_LENGTH } from '../../db/repositories/trees';
import type { TreeItem, ZoneId } from '../../domain/types';
import { ZONES } from '../../domain/zones';
import { StickerIcon } from './StickerIcon';
import type { TreeActions } from './useTreeActions';

interface ItemRowProps {
  item: TreeItem;
  selected: boolean;
  labels: Record<ZoneId, string>;
  actions: TreeActions;
  onSelect: (id: string, add: boolean) => void;
  /** Where focus goes after this row is deleted. */
  onDeleted: () => void;
}

/** What an item says in words: a note's text, or what kind of drawing or sticker it is. */
export function useItemText(item: TreeItem): string {
  const { t } = useTranslation('tree');
  if (item.kind === 'note') return item.text;
  if (item.kind === 'sticker') return t('panel.sticker', { name: t(`stickers.${item.sticker}`) });
  return t('panel.stroke');
}

/**
 * One item in the side panel, fully usable from the keyboard: select it on the canvas, edit a note's
 * text, move it to another zone, set its visibility, lock it, delete it.
 */
export const ItemRow = memo(function ItemRow({ item, selected, labels, actions, onSelect, onDeleted }: ItemRowProps) {
  const { t } = useTranslation('tree');
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const described = useItemText(item);
  const base = `item-${item.id}`;
  return (
    <li className={selected ? 'item-row item-row--selected' : 'item-row'} data-item-id={item.id} data-zone={item.zone} data-kind={item.kind}>
      <div className="item-row__head">
        {item.kind === 'sticker' && <StickerIcon name={item.sticker} size={18} color={item.color} />}
        <button type="button" className="item-row__select" aria-pressed={selected} onClick={(event) => onSelect(item.id, event.shiftKey)} id={`${base}-name`}>
          <span className="item-row__text">{described}</span>
          <span className="visually-hidden">{selected ? t('panel.selected') : t('panel.select')}</span>
        </button>
        {item.visibility === 'private' && <span className="private-badge">{t('common:visibility.private')}</span>}
        {item.locked && <span className="item-row__locked">{t('panel.locked')}</span>}
      </div>
      {editing && item.kind === 'note' ? (
        <form
          className="item-row__edit"
          onSubmit={(event) => {
            event.preventDefault();
            actions.setText(item.id, text);
            setEditing(false);
          }}
        >
          <label htmlFor={`${base}-text`}>{t('panel.noteText')}</label>
          <textarea
            id={`${base}-text`}
            value={text}
            maxLength={MAX_NOTE_LENGTH}
            autoFocus
            rows={3}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setEditing(false);
              }
            }}
          />
          <div className="button-row">
            <button type="submit" className="button--primary button--small">
              {t('common:actions.save')}
            </button>
            <button type="button" className="button--small" onClick={() => setEditing(false)}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="item-row__controls">
          <select aria-label={t('panel.zoneOf', { item: described })} value={item.zone} onChange={(event) => actions.setZone(item.id, event.target.value as ZoneId)} disabled={item.locked}>
            {ZONES.map((zone) => (
              <option key={zone} value={zone}>
                {labels[zone]}
              </option>
            ))}
          </select>
          <select
            aria-label={t('panel.visibilityOf', { item: described })}
            value={item.visibility}
            onChange={(event) => actions.setVisibility(item.id, event.target.value as TreeItem['visibility'])}
          >
            {visibilitiesFor(item.zone).map((visibility) => (
              <option key={visibility} value={visibility}>
                {t(`visibility.${visibility}`)}
              </option>
            ))}
          </select>
          {item.kind === 'note' && (
            <button
              type="button"
              className="button--small"
              disabled={item.locked}
              aria-label={t('panel.editOf', { item: described })}
              onClick={() => {
                setText(item.text);
                setEditing(true);
              }}
            >
              {t('common:actions.edit')}
            </button>
          )}
          <button type="button" className="button--small" aria-pressed={item.locked} aria-label={t('panel.lockOf', { item: described })} onClick={() => actions.setLocked(item.id, !item.locked)}>
            {t('actions.lock')}
          </button>
          <button
            type="button"
            className="button--small"
            disabled={item.locked}
            aria-label={t('panel.deleteOf', { item: described })}
            onClick={() => {
              actions.removeItem(item.id);
              onDeleted();
            }}
          >
            {t('common:actions.delete')}
          </button>
        </div>
      )}
    </li>
  );
},
// Handlers read the editor's latest state, so a row only needs to redraw when its item, selection or labels change.
(a, b) => a.item.id === b.item.id && a.item.updatedAt === b.item.updatedAt && a.selected === b.selected && a.labels === b.labels);
