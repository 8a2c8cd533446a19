import type { Tool, ToolPointer, ToolState } from './types';

/** Hand tool: drag to pan the view. Also used while Space is held or the middle button is pressed. */
export const handTool: Tool = { id: 'hand', idle };

function idle(): ToolState {
  return {
    name: 'idle',
    onPointerDown: (_ctx, e) => panning(e),
  };
}

function panning(start: ToolPointer): ToolState {
  let last = start.screen;
  return {
    name: 'panning',
    onPointerMove(ctx, e) {
      if (e.pointerId !== start.pointerId) return;
      ctx.panBy(e.screen.x - last.x, e.screen.y - last.y);
      last = e.screen;
    },
    onPointerUp: (_ctx, e) => (e.pointerId === start.pointerId ? idle() : undefined),
    onCancel: () => idle(),
  };
}
