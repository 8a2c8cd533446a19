import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaBlock } from '../../domain/types';

interface Props {
  block: AgendaBlock;
  index: number;
  count: number;
  start: string;
  editing: boolean;
  /** The editor shown under the row while this block is edited. */
  children?: ReactNode;
  onEdit: () => void;
  onDuplicate: () => void;
  onMove: (to: number) => void;
  onDelete: () => void;
  onSaveToLibrary: () => void;
}

/** One agenda block: a drag handle (mouse, touch and keyboard through dnd-kit), its times and its actions. */
export function AgendaRow({ block, index, count, start, editing, children, onEdit, onDuplicate, onMove, onDelete, onSaveToLibrary }: Props) {
  const { t } = useTranslation('sessions');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: block.id, disabled: editing });
  const style = { transform: CSS.Translate.toString(transform), transition };
  const titleId = `block-title-${block.id}`;

  return (
    <li ref={setNodeRef} style={style} data-block-id={block.id} className={`agenda-row${isDragging ? ' agenda-row--dragging' : ''}${block.kind === 'break' ? ' agenda-row--break' : ''}`}>
      <div className="agenda-row__main">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="agenda-row__handle"
          data-action="handle"
          {...attributes}
          {...listeners}
          aria-label={t('agenda.dragLabel', { title: block.title })}
          aria-roledescription={t('agenda.sortable')}
          disabled={editing}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="agenda-row__start">
          <span className="visually-hidden">{t('agenda.starts')} </span>
          {start}
        </span>
        <span className="agenda-row__title">
          <span id={titleId} className="agenda-row__name">
            {block.title}
          </span>
          <span className="agenda-row__meta">
            {t(`kinds.${block.kind}`)}
            {block.zone ? ` · ${t(`common:zones.${block.zone}`)}` : ''}
            {block.prompts.length > 0 ? ` · ${t('agenda.promptCount', { count: block.prompts.length })}` : ''}
          </span>
        </span>
        <span className="agenda-row__minutes">{t('common:minutes', { count: block.minutes })}</span>
        <div className="agenda-row__actions">
          <button type="button" className="button--small" data-action="edit" onClick={onEdit} aria-expanded={editing} aria-label={t('agenda.editLabel', { title: block.title })}>
            {t('common:actions.edit')}
          </button>
          <button type="button" className="button--small" data-action="up" onClick={() => onMove(index - 1)} disabled={index === 0} aria-label={t('agenda.moveUpLabel', { title: block.title })} title={t('common:actions.moveUp')}>
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" className="button--small" data-action="down" onClick={() => onMove(index + 1)} disabled={index === count - 1} aria-label={t('agenda.moveDownLabel', { title: block.title })} title={t('common:actions.moveDown')}>
            <span aria-hidden="true">↓</span>
          </button>
          <button type="button" className="button--small" data-action="duplicate" onClick={onDuplicate} aria-label={t('agenda.duplicateLabel', { title: block.title })}>
            {t('common:actions.duplicate')}
          </button>
          <button type="button" className="button--small" data-action="library" onClick={onSaveToLibrary} aria-label={t('agenda.saveToLibraryLabel', { title: block.title })}>
            {t('agenda.saveToLibrary')}
          </button>
          <button type="button" className="button--small" data-action="delete" onClick={onDelete} aria-label={t('agenda.deleteLabel', { title: block.title })}>
            {t('common:actions.delete')}
          </button>
        </div>
      </div>
      {children}
    </li>
  );
}
