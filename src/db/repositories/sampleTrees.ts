import { newId } from '../../domain/ids';
import { STICKER_COLORS } from '../../domain/stickers';
import { freeSpotInZone, type Rect } from '../../domain/treeLayout';
import type { Lang, Participant, StickerName, Tree, TreeItem, ZoneId } from '../../domain/types';
import { defaultVisibility } from '../../domain/visibility';
import { db } from '../db';

/**
 * A few realistic items on each sample participant's tree, so every screen (tree, forest, presenter,
 * take-home PDF) can be tried at once. Chosen by alias only; the texts name no real person or place.
 */

type Seed = { zone: ZoneId; text: Record<Lang, string> } | { zone: ZoneId; sticker: StickerName } | { zone: ZoneId; wave: true };

const T = (zone: ZoneId, en: string, it: string): Seed => ({ zone, text: { en, it } });

/** Content per sample alias (English alias → seeds); the Italian aliases map onto the same entries. */
const SEEDS: Record<string, Seed[]> = {
  Oak: [
    T('roots', 'My grandmother’s kitchen and her songs', 'La cucina di mia nonna e le sue canzoni'),
    T('ground', 'Walking by the river on Sundays', 'Camminare lungo il fiume la domenica'),
    T('trunk', 'Patience — I learned it growing vegetables', 'La pazienza, imparata coltivando l’orto'),
    T('branches', 'To travel by train to the sea next summer', 'Andare al mare in treno la prossima estate'),
    T('leaves', 'My sister, who always calls on Fridays', 'Mia sorella, che mi chiama ogni venerdì'),
    T('fruits', 'Being listened to without hurry', 'Essere ascoltato senza fretta'),
    T('flowers', 'I want to pass on my recipes', 'Voglio tramandare le mie ricette'),
    { zone: 'trunk', sticker: 'hand' },
    { zone: 'ground', wave: true },
  ],
  Willow: [
    T('roots', 'A small town in the hills, a big family', 'Un paesino in collina, una famiglia numerosa'),
    T('trunk', 'I make people laugh when things are hard', 'Faccio ridere gli altri quando le cose sono difficili'),
    T('branches', 'Finishing my evening course', 'Finire il mio corso serale'),
    T('compost', 'The label “too fragile”', 'L’etichetta «troppo fragile»'),
    T('fruits', 'Courage, from my old teacher', 'Il coraggio, dalla mia vecchia maestra'),
    { zone: 'flowers', sticker: 'heart' },
  ],
  River: [
    T('roots', 'Sea, boats and my father’s stories', 'Il mare, le barche e i racconti di mio padre'),
    T('ground', 'Choir practice on Tuesday evenings', 'Le prove del coro il martedì sera'),
    T('trunk', 'Listening carefully', 'Ascoltare con attenzione'),
    T('leaves', 'Our neighbour and her dog', 'La nostra vicina e il suo cane'),
    { zone: 'branches', sticker: 'sun' },
  ],
  Robin: [
    T('roots', 'Music at home, always on', 'La musica in casa, sempre accesa'),
    T('trunk', 'I fix bicycles for friends', 'Aggiusto le biciclette degli amici'),
    T('branches', 'A garden with other people from the group', 'Un orto con altre persone del gruppo'),
    T('flowers', 'Showing others it is fine to ask for help', 'Mostrare agli altri che chiedere aiuto va bene'),
    { zone: 'fruits', sticker: 'star' },
  ],
  Fern: [
    T('roots', 'Grandfather’s stories about the mountains', 'I racconti del nonno sulle montagne'),
    T('ground', 'Reading in the library', 'Leggere in biblioteca'),
    { zone: 'trunk', sticker: 'flower' },
  ],
  Birch: [
    T('roots', 'Sunday lunches with cousins', 'I pranzi della domenica con i cugini'),
    T('trunk', 'Organising things so nobody is left out', 'Organizzare in modo che nessuno resti escluso'),
    T('branches', 'Learning to paint with watercolours', 'Imparare a dipingere con gli acquerelli'),
    T('fruits', 'Kindness from the nurses at night', 'La gentilezza delle infermiere di notte'),
    { zone: 'roots', sticker: 'home' },
  ],
};

const ITALIAN_ALIASES: Record<string, string> = { Quercia: 'Oak', Salice: 'Willow', Fiume: 'River', Pettirosso: 'Robin', Felce: 'Fern', Betulla: 'Birch' };

const NOTE_WIDTH: Partial<Record<ZoneId, number>> = { leaves: 190, fruits: 150 };
const NOTE_COLOR: Partial<Record<ZoneId, string>> = { leaves: '#d8f0c8', fruits: '#ffe0b8', flowers: '#ffd6e0', compost: '#e6dcff' };

/** Roughly how tall a note must be for its text (the canvas refits it exactly on the first edit). */
function noteHeight(zone: ZoneId, width: number, text: string): number {
  const inner = zone === 'leaves' ? width * 0.64 : zone === 'fruits' ? width * 0.7 : width - 24;
  const lines = Math.max(1, Math.ceil(text.length / Math.max(1, Math.floor(inner / 9.4))));
  const textHeight = lines * 22.5;
  if (zone === 'leaves') return Math.max(84, Math.ceil(textHeight / 0.72) + 8);
  if (zone === 'fruits') return Math.max(120, width * 0.9, Math.ceil(textHeight / 0.64) + 8);
  return Math.max(56, Math.ceil(textHeight) + 20);
}

/** A gentle hand-drawn wave as stroke points around (0, 0). */
function wavePoints(): number[] {
  const points: number[] = [];
  for (let i = 0; i <= 40; i++) points.push(i * 4 - 80, Math.round(Math.sin(i / 4) * 12 * 100) / 100, 0.5);
  return points;
}

function buildItems(tree: Tree, seeds: readonly Seed[], lang: Lang, now: number): TreeItem[] {
  const occupied: Rect[] = [];
  const take = (x: number, y: number, width: number, height: number) => occupied.push({ x: x - width / 2, y: y - height / 2, width, height });
  return seeds.map((seed, index) => {
    const base = {
      id: newId(),
      treeId: tree.id,
      groupId: tree.groupId,
      participantId: tree.participantId,
      zone: seed.zone,
      visibility: defaultVisibility(seed.zone),
      rotation: 0,
      z: index + 1,
      locked: false,
      createdAt: now + index,
      updatedAt: now + index,
    };
    if ('text' in seed) {
      const width = NOTE_WIDTH[seed.zone] ?? 170;
      const text = seed.text[lang];
      const height = noteHeight(seed.zone, width, text);
      const at = freeSpotInZone(seed.zone, width, height, occupied);
      take(at.x, at.y, width, height);
      return { ...base, kind: 'note', x: at.x, y: at.y, text, width, height, color: NOTE_COLOR[seed.zone] ?? '#fff3b0' };
    }
    if ('sticker' in seed) {
      const at = freeSpotInZone(seed.zone, 84, 84, occupied);
      take(at.x, at.y, 84, 84);
      return { ...base, kind: 'sticker', x: at.x, y: at.y, sticker: seed.sticker, size: 84, color: STICKER_COLORS[seed.sticker] };
    }
    const at = freeSpotInZone(seed.zone, 170, 40, occupied);
    take(at.x, at.y, 170, 40);
    return { ...base, kind: 'stroke', x: at.x, y: at.y, points: wavePoints(), color: '#2f6b3f', size: 8, scaleX: 1, scaleY: 1 };
  });
}

/**
 * Fill the sample group's trees. Runs inside the sample loader's transaction (which covers trees and
 * treeItems), so the group and its trees are stored together or not at all.
 */
export async function seedSampleTrees(groupId: string, participants: readonly Participant[]): Promise<void> {
  const group = await db.groups.get(groupId);
  const lang: Lang = group?.lang ?? 'en';
  const now = Date.now();
  for (const participant of participants) {
    const seeds = SEEDS[participant.alias] ?? SEEDS[ITALIAN_ALIASES[participant.alias] ?? ''];
    if (!seeds) continue;
    const tree: Tree = { id: newId(), groupId, participantId: participant.id, doneZones: [], createdAt: now, updatedAt: now };
    await db.trees.add(tree);
    await db.treeItems.bulkAdd(buildItems(tree, seeds, lang, now));
  }
}
