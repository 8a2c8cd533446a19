import type { Change } from '../../domain/history';
import type { Point, Rect } from '../../domain/treeLayout';
import type { TreeItem } from '../../domain/types';

/**
 * Tools are small state machines (after tldraw): every state answers the same few events and returns
 * the next state, or nothing to stay. Escape (cancel) always returns the tool to idle. Tools see the
 * canvas only through ToolContext, so tests drive them with a plain object.
 */

export type ToolId = 'select' | 'hand' | 'note' | 'pen' | 'eraser' | 'sticker';

export interface ToolPointer {
  world: Point;
  screen: Point;
  pointerId: number;
  pointerType: 'mouse' | 'pen' | 'touch';
  /** 0..1; mice report 0.5 while a button is down. */
  pressure: number;
  button: number;
  shiftKey: boolean;
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  modKey: boolean;
}

export interface ToolContext {
  /** Every item, bottom of the stack first. */
  items(): readonly TreeItem[];
  selection(): readonly string[];
  select(ids: readonly string[]): void;
  /** The top-most item under a world point, within a tolerance in screen pixels. */
  hitTest(point: Point, tolerancePx?: number): TreeItem | null;
  /** Screen pixels per world unit. */
  zoom(): number;
  /** Whether pen-only mode is on: touches never draw, so a resting palm leaves no marks. */
  penOnly(): boolean;

  /** Show the selection moved by (dx, dy) world units, without committing. */
  previewDrag(dx: number, dy: number): void;
  /** Commit the selection moved by (dx, dy); one undo step. */
  commitDrag(dx: number, dy: number): void;
  previewMarquee(rect: Rect | null): void;
  /** Live stroke (flat x, y, pressure in world units), or null to clear. */
  previewStroke(points: readonly number[] | null): void;
  commitStroke(points: readonly number[]): void;
  /** Items about to be erased (hidden while erasing), or none. */
  previewErase(ids: readonly string[]): void;
  commit(changes: Change<TreeItem>[], label: string): void;
  /** Open the inline editor for a new note at a world point. */
  createNoteAt(point: Point): void;
  placeStickerAt(point: Point): void;
  panBy(dxScreen: number, dyScreen: number): void;
}

export interface ToolState {
  readonly name: string;
  onPointerDown?(ctx: ToolContext, e: ToolPointer): ToolState | void;
  onPointerMove?(ctx: ToolContext, e: ToolPointer): ToolState | void;
  onPointerUp?(ctx: ToolContext, e: ToolPointer): ToolState | void;
  onCancel?(ctx: ToolContext): ToolState | void;
}

export interface Tool {
  id: ToolId;
  idle(): ToolState;
}

/** Movement (screen pixels) before a press becomes a drag. */
export const DRAG_THRESHOLD_PX = 4;

/** How far a pointer has moved on screen, in pixels. */
export function screenDistance(a: ToolPointer, b: Pick<ToolPointer, 'screen'>): number {
  return Math.hypot(a.screen.x - b.screen.x, a.screen.y - b.screen.y);
}
