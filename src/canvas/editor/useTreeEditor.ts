import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyTreeChanges } from '../../db/repositories/trees';
import { canRedo, canUndo, emptyHistory, record, redo as redoStep, undo as undoStep, withdraw, type Change, type History } from '../../domain/history';
import type { Tree, TreeItem } from '../../domain/types';
import { describeError } from '../../ui/useAction';
import { touched } from './commands';
import { mergePending, prunePending, type PendingEntry } from './pending';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface TreeEditor {
  /** Items as shown (stored + optimistic), bottom of the stack first. */
  items: TreeItem[];
  selection: string[];
  select(ids: readonly string[]): void;
  /** Apply an edit at once, write it to IndexedDB, and record it as one undo step. */
  commit(changes: readonly Change<TreeItem>[], label: string, select?: readonly string[]): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  savedAt: number | null;
  error: string | null;
  /** Latest items and selection for event handlers (never read during render). */
  latest(): { items: readonly TreeItem[]; selection: readonly string[] };
}

/**
 * The tree editor's document state: what is stored, what is being written, the selection and the
 * undo history. Every edit is written at once as one transaction of small item rows; "saved" is shown
 * only once the transaction has committed, so a reload or crash never loses what was shown as saved.
 */
export function useTreeEditor(tree: Tree, stored: readonly TreeItem[]): TreeEditor {
  const { t } = useTranslation();
  const [pending, setPending] = useState<ReadonlyMap<string, PendingEntry>>(new Map());
  const [selection, setSelection] = useState<string[]>([]);
  const [history, setHistory] = useState<History<TreeItem>>(() => emptyHistory());
  const [inFlight, setInFlight] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const items = useMemo(() => mergePending(stored, pending), [stored, pending]);
  const visibleSelection = useMemo(() => selection.filter((id) => items.some((item) => item.id === id)), [selection, items]);

  const latestRef = useRef({ items: items as readonly TreeItem[], selection: visibleSelection as readonly string[], stored, history });
  // A layout effect: handlers must see what is on screen as soon as it is committed, before any click.
  useLayoutEffect(() => {
    latestRef.current = { items, selection: visibleSelection, stored, history };
  }, [items, visibleSelection, stored, history]);

  const queue = useRef<Promise<void>>(Promise.resolve());
  const writeSeq = useRef(0);

  /** Show changes at once and write them; on failure, drop them from the screen and report. */
  const write = useCallback(
    (changes: readonly Change<TreeItem>[], onFailure: () => void) => {
      const seq = ++writeSeq.current;
      setPending((previous) => {
        const next = new Map(previous);
        for (const change of changes) next.set(change.id, { item: change.after, version: change.after?.updatedAt ?? 0, write: seq });
        return next;
      });
      setInFlight((n) => n + 1);
      setSaveState('saving');
      const treeId = tree.id;
      queue.current = queue.current.then(async () => {
        try {
          await applyTreeChanges(treeId, changes);
          setSaveState('saved');
          setSavedAt(Date.now());
          setError(null);
          setPending((previous) => prunePending(previous, latestRef.current.stored));
        } catch (caught) {
          setPending((previous) => new Map([...previous].filter(([, entry]) => entry.write !== seq)));
          setSaveState('error');
          setError(describeError(caught, t));
          onFailure();
        } finally {
          setInFlight((n) => n - 1);
        }
      });
    },
    [tree.id, t],
  );

  // Entries the database already shows are dropped whenever fresh rows arrive.
  useEffect(() => {
    if (inFlight > 0) return;
    const timer = setTimeout(() => setPending((previous) => (previous.size === 0 ? previous : prunePending(previous, stored))), 0);
    return () => clearTimeout(timer);
  }, [stored, inFlight]);

  const commit = useCallback(
    (changes: readonly Change<TreeItem>[], label: string, select?: readonly string[]) => {
      if (select) setSelection([...select]);
      if (changes.length === 0) return;
      const key = `${Date.now()}-${Math.random()}`;
      setHistory((previous) => record(previous, { key, label, changes }));
      write(changes, () => setHistory((previous) => withdraw(previous, key)));
    },
    [write],
  );

  /** Undo and redo write fresh copies (a new updatedAt), so the newest version always wins. */
  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const before = latestRef.current.history;
      const result = direction === 'undo' ? undoStep(before) : redoStep(before);
      if (!result) return;
      const now = Date.now();
      const current = new Map(latestRef.current.items.map((item) => [item.id, item]));
      const changes = result.apply.map((change) => {
        const shown = current.get(change.id) ?? null;
        const after = change.after ? touched(change.after, {}, Math.max(now, (shown?.updatedAt ?? 0) + 1)) : null;
        return { id: change.id, before: shown, after };
      });
      setHistory(result.history);
      latestRef.current = { ...latestRef.current, history: result.history };
      setSelection(changes.filter((change) => change.after).map((change) => change.id));
      write(changes, () => setHistory(before));
    },
    [write],
  );

  return {
    items,
    selection: visibleSelection,
    select: useCallback((ids: readonly string[]) => setSelection([...ids]), []),
    commit,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step]),
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    saveState: inFlight > 0 ? 'saving' : saveState,
    savedAt,
    error,
    latest: useCallback(() => latestRef.current, []),
  };
}
