import type { SymbolName } from './types';

/**
 * Colours a participant can choose. Based on the Okabe–Ito and Tol palettes, which stay distinguishable
 * for the common colour-vision deficiencies; the roster always shows the colour's name beside the swatch,
 * so colour is never the only cue.
 */
export const PARTICIPANT_COLORS = [
  { id: 'orange', hex: '#E69F00' },
  { id: 'sky', hex: '#56B4E9' },
  { id: 'green', hex: '#009E73' },
  { id: 'yellow', hex: '#F0E442' },
  { id: 'blue', hex: '#0072B2' },
  { id: 'vermillion', hex: '#D55E00' },
  { id: 'purple', hex: '#CC79A7' },
  { id: 'teal', hex: '#44AA99' },
  { id: 'wine', hex: '#882255' },
  { id: 'grey', hex: '#7A7A7A' },
] as const;

export type ParticipantColorId = (typeof PARTICIPANT_COLORS)[number]['id'];

/** Every symbol a participant can pick, in the order the roster offers them. */
export const SYMBOLS: readonly SymbolName[] = ['leaf', 'star', 'sun', 'moon', 'drop', 'heart', 'bird', 'flower', 'stone', 'wave'];

/** The palette entry for a stored colour, or undefined for a colour outside the palette. */
export function colorEntry(hex: string): (typeof PARTICIPANT_COLORS)[number] | undefined {
  return PARTICIPANT_COLORS.find((entry) => entry.hex.toLowerCase() === hex.toLowerCase());
}

/** A colour and symbol not yet used in the group, so each new participant is easy to tell apart. */
export function nextFreeStyle(used: readonly { color: string; symbol: SymbolName }[]): { color: string; symbol: SymbolName } {
  const usedColors = new Set(used.map((p) => p.color.toLowerCase()));
  const usedSymbols = new Set(used.map((p) => p.symbol));
  const color = PARTICIPANT_COLORS.find((c) => !usedColors.has(c.hex.toLowerCase())) ?? PARTICIPANT_COLORS[used.length % PARTICIPANT_COLORS.length]!;
  const symbol = SYMBOLS.find((s) => !usedSymbols.has(s)) ?? SYMBOLS[used.length % SYMBOLS.length]!;
  return { color: color.hex, symbol };
}
