import { useCallback, useEffect, useRef } from 'react';
import type { ToolId } from '../../canvas/tools';
import type { TreeActions } from './useTreeActions';

interface ShortcutOptions {
  actions: TreeActions;
  /** Escape: cancel the gesture under way, then clear the selection. */
  onEscape: () => void;
  onEditSelected: () => void;
  onTool?: (tool: ToolId) => void;
  onZoom?: (how: 'in' | 'out' | 'fit') => void;
  /** Participant mode offers fewer keys. */
  simple?: boolean;
}

const TOOL_KEYS: Record<string, ToolId> = { v: 'select', h: 'hand', n: 'note', p: 'pen', e: 'eraser', s: 'sticker' };

/** Is the key meant for a form control (typing, choosing) rather than for the canvas? */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog[open]') !== null;
}

/**
 * The tree's keyboard shortcuts: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, Delete, Ctrl+D, Ctrl+A, arrows to nudge,
 * [ and ] for stacking, Enter to edit a note, tool letters, + - 0 for zoom, and Space held to pan.
 * Returns whether Space is held. Keys typed into fields are left alone.
 */
export function useTreeShortcuts(options: ShortcutOptions): () => boolean {
  const latest = useRef(options);
  const space = useRef(false);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const { actions, onEscape, onEditSelected, onTool, onZoom, simple } = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const onButton = event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
      const handled = (): void => event.preventDefault();
      if (mod && key === 'z') {
        handled();
        if (event.shiftKey) actions.redo();
        else actions.undo();
        return;
      }
      if (mod && key === 'y') {
        handled();
        actions.redo();
        return;
      }
      if (event.key === 'Escape') {
        onEscape();
        return;
      }
      if (simple) return;
      if (mod && key === 'd') {
        handled();
        actions.duplicate();
        return;
      }
      if (mod && key === 'a') {
        handled();
        actions.selectAll();
        return;
      }
      if (mod || event.altKey) return;
      if ((event.key === 'Delete' || event.key === 'Backspace') && actions.hasSelection) {
        handled();
        actions.remove();
        return;
      }
      if (event.key.startsWith('Arrow') && actions.hasSelection) {
        handled();
        const step = event.shiftKey ? 40 : 8;
        const dx = event.key === 'ArrowLeft' ? -step : event.key === 'ArrowRight' ? step : 0;
        const dy = event.key === 'ArrowUp' ? -step : event.key === 'ArrowDown' ? step : 0;
        actions.nudge(dx, dy);
        return;
      }
      if (onButton) return;
      if (event.key === ' ') {
        handled();
        space.current = true;
        return;
      }
      if (event.key === 'Enter' && actions.hasSelection) {
        handled();
        onEditSelected();
        return;
      }
      if (event.key === ']') actions.forward();
      else if (event.key === '[') actions.backward();
      else if (event.key === '+' || event.key === '=') onZoom?.('in');
      else if (event.key === '-') onZoom?.('out');
      else if (event.key === '0') onZoom?.('fit');
      else if (TOOL_KEYS[key] && onTool) onTool(TOOL_KEYS[key]);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ') space.current = false;
    };
    const onBlur = () => {
      space.current = false;
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, []);
  return useCallback(() => space.current, []);
}
