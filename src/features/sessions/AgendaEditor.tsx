import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlockToLibrary } from '../../db/repositories/library';
import { updateBlocks } from '../../db/repositories/sessions';
import { blankBlock, blockOffsets, duplicateBlock, formatStart, insertBlock, moveBlock, removeBlock, replaceBlock } from '../../domain/agenda';
import type { AgendaBlock, Lang, Session } from '../../domain/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { AgendaRow } from './AgendaRow';
import { BlockEditor, type BlockValues } from './BlockEditor';
import { LibraryPicker } from './LibraryPicker';

interface Props {
  session: Session;
  /** The group's language, for activities inserted from the library. */
  groupLang: Lang;
}

interface Pending {
  /** The stored `updatedAt` this local order was made from; once the database moves on it is dropped. */
  basedOn: number;
  blocks: AgendaBlock[];
}

/** Focus an element after React has re-rendered (e.g. a row's button after the row moved). */
function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** The planner's agenda: sortable blocks with start times, inline editing, library insert and undo. */
export function AgendaEditor({ session, groupLang }: Props) {
  const { t } = useTranslation('sessions');
  const { run, error } = useAction();
  const [pending, setPending] = useState<Pending | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState<AgendaBlock | null>(null);
  const [picking, setPicking] = useState(false);
  const [undo, setUndo] = useState<{ block: AgendaBlock; index: number } | null>(null);
  const [status, setStatus] = useState('');

  const blocks = pending && pending.basedOn === session.updatedAt ? pending.blocks : session.blocks;
  const offsets = blockOffsets(blocks);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  useEffect(() => {
    if (!undo) return;
    const timer = window.setTimeout(() => setUndo(null), 12_000);
    return () => window.clearTimeout(timer);
  }, [undo]);

  /** Save a new agenda, showing it at once; on refusal the stored agenda (unchanged) comes back. */
  async function write(next: AgendaBlock[]): Promise<boolean> {
    setPending({ basedOn: session.updatedAt, blocks: next });
    const ok = await run(() => updateBlocks(session.id, next).then(() => true));
    if (!ok) setPending(null);
    return Boolean(ok);
  }

  /** Like write(), but throws on refusal so the block editor keeps what was typed and shows why. */
  async function writeOrThrow(next: AgendaBlock[]): Promise<void> {
    await updateBlocks(session.id, next);
  }

  const position = (id: UniqueIdentifier) => blocks.findIndex((block) => block.id === id) + 1;
  const titleOf = (id: UniqueIdentifier) => blocks.find((block) => block.id === id)?.title ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.start', { title: titleOf(active.id), position: position(active.id), count: blocks.length }),
    onDragOver: ({ active, over }) =>
      over ? t('dnd.over', { title: titleOf(active.id), position: position(over.id), count: blocks.length }) : t('dnd.outside', { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over ? t('dnd.end', { title: titleOf(active.id), position: position(over.id), count: blocks.length }) : t('dnd.cancel', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('dnd.cancel', { title: titleOf(active.id) }),
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = position(active.id) - 1;
    const to = position(over.id) - 1;
    void write(moveBlock(blocks, from, to));
  }

  function move(index: number, to: number) {
    const block = blocks[index];
    if (!block || to < 0 || to >= blocks.length) return;
    void write(moveBlock(blocks, index, to)).then(() => {
      const edge = to === 0 ? 'down' : to === blocks.length - 1 ? 'up' : to < index ? 'up' : 'down';
      focusSoon(`[data-block-id="${block.id}"] [data-action="${edge}"]`);
    });
    setStatus(t('agenda.moved', { title: block.title, position: to + 1, count: blocks.length }));
  }

  async function remove(index: number) {
    const block = blocks[index];
    if (!block) return;
    if (editingId === block.id) setEditingId(null);
    if (await write(removeBlock(blocks, index))) {
      setUndo({ block, index });
      focusSoon('#agenda-undo');
    }
  }

  async function restore() {
    if (!undo) return;
    const { block, index } = undo;
    setUndo(null);
    if (await write(insertBlock(blocks, block, index))) focusSoon(`[data-block-id="${block.id}"] [data-action="edit"]`);
  }

  async function saveEdit(block: AgendaBlock, values: BlockValues) {
    const next: AgendaBlock = { ...block, ...values };
    if (!values.zone) delete next.zone;
    await writeOrThrow(replaceBlock(blocks, next));
    setEditingId(null);
    focusSoon(`[data-block-id="${block.id}"] [data-action="edit"]`);
  }

  async function saveNew(values: BlockValues) {
    if (!adding) return;
    const block: AgendaBlock = { ...adding, ...values };
    await writeOrThrow(insertBlock(blocks, block));
    setAdding(null);
    setStatus(t('agenda.added', { title: block.title }));
  }

  async function pick(block: AgendaBlock) {
    setPicking(false);
    if (await write(insertBlock(blocks, block))) {
      setStatus(t('agenda.added', { title: block.title }));
      focusSoon(`[data-block-id="${block.id}"] [data-action="edit"]`);
    }
  }

  async function toLibrary(block: AgendaBlock) {
    const saved = await run(() => saveBlockToLibrary(block));
    if (saved) setStatus(t('agenda.savedToLibrary', { title: block.title }));
  }

  return (
    <section className="agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      <ErrorMessage message={error} />
      {blocks.length === 0 && <p className="empty-state">{t('agenda.empty')}</p>}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      >
        <SortableContext items={blocks.map((block) => block.id)} strategy={verticalListSortingStrategy}>
          <ol className="agenda-list">
            {blocks.map((block, index) => (
              <AgendaRowFor
                key={block.id}
                block={block}
                index={index}
                count={blocks.length}
                start={formatStart(offsets[index] ?? 0, session.startTime)}
                editing={editingId === block.id}
                onEdit={() => setEditingId(editingId === block.id ? null : block.id)}
                onDuplicate={() => void write(duplicateBlock(blocks, index))}
                onMove={(to) => move(index, to)}
                onDelete={() => void remove(index)}
                onSaveToLibrary={() => void toLibrary(block)}
                onSave={(values) => saveEdit(block, values)}
                onCancel={() => setEditingId(null)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {undo && (
        <div className="toast" role="status">
          {t('agenda.deleted', { title: undo.block.title })}{' '}
          <button type="button" id="agenda-undo" className="button--small" onClick={() => void restore()}>
            {t('agenda.undo')}
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {adding ? (
        <div className="card">
          <BlockEditor heading={t('agenda.newBlock')} initial={adding} onSave={saveNew} onCancel={() => setAdding(null)} />
        </div>
      ) : (
        <div className="button-row">
          <button type="button" onClick={() => setAdding(blankBlock(''))}>
            {t('agenda.addBlock')}
          </button>
          <button type="button" onClick={() => setPicking(true)}>
            {t('agenda.addFromLibrary')}
          </button>
        </div>
      )}
      {picking && <LibraryPicker lang={groupLang} onPick={(block) => void pick(block)} onClose={() => setPicking(false)} />}
    </section>
  );
}

type RowProps = Omit<Parameters<typeof AgendaRow>[0], 'children'> & {
  onSave: (values: BlockValues) => Promise<void>;
  onCancel: () => void;
};

/** A row plus, while it is edited, its editor. */
function AgendaRowFor({ onSave, onCancel, ...row }: RowProps) {
  const { t } = useTranslation('sessions');
  return (
    <AgendaRow {...row}>
      {row.editing && (
        <div className="agenda-row__editor">
          <BlockEditor heading={t('agenda.editHeading', { title: row.block.title })} initial={row.block} onSave={onSave} onCancel={onCancel} />
        </div>
      )}
    </AgendaRow>
  );
}
