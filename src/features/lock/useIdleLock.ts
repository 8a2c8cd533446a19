import { useEffect } from 'react';
import { lock } from '../../security/keyring';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks Grove after `minutes` without a key press, click or touch in this window. */
export function useIdleLock(minutes: number, enabled: boolean): void {
  useEffect(() => {
    if (!enabled || minutes <= 0) return;
    let timer = window.setTimeout(lock, minutes * 60_000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, minutes * 60_000);
    };
    for (const type of ACTIVITY) window.addEventListener(type, reset, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, reset, { capture: true });
    };
  }, [minutes, enabled]);
}

/** Ctrl+L (Cmd+L on a Mac) locks at once. In the desktop app the menu's accelerator does the same. */
export function useLockShortcut(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'l' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      lock();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [enabled]);
}
