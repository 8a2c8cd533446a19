import { useEffect, useRef } from 'react';

/**
 * Keep the projector's discreet progress line in step: the fraction (to the nearest percent) while it is
 * allowed and the clock runs, otherwise hidden. Sends only when the value changes.
 */
export function usePresenterProgress(send: (fraction: number | null) => void, fraction: number | null): void {
  const last = useRef<number | null | undefined>(undefined);
  const rounded = fraction === null ? null : Math.round(Math.min(1, Math.max(0, fraction)) * 100) / 100;
  useEffect(() => {
    if (last.current === rounded) return;
    last.current = rounded;
    send(rounded);
  }, [rounded, send]);
}
