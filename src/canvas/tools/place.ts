import { DRAG_THRESHOLD_PX, screenDistance, type Tool, type ToolPointer, type ToolState } from './types';

/**
 * Note and sticker tools: a tap or click puts a new note (opening the inline editor) or the chosen
 * sticker where it landed. A press that wanders off is not a tap and places nothing.
 */
export const noteTool: Tool = { id: 'note', idle: () => placeIdle('note') };
export const stickerTool: Tool = { id: 'sticker', idle: () => placeIdle('sticker') };

function placeIdle(kind: 'note' | 'sticker'): ToolState {
  return {
    name: 'idle',
    onPointerDown(ctx, e) {
      if (e.button !== 0) return;
      if (ctx.penOnly() && e.pointerType === 'touch' && kind === 'sticker') return;
      return pressing(kind, e);
    },
  };
}

function pressing(kind: 'note' | 'sticker', start: ToolPointer): ToolState {
  return {
    name: 'pressing',
    onPointerUp(ctx, e) {
      if (e.pointerId !== start.pointerId) return;
      if (screenDistance(e, start) <= DRAG_THRESHOLD_PX * 3) {
        if (kind === 'note') ctx.createNoteAt(start.world);
        else ctx.placeStickerAt(start.world);
      }
      return placeIdle(kind);
    },
    onCancel: () => placeIdle(kind),
  };
}
