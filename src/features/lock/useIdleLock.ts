import { useEffect } from 'react';
import { lock } from '../../security/keyring';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Screens that hold off the idle lock while they are in use (a session whose clock is running). */
let holds = 0;

/**
 * While `active`, the idle lock waits: a facilitator running a session may not touch the laptop for many
 * minutes while the group talks, and locking would drop the curtain on the projector mid-round. Lock now
 * (button, Ctrl+L) and the computer's own screen lock still work.
 */
export function useIdleLockHold(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    holds += 1;
    return () => {
      holds -= 1;
    };
  }, [active]);
}

/** Locks Grove after `minutes` without a key press, click or touch in this window. */
export function useIdleLock(minutes: number, enabled: boolean): void {
  useEffect(() => {
    if (!enabled || minutes <= 0) return;
    const arm = () =>
      window.setTimeout(() => {
        if (holds > 0) timer = arm();
        else lock();
      }, minutes * 60_000);
    let timer = arm();
    const reset = () => {
      window.clearTimeout(timer);
      timer = arm();
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
