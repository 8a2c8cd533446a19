import type { Point } from '../../domain/treeLayout';
import { itemsInRect, rectFromPoints } from '../kinds/geometry';
import { DRAG_THRESHOLD_PX, screenDistance, type Tool, type ToolPointer, type ToolState } from './types';

/** Select tool: click to select (Shift adds), drag items to move them, drag on empty space to marquee. */
export const selectTool: Tool = { id: 'select', idle };

function idle(): ToolState {
  return {
    name: 'idle',
    onPointerDown(ctx, e) {
      if (e.button !== 0) return;
      const hit = ctx.hitTest(e.world, e.pointerType === 'touch' ? 10 : 4);
      const selected = ctx.selection();
      if (!hit) {
        if (!e.shiftKey) ctx.select([]);
        return brushing(e, e.shiftKey ? selected : []);
      }
      if (e.shiftKey) {
        ctx.select(selected.includes(hit.id) ? selected.filter((id) => id !== hit.id) : [...selected, hit.id]);
        return idle();
      }
      if (!selected.includes(hit.id)) ctx.select([hit.id]);
      return pointing(e);
    },
  };
}

function pointing(start: ToolPointer): ToolState {
  return {
    name: 'pointing',
    onPointerMove(ctx, e) {
      if (e.pointerId !== start.pointerId || screenDistance(e, start) < DRAG_THRESHOLD_PX) return;
      const movable = ctx.items().some((item) => ctx.selection().includes(item.id) && !item.locked);
      if (!movable) return idle();
      const next = dragging(start.world);
      next.onPointerMove?.(ctx, e);
      return next;
    },
    onPointerUp: () => idle(),
    onCancel: () => idle(),
  };
}

function dragging(origin: Point): ToolState {
  let dx = 0;
  let dy = 0;
  const state: ToolState = {
    name: 'dragging',
    onPointerMove(ctx, e) {
      dx = e.world.x - origin.x;
      dy = e.world.y - origin.y;
      ctx.previewDrag(dx, dy);
      return state;
    },
    onPointerUp(ctx, e) {
      dx = e.world.x - origin.x;
      dy = e.world.y - origin.y;
      ctx.commitDrag(dx, dy);
      return idle();
    },
    onCancel(ctx) {
      ctx.previewDrag(0, 0);
      return idle();
    },
  };
  return state;
}

function brushing(start: ToolPointer, kept: readonly string[]): ToolState {
  return {
    name: 'brushing',
    onPointerMove(ctx, e) {
      if (screenDistance(e, start) < DRAG_THRESHOLD_PX) return;
      ctx.previewMarquee(rectFromPoints(start.world, e.world));
    },
    onPointerUp(ctx, e) {
      ctx.previewMarquee(null);
      if (screenDistance(e, start) < DRAG_THRESHOLD_PX) return idle();
      const inside = itemsInRect(ctx.items(), rectFromPoints(start.world, e.world)).map((item) => item.id);
      ctx.select([...new Set([...kept, ...inside])]);
      return idle();
    },
    onCancel(ctx) {
      ctx.previewMarquee(null);
      return idle();
    },
  };
}
