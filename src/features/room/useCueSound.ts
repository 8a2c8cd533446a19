import { useEffect, useRef } from 'react';
import type { Cue } from '../../domain/replan';

/** A soft, short, low tone made on this computer (no sound file, nothing fetched). */
function playSoftTone(): void {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = 440;
  gain.gain.setValueAtTime(0, context.currentTime);
  gain.gain.linearRampToValueAtTime(0.08, context.currentTime + 0.08);
  gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + 0.9);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  oscillator.stop(context.currentTime + 1);
  oscillator.onended = () => void context.close();
}

/** Play the soft tone once each time the cue moves on (a fifth left, nearly over, over), when enabled. */
export function useCueSound(cue: Cue, enabled: boolean): void {
  const last = useRef<Cue>(cue);
  useEffect(() => {
    const previous = last.current;
    last.current = cue;
    if (enabled && cue !== previous && cue !== 'plenty') playSoftTone();
  }, [cue, enabled]);
}
