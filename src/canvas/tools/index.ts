import { eraserTool } from './eraser';
import { handTool } from './hand';
import { penTool } from './pen';
import { noteTool, stickerTool } from './place';
import { selectTool } from './select';
import type { Tool, ToolId } from './types';

/** Every tool by id. */
export const TOOLS: Record<ToolId, Tool> = {
  select: selectTool,
  hand: handTool,
  note: noteTool,
  pen: penTool,
  eraser: eraserTool,
  sticker: stickerTool,
};

export { ToolMachine } from './machine';
export type { Tool, ToolContext, ToolId, ToolPointer, ToolState } from './types';
