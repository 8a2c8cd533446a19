import { useEffect, useRef } from 'react';

/**
 * Keeps the window on participant mode until the facilitator unlocks it: any other route (the back
 * button, a keyboard shortcut, a typed address) is sent straight back. Returns `unlock()`, which lets the
 * next navigation through.
 */
export function useParticipantLock(hash: string): () => void {
  const unlocked = useRef(false);
  useEffect(() => {
    unlocked.current = false;
    const bounce = () => {
      if (unlocked.current) return;
      if (window.location.hash !== hash) window.location.replace(hash);
    };
    // popstate comes first for both fragment navigations and the back button, and capture-phase
    // listeners run before the router's: the other screen never renders, and this one is not unmounted
    // before it can object.
    const options = { capture: true };
    window.addEventListener('popstate', bounce, options);
    window.addEventListener('hashchange', bounce, options);
    return () => {
      window.removeEventListener('popstate', bounce, options);
      window.removeEventListener('hashchange', bounce, options);
    };
  }, [hash]);
  return () => {
    unlocked.current = true;
  };
}
