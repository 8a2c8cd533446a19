import { STICKER_ACCENT, STICKER_COLORS, STICKER_DARK, STICKERS } from '../../domain/stickers';
import type { StickerName } from '../../domain/types';

/** A sticker as a small inline SVG (toolbars, the side panel), from the same path data the canvas draws. */
export function StickerIcon({ name, size = 22, color }: { name: StickerName; size?: number; color?: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      {STICKERS[name].map((part, index) => (
        <path key={index} d={part.d} fill={part.role === 'main' ? (color ?? STICKER_COLORS[name]) : part.role === 'accent' ? STICKER_ACCENT : STICKER_DARK} />
      ))}
    </svg>
  );
}
