import type { NoteItem, StickerItem, StrokeItem, TreeItem, ZoneId } from '../../../src/domain/types';

/** Small item factories for canvas tests. */
let n = 0;
const base = (zone: ZoneId, x: number, y: number) => {
  n += 1;
  return { id: `i${n}`, treeId: 't', groupId: 'g', participantId: 'p', zone, visibility: zone === 'leaves' || zone === 'compost' ? 'private' : 'forest', x, y, rotation: 0, z: n, locked: false, createdAt: n, updatedAt: n } as const;
};

export function note(zone: ZoneId, x: number, y: number, patch: Partial<NoteItem> = {}): NoteItem {
  return { ...base(zone, x, y), kind: 'note', text: 'hello', width: 170, height: 60, color: '#fff3b0', ...patch };
}

export function sticker(zone: ZoneId, x: number, y: number, patch: Partial<StickerItem> = {}): StickerItem {
  return { ...base(zone, x, y), kind: 'sticker', sticker: 'heart', size: 80, color: '#d1495b', ...patch };
}

/** A horizontal stroke 100 units long centred on (x, y). */
export function stroke(zone: ZoneId, x: number, y: number, patch: Partial<StrokeItem> = {}): StrokeItem {
  const points: number[] = [];
  for (let i = 0; i <= 10; i++) points.push(i * 10 - 50, 0, 0.5);
  return { ...base(zone, x, y), kind: 'stroke', points, color: '#1f2a22', size: 8, scaleX: 1, scaleY: 1, ...patch };
}

export function byId(items: readonly TreeItem[]): Map<string, TreeItem> {
  return new Map(items.map((item) => [item.id, item]));
}
