import type { SymbolName } from '../../domain/types';

/** Simple 24×24 outlines for each participant symbol; drawn inline so no font or file is needed. */
const PATHS: Record<SymbolName, string> = {
  leaf: 'M5 19C5 11 10 5 19 5c0 9-6 14-14 14zM5 19l7-7',
  star: 'M12 2.8l2.8 5.8 6.4.8-4.7 4.4 1.2 6.3L12 17l-5.7 3.1 1.2-6.3-4.7-4.4 6.4-.8z',
  sun: 'M12 8a4 4 0 1 1 0 8 4 4 0 0 1 0-8zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1',
  moon: 'M19.5 14.5A8 8 0 1 1 9.5 4.5a6.5 6.5 0 0 0 10 10z',
  drop: 'M12 3c3.5 4.5 6 7.8 6 11a6 6 0 0 1-12 0c0-3.2 2.5-6.5 6-11z',
  heart: 'M12 20s-7.5-4.6-7.5-10.2A4.2 4.2 0 0 1 12 7.3a4.2 4.2 0 0 1 7.5 2.5C19.5 15.4 12 20 12 20z',
  bird: 'M3 13c3 .5 5.5-1 7-4 1-2 3-3 5-2.3L17 5l1.2 2.3 3 .7-3.2 1.3c-.4 4.6-4 7.7-9 7.7-2.6 0-4.6-1.4-6-4zM9 17l-1.5 3M12 17l.5 3',
  flower:
    'M12 9.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM12 9.5c-1.8-2-1.8-4.5 0-6 1.8 1.5 1.8 4 0 6zM12 14.5c1.8 2 1.8 4.5 0 6-1.8-1.5-1.8-4 0-6zM9.5 12c-2 1.8-4.5 1.8-6 0 1.5-1.8 4-1.8 6 0zM14.5 12c2-1.8 4.5-1.8 6 0-1.5 1.8-4 1.8-6 0z',
  stone: 'M4 15c0-4 3.8-7 8.2-7S20 10.8 20 14.3 16.6 19 12 19s-8-.9-8-4z',
  wave: 'M2 9.5c2.5-3 5-3 7.5 0s5 3 7.5 0 3.8-2.2 5-1M2 15.5c2.5-3 5-3 7.5 0s5 3 7.5 0 3.8-2.2 5-1',
};

/** A participant symbol as an inline SVG, decorative (the symbol's name is always written beside it). */
export function SymbolIcon({ symbol, size = 20 }: { symbol: SymbolName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[symbol]} />
    </svg>
  );
}

/** Black or white, whichever reads better on a participant's colour (WCAG relative luminance). */
export function inkFor(hex: string): '#000000' | '#ffffff' {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

/** A participant's colour and symbol as one round token. */
export function ParticipantToken({ color, symbol, size = 36 }: { color: string; symbol: SymbolName; size?: number }) {
  return (
    <span className="participant-token" style={{ background: color, color: inkFor(color), width: size, height: size }} aria-hidden="true">
      <SymbolIcon symbol={symbol} size={Math.round(size * 0.6)} />
    </span>
  );
}
