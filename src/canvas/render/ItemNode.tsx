import { memo } from 'react';
import type { TreeItem } from '../../domain/types';
import { NoteNode, NoteSketch } from './NoteNode';
import { StickerNode } from './StickerNode';
import { StrokeNode } from './StrokeNode';

/**
 * Renders any tree item by its kind. `simple` draws strokes as light polylines and `sketchText` draws a
 * note's text as grey lines: level of detail for trees seen small (the forest), where neither is legible.
 */
export const ItemNode = memo(function ItemNode({ item, hidden, simple, sketchText }: ItemNodeProps) {
  switch (item.kind) {
    case 'note':
      return sketchText ? <NoteSketch item={item} /> : <NoteNode item={item} hidden={hidden} />;
    case 'sticker':
      return <StickerNode item={item} hidden={hidden} />;
    case 'stroke':
      return <StrokeNode item={item} hidden={hidden} simple={simple} />;
  }
}, sameItemNode);

interface ItemNodeProps {
  item: TreeItem;
  hidden?: boolean;
  simple?: boolean;
  sketchText?: boolean;
}

/**
 * Items are immutable per version (every edit moves updatedAt forward), so a node with the same id and
 * version draws the same: a fresh database read of 700 rows does not re-render 700 nodes.
 */
function sameItemNode(a: ItemNodeProps, b: ItemNodeProps): boolean {
  return a.item.id === b.item.id && a.item.updatedAt === b.item.updatedAt && a.hidden === b.hidden && a.simple === b.simple && a.sketchText === b.sketchText;
}
