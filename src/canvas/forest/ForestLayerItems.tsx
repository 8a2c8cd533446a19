import { memo } from 'react';
import { Group, Path, Rect, Text } from 'react-konva';
import type { ForestItem } from '../../domain/types';
import { STORM_SIZE, type ForestLayout } from './forestLayout';

const FONT = 'system-ui, "DejaVu Sans", sans-serif';
const CLOUD = 'M30 70 C0 70 0 30 32 30 C36 6 76 0 92 18 C108 -4 152 2 156 28 C196 22 214 60 190 72 C214 92 190 118 160 110 C150 130 104 132 92 114 C72 132 30 126 34 104 C4 104 4 74 30 70 Z';

/** Height of a storm cloud for its text (roughly 22 characters a line). */
export function stormHeight(text: string): number {
  return Math.max(STORM_SIZE.minHeight, 40 + Math.ceil(text.length / 22) * 24);
}

/** A storm: a grey cloud with the group's words in it. Group-level, never attributed to anyone. */
export const Storm = memo(function Storm({ item, dragging }: { item: ForestItem; dragging?: boolean }) {
  const height = stormHeight(item.text);
  return (
    <Group id={`storm-${item.id}`} name="storm" x={item.x} y={item.y} listening={false} opacity={dragging ? 0.8 : 1}>
      <Path data={CLOUD} fill={item.color} stroke="#56606b" strokeWidth={2} scaleX={STORM_SIZE.width / 214} scaleY={height / 130} listening={false} perfectDrawEnabled={false} />
      <Text x={26} y={18} width={STORM_SIZE.width - 52} height={height - 30} text={item.text} fontSize={19} fontFamily={FONT} fill="#1f2a22" align="center" verticalAlign="middle" wrap="word" listening={false} />
    </Group>
  );
});

/** The collective document of skills and knowledges, under the trees: a card listing every entry. */
export const CollectiveDocument = memo(function CollectiveDocument({ entries, layout, title }: { entries: readonly ForestItem[]; layout: ForestLayout; title: string }) {
  const body = entries.length === 0 ? '' : entries.map((entry) => `• ${entry.text}`).join('\n');
  const columns = layout.document.width > 1400 ? 2 : 1;
  const perColumn = Math.ceil(entries.length / columns);
  const columnText = (index: number) => entries.slice(index * perColumn, (index + 1) * perColumn).map((entry) => `• ${entry.text}`).join('\n');
  const lines = Math.max(1, perColumn);
  const height = 76 + lines * 34;
  return (
    <Group x={layout.document.x} y={layout.document.y} listening={false}>
      <Rect width={layout.document.width} height={height} fill="#fffdf4" stroke="#8a5a44" strokeWidth={3} cornerRadius={12} listening={false} />
      <Text x={24} y={18} text={title} fontSize={28} fontStyle="bold" fontFamily={FONT} fill="#1f2a22" listening={false} />
      {body &&
        Array.from({ length: columns }, (_, index) => (
          <Text key={index} x={24 + index * (layout.document.width / columns)} y={62} width={layout.document.width / columns - 40} text={columnText(index)} fontSize={22} lineHeight={1.4} fontFamily={FONT} fill="#1f2a22" wrap="word" listening={false} />
        ))}
    </Group>
  );
});
