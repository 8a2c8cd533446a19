import { memo, useEffect, useRef } from 'react';
import type Konva from 'konva';
import { Circle, Group, Text } from 'react-konva';
import type { ShownTree } from '../../db/repositories/forest';
import type { ZoneId } from '../../domain/types';
import { ItemNode } from '../render/ItemNode';
import { TreeScaffold } from '../scaffold/TreeScaffold';
import { ZoneAreas } from '../scaffold/ZoneAreas';
import { CELL, TREE_SCALE } from './forestLayout';

interface ForestTreeProps {
  tree: ShownTree;
  x: number;
  y: number;
  labels: Record<ZoneId, string>;
  /** Bitmap resolution for the cached drawing (higher when zoomed in); null hides the tree until known. */
  pixelRatio: number | null;
}

/** Below this many bitmap pixels per world unit, note text would be under 6 px: draw it as lines. */
const TEXT_DETAIL_RATIO = 6 / 18;

/**
 * One tree of the forest: its drawing (already filtered to what this audience may see) at forest scale,
 * cached as a bitmap so panning and zooming a forest of many trees redraws a dozen images, not thousands
 * of shapes; and its alias underneath. Strokes are drawn simplified at this size.
 */
export const ForestTree = memo(function ForestTree({ tree, x, y, labels, pixelRatio }: ForestTreeProps) {
  const drawing = useRef<Konva.Group>(null);
  useEffect(() => {
    const group = drawing.current;
    if (!group || pixelRatio === null) return;
    group.clearCache();
    group.cache({ pixelRatio, imageSmoothingEnabled: true });
    group.getLayer()?.batchDraw();
  }, [tree.items, labels, pixelRatio]);
  return (
    <Group x={x} y={y} listening={false} name="forest-tree" id={`forest-tree-${tree.participantId}`}>
      <Group ref={drawing} scaleX={TREE_SCALE} scaleY={TREE_SCALE} listening={false} visible={pixelRatio !== null}>
        <TreeScaffold />
        <ZoneAreas labels={labels} highlight={null} outlines={false} />
        {tree.items.map((item) => (
          <ItemNode key={item.id} item={item} simple sketchText={pixelRatio === null || pixelRatio < TEXT_DETAIL_RATIO} />
        ))}
      </Group>
      <Circle x={14} y={CELL.height + 24} radius={10} fill={tree.color} stroke="#1f2a22" strokeWidth={1} listening={false} />
      <Text x={32} y={CELL.height + 10} text={tree.alias} fontSize={26} fontStyle="bold" fill="#1f2a22" fontFamily='system-ui, "DejaVu Sans", sans-serif' listening={false} />
    </Group>
  );
});
