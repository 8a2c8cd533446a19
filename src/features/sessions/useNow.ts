import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` while `active`. Only for display: elapsed times are
 * computed from stored timestamps (src/domain/timer.ts), so a slow or skipped tick never loses time.
 */
export function useNow(active: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
