import type { Point } from '../../domain/treeLayout';
import type { ForestItem } from '../../domain/types';
import type { PointerMachine } from '../usePointerInput';
import type { ToolPointer } from '../tools';
import { STORM_SIZE } from './forestLayout';
import { stormHeight } from './ForestLayerItems';

export interface ForestGestureContext {
  storms(): readonly ForestItem[];
  /** Storms can be moved only where the forest is editable (not on the projector). */
  editable(): boolean;
  previewStorm(id: string, x: number, y: number): void;
  commitStorm(id: string, x: number, y: number): void;
  panBy(dx: number, dy: number): void;
}

type State = { name: 'idle' } | { name: 'panning'; pointerId: number; last: Point } | { name: 'storm'; pointerId: number; id: string; origin: Point; start: Point; moved: boolean };

/** The storm under a world point, top-most first. */
export function stormAt(storms: readonly ForestItem[], point: Point): ForestItem | null {
  for (let i = storms.length - 1; i >= 0; i--) {
    const storm = storms[i]!;
    if (point.x >= storm.x && point.x <= storm.x + STORM_SIZE.width && point.y >= storm.y && point.y <= storm.y + stormHeight(storm.text)) return storm;
  }
  return null;
}

/**
 * The forest's pointer gestures as a small state machine: press on a storm and drag to move it (one
 * write on release); press anywhere else and drag to pan.
 */
export class ForestGestures implements PointerMachine {
  private state: State = { name: 'idle' };

  constructor(private readonly ctx: ForestGestureContext) {}

  pointerDown(e: ToolPointer): void {
    const storm = this.ctx.editable() ? stormAt(this.ctx.storms(), e.world) : null;
    this.state = storm
      ? { name: 'storm', pointerId: e.pointerId, id: storm.id, origin: { x: storm.x, y: storm.y }, start: e.world, moved: false }
      : { name: 'panning', pointerId: e.pointerId, last: e.screen };
  }

  pointerMove(e: ToolPointer): void {
    const state = this.state;
    if (state.name === 'panning' && e.pointerId === state.pointerId) {
      this.ctx.panBy(e.screen.x - state.last.x, e.screen.y - state.last.y);
      state.last = e.screen;
    } else if (state.name === 'storm' && e.pointerId === state.pointerId) {
      state.moved = true;
      this.ctx.previewStorm(state.id, state.origin.x + e.world.x - state.start.x, state.origin.y + e.world.y - state.start.y);
    }
  }

  pointerUp(e: ToolPointer): void {
    const state = this.state;
    if (state.name === 'storm' && e.pointerId === state.pointerId && state.moved) {
      this.ctx.commitStorm(state.id, Math.round(state.origin.x + e.world.x - state.start.x), Math.round(state.origin.y + e.world.y - state.start.y));
    }
    this.state = { name: 'idle' };
  }

  cancel(): void {
    const state = this.state;
    if (state.name === 'storm') this.ctx.previewStorm(state.id, state.origin.x, state.origin.y);
    this.state = { name: 'idle' };
  }
}
