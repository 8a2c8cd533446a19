import type { Tool, ToolContext, ToolPointer, ToolState } from './types';

/** Runs the current tool's state machine: routes events, switches states, and resets on cancel. */
export class ToolMachine {
  private tool: Tool;
  private current: ToolState;

  constructor(
    private readonly ctx: ToolContext,
    tool: Tool,
  ) {
    this.tool = tool;
    this.current = tool.idle();
  }

  get toolId(): Tool['id'] {
    return this.tool.id;
  }

  get stateName(): string {
    return this.current.name;
  }

  /** Whether a gesture is under way (anything but idle). */
  get busy(): boolean {
    return this.current.name !== 'idle';
  }

  /** Switch tools; any gesture under way is cancelled first. */
  setTool(tool: Tool): void {
    this.cancel();
    this.tool = tool;
    this.current = tool.idle();
  }

  pointerDown(e: ToolPointer): void {
    this.go(this.current.onPointerDown?.(this.ctx, e));
  }

  pointerMove(e: ToolPointer): void {
    this.go(this.current.onPointerMove?.(this.ctx, e));
  }

  pointerUp(e: ToolPointer): void {
    this.go(this.current.onPointerUp?.(this.ctx, e));
  }

  /** Escape, a lost pointer or a second finger: undo any preview and go back to idle. */
  cancel(): void {
    this.current.onCancel?.(this.ctx);
    this.current = this.tool.idle();
  }

  private go(next: ToolState | void): void {
    if (next) this.current = next;
  }
}
