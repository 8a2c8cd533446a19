import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createLibraryBlock, deleteLibraryBlock, updateLibraryBlock, useLibraryBlocks } from '../../db/repositories/library';
import type { BlockKind, Lang, LibraryBlock } from '../../domain/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { BlockEditor, type BlockValues } from '../sessions/BlockEditor';
import { LibraryFilters } from '../sessions/LibraryFilters';
import { filterLibrary, libraryItems, type LibraryItem } from '../sessions/libraryItems';
import '../sessions/sessions.css';
import './library.css';

const NEW_BLOCK: BlockValues = { title: '', kind: 'custom', minutes: 10, prompts: [], materials: '', notes: '' };

/** The method library: the built-in activities of the method, and the facilitator's own saved blocks. */
export function LibraryScreen() {
  const { t, i18n } = useTranslation('sessions');
  const lang = i18n.language as Lang;
  const own = useLibraryBlocks();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<BlockKind | ''>('');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [toDelete, setToDelete] = useState<LibraryBlock | null>(null);
  const { run, error } = useAction();

  if (own === undefined) return <p className="status">{t('common:loading')}</p>;
  const items = filterLibrary(libraryItems(lang, own), query, kind);
  const builtins = items.filter((item) => item.source === 'builtin');
  const mine = items.filter((item) => item.source === 'own');

  async function saveNew(values: BlockValues) {
    await createLibraryBlock(values);
    setEditing(null);
  }

  async function saveEdit(id: string, values: BlockValues) {
    await updateLibraryBlock(id, values);
    setEditing(null);
  }

  async function confirmDelete() {
    const block = toDelete;
    setToDelete(null);
    if (block) await run(() => deleteLibraryBlock(block.id));
  }

  return (
    <div className="library-screen">
      <header className="page-header">
        <div>
          <h1>{t('library.title')}</h1>
          <p className="muted">{t('library.intro')}</p>
        </div>
        <button type="button" className="button--primary" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          {t('library.newBlock')}
        </button>
      </header>
      <LibraryFilters query={query} kind={kind} onQuery={setQuery} onKind={setKind} />
      <p className="status" aria-live="polite">
        {t('library.resultCount', { count: items.length })}
      </p>
      <ErrorMessage message={error} />
      {editing === 'new' && (
        <div className="card library-editor">
          <BlockEditor heading={t('library.newBlock')} initial={NEW_BLOCK} onSave={saveNew} onCancel={() => setEditing(null)} />
        </div>
      )}

      <section aria-labelledby="library-own-title">
        <h2 id="library-own-title">{t('library.own')}</h2>
        {own.length === 0 ? (
          <p className="empty-state">{t('library.ownEmpty')}</p>
        ) : mine.length === 0 ? (
          <p className="muted">{t('library.noMatch')}</p>
        ) : (
          <ul className="library-list">
            {mine.map((item) => (
              <li key={item.key} className={`card library-card${editing === item.own?.id ? ' library-card--editing' : ''}`}>
                {editing === item.own?.id ? (
                  <BlockEditor
                    heading={t('agenda.editHeading', { title: item.title })}
                    initial={item.own}
                    onSave={(values) => saveEdit(item.own!.id, values)}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <LibraryCard item={item}>
                    <div className="button-row">
                      <button type="button" className="button--small" onClick={() => setEditing(item.own!.id)} aria-label={t('library.editLabel', { title: item.title })}>
                        {t('common:actions.edit')}
                      </button>
                      <button type="button" className="button--small" onClick={() => setToDelete(item.own!)} aria-label={t('library.deleteLabel', { title: item.title })}>
                        {t('common:actions.delete')}
                      </button>
                    </div>
                  </LibraryCard>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="library-builtin-title">
        <h2 id="library-builtin-title">{t('library.builtin')}</h2>
        {builtins.length === 0 ? (
          <p className="muted">{t('library.noMatch')}</p>
        ) : (
          <ul className="library-list">
            {builtins.map((item) => (
              <li key={item.key} className="card library-card">
                <LibraryCard item={item} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {toDelete && (
        <ConfirmDialog
          open
          title={t('library.deleteTitle', { title: toDelete.title })}
          confirmLabel={t('common:actions.delete')}
          danger
          onConfirm={() => void confirmDelete()}
          onCancel={() => setToDelete(null)}
        >
          <p>{t('library.deleteText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function LibraryCard({ item, children }: { item: LibraryItem; children?: ReactNode }) {
  const { t, i18n } = useTranslation('sessions');
  const lang = i18n.language as Lang;
  return (
    <>
      <h3 className="library-card__title">{item.title}</h3>
      <p className="library-card__meta">
        {t(`kinds.${item.kind}`)}
        {item.zone ? ` · ${t(`common:zones.${item.zone}`)}` : ''} · {t('common:minutes', { count: item.minutes })}
      </p>
      {item.notes && <p className="library-card__notes">{item.notes}</p>}
      {item.prompts.length > 0 && (
        <details className="library-card__prompts">
          <summary>{t('agenda.promptCount', { count: item.prompts.length })}</summary>
          <ul>
            {item.prompts.map((prompt, index) => (
              <li key={index}>{prompt[lang] || prompt[lang === 'en' ? 'it' : 'en']}</li>
            ))}
          </ul>
        </details>
      )}
      {children}
    </>
  );
}
