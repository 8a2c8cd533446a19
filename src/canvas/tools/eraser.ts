import { hitTestItem } from '../kinds/geometry';
import type { Point } from '../../domain/treeLayout';
import type { Tool, ToolContext, ToolPointer, ToolState } from './types';
import { deleteItems } from '../editor/commands';

/**
 * Eraser: drag over pen strokes and stickers to remove them. Notes are never erased by a stray swipe;
 * they are deleted on purpose. The whole swipe is one undo step.
 */
export const eraserTool: Tool = { id: 'eraser', idle };

/** Eraser radius in screen pixels. */
const RADIUS_PX = 10;

function idle(): ToolState {
  return {
    name: 'idle',
    onPointerDown(ctx, e) {
      if (e.button !== 0) return;
      if (ctx.penOnly() && e.pointerType === 'touch') return;
      const hits = new Set<string>();
      collect(ctx, e.world, hits);
      ctx.previewErase([...hits]);
      return erasing(e, hits);
    },
  };
}

function collect(ctx: ToolContext, point: Point, hits: Set<string>): void {
  const tolerance = RADIUS_PX / ctx.zoom();
  for (const item of ctx.items()) {
    if (item.kind === 'note' || item.locked || hits.has(item.id)) continue;
    if (hitTestItem(item, point, tolerance)) hits.add(item.id);
  }
}

function erasing(start: ToolPointer, hits: Set<string>): ToolState {
  let last = start.world;
  return {
    name: 'erasing',
    onPointerMove(ctx, e) {
      if (e.pointerId !== start.pointerId) return;
      // Sample along the segment so a fast swipe does not jump over a thin stroke.
      const steps = Math.max(1, Math.ceil((Math.hypot(e.world.x - last.x, e.world.y - last.y) * ctx.zoom()) / RADIUS_PX));
      const before = hits.size;
      for (let i = 1; i <= steps; i++) collect(ctx, { x: last.x + ((e.world.x - last.x) * i) / steps, y: last.y + ((e.world.y - last.y) * i) / steps }, hits);
      last = e.world;
      if (hits.size !== before) ctx.previewErase([...hits]);
    },
    onPointerUp(ctx, e) {
      if (e.pointerId !== start.pointerId) return;
      ctx.previewErase([]);
      ctx.commit(deleteItems(ctx.items(), [...hits]), 'erase');
      return idle();
    },
    onCancel(ctx) {
      ctx.previewErase([]);
      return idle();
    },
  };
}
