import { memo } from 'react';
import { Group, Path } from 'react-konva';
import { STICKER_ACCENT, STICKER_DARK, STICKERS } from '../../domain/stickers';
import type { StickerItem } from '../../domain/types';

/** A vector sticker: its parts drawn from path data in a 100-unit box, scaled to the sticker's size. */
export const StickerNode = memo(function StickerNode({ item, hidden }: { item: StickerItem; hidden?: boolean }) {
  const scale = item.size / 100;
  return (
    <Group id={item.id} name="item" x={item.x} y={item.y} rotation={item.rotation} visible={!hidden} listening={false}>
      <Group x={-item.size / 2} y={-item.size / 2} scaleX={scale} scaleY={scale} listening={false}>
        {STICKERS[item.sticker].map((part, index) => (
          <Path
            key={index}
            data={part.d}
            fill={part.role === 'main' ? item.color : part.role === 'accent' ? STICKER_ACCENT : STICKER_DARK}
            stroke={part.role === 'main' ? 'rgba(31,42,34,0.55)' : undefined}
            strokeWidth={part.role === 'main' ? 2 : 0}
            listening={false}
            perfectDrawEnabled={false}
          />
        ))}
      </Group>
    </Group>
  );
});
