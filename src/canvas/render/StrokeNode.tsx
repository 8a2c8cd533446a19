import { memo } from 'react';
import type Konva from 'konva';
import { Group, Rect, Shape } from 'react-konva';
import type { StrokeItem } from '../../domain/types';
import { strokeLocalBounds } from '../kinds/geometry';
import { simplifiedStrokePath, strokePath } from '../kinds/strokeOutline';

/** The browser context under Konva's wrapper, for drawing a cached Path2D in one call. */
export function nativeContext(context: Konva.Context): CanvasRenderingContext2D {
  return context._context;
}

/**
 * A freehand stroke: its perfect-freehand outline, cached as a Path2D and filled in one call. `simple`
 * draws a decimated polyline instead (the forest's small trees). An invisible box gives the Transformer
 * the stroke's bounds.
 */
export const StrokeNode = memo(function StrokeNode({ item, hidden, simple }: { item: StrokeItem; hidden?: boolean; simple?: boolean }) {
  const box = strokeLocalBounds(item.points);
  const pad = item.size / 2;
  return (
    <Group id={item.id} name="item" x={item.x} y={item.y} rotation={item.rotation} scaleX={item.scaleX} scaleY={item.scaleY} visible={!hidden} listening={false}>
      <Rect x={box.x - pad} y={box.y - pad} width={box.width + pad * 2} height={box.height + pad * 2} listening={false} perfectDrawEnabled={false} />
      <Shape
        listening={false}
        perfectDrawEnabled={false}
        sceneFunc={(context) => {
          const ctx = nativeContext(context);
          if (simple) {
            ctx.strokeStyle = item.color;
            ctx.lineWidth = item.size * 0.8;
            ctx.lineCap = 'round';
            ctx.lineJoin = 'round';
            ctx.stroke(simplifiedStrokePath(item.points));
          } else {
            ctx.fillStyle = item.color;
            ctx.fill(strokePath(item.points, item.size));
          }
        }}
      />
    </Group>
  );
});
