import { useEffect, type RefObject } from 'react';
import Konva from 'konva';
import type { Point } from '../domain/treeLayout';
import type { ToolMachine, ToolPointer } from './tools';

/** Anything that takes pointer gestures the way a tool machine does. */
export type PointerMachine = Pick<ToolMachine, 'pointerDown' | 'pointerMove' | 'pointerUp' | 'cancel'>;
import type { StageViewport } from './useStageViewport';

export interface PointerInputOptions {
  containerRef: RefObject<HTMLDivElement | null>;
  stageRef: RefObject<Konva.Stage | null>;
  machine: () => PointerMachine | null;
  viewport: StageViewport;
  /** In pen-only mode one finger pans instead of drawing. */
  penOnly: () => boolean;
  /** Space held: the pointer pans whatever the tool. */
  spaceHeld: () => boolean;
  onDoubleClick?: (world: Point) => void;
}

/**
 * Routes the stage container's pointer events: two fingers pinch-zoom and pan; the middle button, Space
 * or (in pen-only mode) a single finger pan; everything else goes to the current tool's state machine
 * in world coordinates. Presses on the Transformer's handles are left to Konva.
 */
export function usePointerInput({ containerRef, stageRef, machine, viewport, penOnly, spaceHeld, onDoubleClick }: PointerInputOptions): void {
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const touches = new Map<number, Point>();
    let pinch: { distance: number; mid: Point } | null = null;
    let pan: { pointerId: number; last: Point } | null = null;
    let toolPointer: number | null = null;

    const screenOf = (event: PointerEvent): Point => {
      const rect = container.getBoundingClientRect();
      return { x: event.clientX - rect.left, y: event.clientY - rect.top };
    };
    const toTool = (event: PointerEvent): ToolPointer => {
      const screen = screenOf(event);
      return {
        world: viewport.toWorld(screen),
        screen,
        pointerId: event.pointerId,
        pointerType: event.pointerType === 'pen' || event.pointerType === 'touch' ? event.pointerType : 'mouse',
        pressure: event.pressure,
        button: event.button,
        shiftKey: event.shiftKey,
        modKey: event.ctrlKey || event.metaKey,
      };
    };
    const onTransformerHandle = (screen: Point): boolean => {
      const shape = stageRef.current?.getIntersection(screen);
      return Boolean(shape && shape.getParent() instanceof Konva.Transformer);
    };
    const pinchState = (): { distance: number; mid: Point } | null => {
      const [a, b] = [...touches.values()];
      if (!a || !b) return null;
      return { distance: Math.hypot(a.x - b.x, a.y - b.y), mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
    };

    const down = (event: PointerEvent) => {
      const screen = screenOf(event);
      if (event.pointerType === 'touch') touches.set(event.pointerId, screen);
      if (touches.size >= 2) {
        // A second finger: whatever the first one started becomes a pinch.
        machine()?.cancel();
        toolPointer = null;
        pan = null;
        pinch = pinchState();
        return;
      }
      if (onTransformerHandle(screen)) return;
      container.setPointerCapture?.(event.pointerId);
      if (event.button === 1 || spaceHeld() || (event.pointerType === 'touch' && penOnly())) {
        event.preventDefault();
        pan = { pointerId: event.pointerId, last: screen };
        return;
      }
      toolPointer = event.pointerId;
      machine()?.pointerDown(toTool(event));
    };

    const move = (event: PointerEvent) => {
      const screen = screenOf(event);
      if (event.pointerType === 'touch' && touches.has(event.pointerId)) touches.set(event.pointerId, screen);
      if (pinch && touches.size >= 2) {
        const next = pinchState();
        if (next && pinch.distance > 0) {
          viewport.panBy(next.mid.x - pinch.mid.x, next.mid.y - pinch.mid.y);
          viewport.zoomBy(next.distance / pinch.distance, next.mid);
          pinch = next;
        }
        return;
      }
      if (pan && pan.pointerId === event.pointerId) {
        viewport.panBy(screen.x - pan.last.x, screen.y - pan.last.y);
        pan.last = screen;
        return;
      }
      if (toolPointer !== event.pointerId) return;
      // Pens and fast mice report several positions per frame; keep them all for smooth strokes.
      const events = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
      for (const one of events.length > 0 ? events : [event]) machine()?.pointerMove(toTool(one));
    };

    const up = (event: PointerEvent) => {
      touches.delete(event.pointerId);
      if (pinch) {
        if (touches.size < 2) pinch = null;
        return;
      }
      if (pan && pan.pointerId === event.pointerId) {
        pan = null;
        return;
      }
      if (toolPointer !== event.pointerId) return;
      toolPointer = null;
      machine()?.pointerUp(toTool(event));
    };

    const cancel = (event: PointerEvent) => {
      touches.delete(event.pointerId);
      if (toolPointer === event.pointerId) {
        toolPointer = null;
        machine()?.cancel();
      }
      if (pan?.pointerId === event.pointerId) pan = null;
      if (touches.size < 2) pinch = null;
    };

    const dblclick = (event: MouseEvent) => {
      if (!onDoubleClick) return;
      const rect = container.getBoundingClientRect();
      onDoubleClick(viewport.toWorld({ x: event.clientX - rect.left, y: event.clientY - rect.top }));
    };

    container.addEventListener('pointerdown', down);
    container.addEventListener('pointermove', move);
    container.addEventListener('pointerup', up);
    container.addEventListener('pointercancel', cancel);
    container.addEventListener('dblclick', dblclick);
    return () => {
      container.removeEventListener('pointerdown', down);
      container.removeEventListener('pointermove', move);
      container.removeEventListener('pointerup', up);
      container.removeEventListener('pointercancel', cancel);
      container.removeEventListener('dblclick', dblclick);
    };
  }, [containerRef, stageRef, machine, viewport, penOnly, spaceHeld, onDoubleClick]);
}
