import { useMemo } from 'react';
import { deleteItems, duplicateItems, moveItems, reorder, setColor, setLocked, setNoteText, setVisibility, setZone } from '../../canvas/editor/commands';
import { newNote, newSticker, nextZ } from '../../canvas/editor/itemFactory';
import type { TreeEditor } from '../../canvas/editor/useTreeEditor';
import { itemBounds } from '../../canvas/kinds/geometry';
import { fitNoteAtLeast, fitNoteExact } from '../../canvas/measure';
import { freeSpotInZone } from '../../domain/treeLayout';
import type { NoteItem, StickerName, Tree, Visibility, ZoneId } from '../../domain/types';

/** Every edit a screen offers (toolbar, shortcuts, side panel), as commands on the tree editor. */
export interface TreeActions {
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  hasSelection: boolean;
  selectionLocked: boolean;
  duplicate(): void;
  remove(): void;
  forward(): void;
  backward(): void;
  toggleLock(): void;
  selectAll(): void;
  nudge(dx: number, dy: number): void;
  /** Recolour the selected notes. */
  recolorNotes(color: string): void;
  hasNoteSelected: boolean;
  setZone(id: string, zone: ZoneId): void;
  setVisibility(id: string, visibility: Visibility): void;
  setText(id: string, text: string): void;
  setLocked(id: string, locked: boolean): void;
  removeItem(id: string): void;
  /** Add a note to a zone at a free spot; returns the new note's id. */
  addNote(zone: ZoneId, text: string): string | null;
  addSticker(zone: ZoneId, sticker: StickerName): string;
}

/** The tree's edit actions over the editor's latest state (stable behaviour, fresh each render). */
export function useTreeActions(editor: TreeEditor, tree: Tree): TreeActions {
  return useMemo<TreeActions>(() => {
    const now = () => Date.now();
    const state = () => editor.latest();
    const occupied = (zone: ZoneId) => state().items.filter((item) => item.zone === zone).map(itemBounds);
    const selectedItems = editor.items.filter((item) => editor.selection.includes(item.id));
    return {
      undo: editor.undo,
      redo: editor.redo,
      canUndo: editor.canUndo,
      canRedo: editor.canRedo,
      hasSelection: selectedItems.length > 0,
      selectionLocked: selectedItems.length > 0 && selectedItems.every((item) => item.locked),
      duplicate() {
        const { items, selection } = state();
        const result = duplicateItems(items, selection, now());
        editor.commit(result.changes, 'duplicate', result.ids);
      },
      remove() {
        const { items, selection } = state();
        editor.commit(deleteItems(items, selection), 'delete', []);
      },
      forward() {
        const { items, selection } = state();
        editor.commit(reorder(items, selection, 'forward', now()), 'forward');
      },
      backward() {
        const { items, selection } = state();
        editor.commit(reorder(items, selection, 'backward', now()), 'backward');
      },
      toggleLock() {
        const { items, selection } = state();
        const chosen = items.filter((item) => selection.includes(item.id));
        editor.commit(setLocked(items, selection, !chosen.every((item) => item.locked), now()), 'lock');
      },
      selectAll() {
        editor.select(state().items.map((item) => item.id));
      },
      hasNoteSelected: selectedItems.some((item) => item.kind === 'note' && !item.locked),
      recolorNotes(color) {
        const { items, selection } = state();
        const notes = items.filter((item) => item.kind === 'note' && selection.includes(item.id)).map((item) => item.id);
        editor.commit(setColor(items, notes, color, now()), 'colour');
      },
      nudge(dx, dy) {
        const { items, selection } = state();
        editor.commit(moveItems(items, selection, dx, dy, now(), fitNoteAtLeast), 'move');
      },
      setZone(id, zone) {
        editor.commit(setZone(state().items, [id], zone, now(), fitNoteAtLeast), 'zone');
      },
      setVisibility(id, visibility) {
        editor.commit(setVisibility(state().items, [id], visibility, now()), 'visibility');
      },
      setText(id, text) {
        const note = state().items.find((item): item is NoteItem => item.id === id && item.kind === 'note');
        if (note) editor.commit(setNoteText(note, text, now(), fitNoteExact), 'edit');
      },
      setLocked(id, locked) {
        editor.commit(setLocked(state().items, [id], locked, now()), 'lock');
      },
      removeItem(id) {
        editor.commit(deleteItems(state().items, [id]), 'delete');
      },
      addNote(zone, text) {
        if (!text.trim()) return null;
        // Measured first, then placed: the spot is chosen for the note's real size.
        const draft = fitNoteExact(newNote(tree, { zone, x: 0, y: 0, text: text.trim(), height: 60, z: nextZ(state().items), now: now() }));
        const spot = freeSpotInZone(zone, draft.width, draft.height, occupied(zone));
        const note = { ...draft, x: spot.x, y: spot.y };
        editor.commit([{ id: note.id, before: null, after: note }], 'add');
        return note.id;
      },
      addSticker(zone, sticker) {
        const spot = freeSpotInZone(zone, 90, 90, occupied(zone));
        const item = newSticker(tree, { zone, x: spot.x, y: spot.y, sticker, z: nextZ(state().items), now: now() });
        editor.commit([{ id: item.id, before: null, after: item }], 'sticker');
        return item.id;
      },
    };
  }, [editor, tree]);
}
