import type { StickerName } from './types';

/**
 * Vector stickers as SVG path data in a 100 × 100 box centred on (50, 50). Each sticker is a few parts:
 * `main` parts take the sticker's colour, `accent` and `dark` parts keep fixed colours (a flower's
 * heart, a bird's eye). Drawn by Konva.Path on the canvas and measurable without a DOM.
 */

export type StickerPartRole = 'main' | 'accent' | 'dark';

export interface StickerPart {
  role: StickerPartRole;
  d: string;
}

export const STICKER_NAMES: readonly StickerName[] = ['heart', 'star', 'sun', 'bird', 'hand', 'home', 'flower', 'drop'];

/** Default colours: warm, saturated enough to read on the tree's greens and browns. */
export const STICKER_COLORS: Record<StickerName, string> = {
  heart: '#d1495b',
  star: '#e0a100',
  sun: '#f2a900',
  bird: '#2f7fb5',
  hand: '#c47a45',
  home: '#8a5a44',
  flower: '#c8559a',
  drop: '#2d8fd5',
};

export const STICKER_ACCENT = '#ffd23f';
export const STICKER_DARK = '#1f2a22';

/** A circle as a closed path (two arcs). */
export function circlePath(cx: number, cy: number, r: number): string {
  return `M${fmt(cx - r)} ${fmt(cy)} A${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(cx + r)} ${fmt(cy)} A${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(cx - r)} ${fmt(cy)} Z`;
}

/** A rounded rectangle as a closed path. */
export function roundedRectPath(x: number, y: number, w: number, h: number, r: number): string {
  const radius = Math.min(r, w / 2, h / 2);
  return [
    `M${fmt(x + radius)} ${fmt(y)}`,
    `L${fmt(x + w - radius)} ${fmt(y)}`,
    `A${fmt(radius)} ${fmt(radius)} 0 0 1 ${fmt(x + w)} ${fmt(y + radius)}`,
    `L${fmt(x + w)} ${fmt(y + h - radius)}`,
    `A${fmt(radius)} ${fmt(radius)} 0 0 1 ${fmt(x + w - radius)} ${fmt(y + h)}`,
    `L${fmt(x + radius)} ${fmt(y + h)}`,
    `A${fmt(radius)} ${fmt(radius)} 0 0 1 ${fmt(x)} ${fmt(y + h - radius)}`,
    `L${fmt(x)} ${fmt(y + radius)}`,
    `A${fmt(radius)} ${fmt(radius)} 0 0 1 ${fmt(x + radius)} ${fmt(y)}`,
    'Z',
  ].join(' ');
}

/** A regular star with `points` tips. */
export function starPath(cx: number, cy: number, outer: number, inner: number, points = 5): string {
  const parts: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / points;
    parts.push(`${i === 0 ? 'M' : 'L'}${fmt(cx + radius * Math.cos(angle))} ${fmt(cy + radius * Math.sin(angle))}`);
  }
  return `${parts.join(' ')} Z`;
}

function sunRays(): string {
  const rays: string[] = [];
  for (let i = 0; i < 12; i++) {
    const angle = (i * Math.PI) / 6;
    const tip = { x: 50 + 47 * Math.cos(angle), y: 50 + 47 * Math.sin(angle) };
    const left = { x: 50 + 29 * Math.cos(angle - 0.16), y: 50 + 29 * Math.sin(angle - 0.16) };
    const right = { x: 50 + 29 * Math.cos(angle + 0.16), y: 50 + 29 * Math.sin(angle + 0.16) };
    rays.push(`M${fmt(left.x)} ${fmt(left.y)} L${fmt(tip.x)} ${fmt(tip.y)} L${fmt(right.x)} ${fmt(right.y)} Z`);
  }
  return rays.join(' ');
}

function flowerPetals(): string {
  const petals: string[] = [];
  for (let i = 0; i < 6; i++) {
    const angle = (i * Math.PI) / 3 - Math.PI / 2;
    petals.push(circlePath(50 + 25 * Math.cos(angle), 50 + 25 * Math.sin(angle), 19));
  }
  return petals.join(' ');
}

function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export const STICKERS: Readonly<Record<StickerName, readonly StickerPart[]>> = {
  heart: [{ role: 'main', d: 'M50 90 C22 68 5 52 5 31 C5 16 17 6 30 6 C40 6 46 12 50 20 C54 12 60 6 70 6 C83 6 95 16 95 31 C95 52 78 68 50 90 Z' }],
  star: [{ role: 'main', d: starPath(50, 53, 47, 20) }],
  sun: [
    { role: 'main', d: sunRays() },
    { role: 'main', d: circlePath(50, 50, 24) },
  ],
  bird: [
    {
      role: 'main',
      d: 'M12 58 C14 40 30 30 48 34 C54 22 66 16 78 20 C84 22 88 26 90 30 L99 34 L89 38 C90 56 78 72 56 76 C40 79 26 74 18 66 L2 72 L8 60 Z',
    },
    { role: 'accent', d: 'M34 50 C44 38 60 40 66 50 C58 60 44 62 34 50 Z' },
    { role: 'dark', d: circlePath(78, 29, 3.6) },
  ],
  hand: [
    {
      role: 'main',
      d: [
        roundedRectPath(24, 44, 52, 50, 16),
        roundedRectPath(25, 18, 11, 40, 5.5),
        roundedRectPath(38, 8, 11, 44, 5.5),
        roundedRectPath(51, 10, 11, 44, 5.5),
        roundedRectPath(64, 20, 11, 38, 5.5),
        'M26 70 L8 50 C4 45 9 38 15 42 L34 58 Z',
      ].join(' '),
    },
  ],
  home: [
    { role: 'main', d: 'M50 6 L95 46 L83 46 L83 94 L17 94 L17 46 L5 46 Z' },
    { role: 'accent', d: roundedRectPath(41, 62, 18, 32, 3) },
    { role: 'accent', d: roundedRectPath(25, 54, 12, 12, 2) },
  ],
  flower: [
    { role: 'main', d: flowerPetals() },
    { role: 'accent', d: circlePath(50, 50, 14) },
  ],
  drop: [
    { role: 'main', d: 'M50 4 C50 4 84 46 84 64 C84 82 69 96 50 96 C31 96 16 82 16 64 C16 46 50 4 50 4 Z' },
    { role: 'accent', d: 'M30 64 C30 54 36 46 40 42 C38 50 36 58 38 68 C36 72 30 70 30 64 Z' },
  ],
};

/** Is this one of the stickers Grove draws? */
export function isStickerName(value: unknown): value is StickerName {
  return typeof value === 'string' && (STICKER_NAMES as readonly string[]).includes(value);
}
