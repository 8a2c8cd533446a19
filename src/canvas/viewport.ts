import type { Point, Rect } from '../domain/treeLayout';

/**
 * Zoom and pan as plain maths: a view maps world units to screen pixels as screen = world × scale + (x, y).
 */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 8;

/** A zoom level kept within what the canvas allows. */
export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The view that shows all of `content` centred in a screen area of `size`, with a margin. */
export function fitView(content: Rect, size: { width: number; height: number }, margin = 16): View {
  const width = Math.max(1, size.width - margin * 2);
  const height = Math.max(1, size.height - margin * 2);
  const scale = clampScale(Math.min(width / Math.max(1, content.width), height / Math.max(1, content.height)));
  return {
    scale,
    x: (size.width - content.width * scale) / 2 - content.x * scale,
    y: (size.height - content.height * scale) / 2 - content.y * scale,
  };
}

/** Zoom by `factor` keeping the world point under `screen` where it is. */
export function zoomAt(view: View, screen: Point, factor: number): View {
  const scale = clampScale(view.scale * factor);
  const world = toWorld(view, screen);
  return { scale, x: screen.x - world.x * scale, y: screen.y - world.y * scale };
}

/** Move the view by screen pixels. */
export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** The world point under a screen point. */
export function toWorld(view: View, screen: Point): Point {
  return { x: (screen.x - view.x) / view.scale, y: (screen.y - view.y) / view.scale };
}

/** The screen point showing a world point. */
export function toScreen(view: View, world: Point): Point {
  return { x: world.x * view.scale + view.x, y: world.y * view.scale + view.y };
}

/** The world rectangle visible on a screen area of `size`. */
export function visibleWorld(view: View, size: { width: number; height: number }): Rect {
  const topLeft = toWorld(view, { x: 0, y: 0 });
  return { x: topLeft.x, y: topLeft.y, width: size.width / view.scale, height: size.height / view.scale };
}
