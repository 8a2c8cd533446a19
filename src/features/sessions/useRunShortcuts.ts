import { useEffect, useEffectEvent } from 'react';

/** Keys typed into a field are text, not shortcuts. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
}

/** Space on a focused button presses that button; only elsewhere does it start or pause the clock. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && Boolean(target.closest('button, a[href], input, summary, [role="button"]'));
}

export interface RunShortcutHandlers {
  toggleClock: () => void;
  next: () => void;
  previous: () => void;
  toggleCurtain: () => void;
  adjust: (minutes: number) => void;
  care: () => void;
}

/**
 * The run view's keyboard: Space (clock), N / P (blocks), B (curtain), + / 5 / − (time on the block),
 * C (pause for care). Ignored while typing and while a dialog is open.
 */
export function useRunShortcuts(handlers: RunShortcutHandlers): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
    if (document.querySelector('dialog[open]')) return;
    const key = event.key.toLowerCase();
    if (key === ' ') {
      if (isActivatable(event.target)) return;
      event.preventDefault();
      handlers.toggleClock();
    } else if (key === 'n') handlers.next();
    else if (key === 'p') handlers.previous();
    else if (key === 'b') handlers.toggleCurtain();
    else if (key === 'c') handlers.care();
    else if (key === '+' || key === '=') handlers.adjust(1);
    else if (key === '5') handlers.adjust(5);
    else if (key === '-' || key === '−') handlers.adjust(-1);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
