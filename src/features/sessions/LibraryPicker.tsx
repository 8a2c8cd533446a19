import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibraryBlocks } from '../../db/repositories/library';
import type { AgendaBlock, Lang } from '../../domain/types';
import { LibraryFilters } from './LibraryFilters';
import { filterLibrary, libraryItems, type LibraryItem } from './libraryItems';

interface Props {
  /** The group's language: inserted copies of built-in activities use it. */
  lang: Lang;
  onPick: (block: AgendaBlock, item: LibraryItem) => void;
  onClose: () => void;
}

/** A modal list of the method library from which the planner inserts a copy of an activity. */
export function LibraryPicker({ lang, onPick, onClose }: Props) {
  const { t } = useTranslation('sessions');
  const own = useLibraryBlocks();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<LibraryItem['kind'] | ''>('');
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const items = filterLibrary(libraryItems(lang, own ?? []), query, kind);
  return (
    <dialog
      ref={ref}
      className="dialog library-picker"
      aria-labelledby="library-picker-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="library-picker-title">{t('picker.title')}</h2>
      <LibraryFilters query={query} kind={kind} onQuery={setQuery} onKind={setKind} />
      <p className="status" aria-live="polite">
        {t('library.resultCount', { count: items.length })}
      </p>
      <ul className="library-picker__list">
        {items.map((item) => (
          <li key={item.key} className="library-picker__item">
            <span>
              <strong>{item.title}</strong>
              <span className="muted">
                {' '}
                · {t(`kinds.${item.kind}`)} · {t('common:minutes', { count: item.minutes })}
                {item.source === 'own' ? ` · ${t('library.ownTag')}` : ''}
              </span>
            </span>
            <button type="button" className="button--small" onClick={() => onPick(item.toBlock(), item)} aria-label={t('picker.addLabel', { title: item.title })}>
              {t('common:actions.add')}
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      </div>
    </dialog>
  );
}
