import type { Tool, ToolPointer, ToolState } from './types';

/** Pen tool: press and move to draw a pressure-aware freehand stroke; release to keep it (one undo step). */
export const penTool: Tool = { id: 'pen', idle };

/** Closer points than this (world units) add nothing visible and only cost memory. */
const MIN_STEP = 0.75;

function idle(): ToolState {
  return {
    name: 'idle',
    onPointerDown(ctx, e) {
      if (e.button !== 0) return;
      if (ctx.penOnly() && e.pointerType === 'touch') return;
      const points = [e.world.x, e.world.y, pressureOf(e)];
      ctx.previewStroke(points);
      return drawing(e.pointerId, points);
    },
  };
}

/** Mice report 0.5 while pressed; a pen reports its real pressure (a light touch can read 0). */
export function pressureOf(e: Pick<ToolPointer, 'pointerType' | 'pressure'>): number {
  if (e.pointerType === 'pen') return Math.max(0.05, Math.min(1, e.pressure));
  return 0.5;
}

function drawing(pointerId: number, points: number[]): ToolState {
  return {
    name: 'drawing',
    onPointerMove(ctx, e) {
      if (e.pointerId !== pointerId) return;
      const lastX = points[points.length - 3]!;
      const lastY = points[points.length - 2]!;
      if (Math.hypot(e.world.x - lastX, e.world.y - lastY) < MIN_STEP) return;
      points.push(e.world.x, e.world.y, pressureOf(e));
      ctx.previewStroke(points);
    },
    onPointerUp(ctx, e) {
      if (e.pointerId !== pointerId) return;
      ctx.previewStroke(null);
      ctx.commitStroke(points);
      return idle();
    },
    onCancel(ctx) {
      ctx.previewStroke(null);
      return idle();
    },
  };
}
