import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type Konva from 'konva';
import type { Point, Rect } from '../domain/treeLayout';
import { fitView, panBy as panView, toWorld, zoomAt, type View } from './viewport';

/** A stable controller object: safe in effect dependencies, it never changes identity. */
export interface StageViewport {
  /** Current view (read in callbacks, never during render). */
  view(): View;
  zoomBy(factor: number, screen?: Point): void;
  fit(): void;
  panBy(dx: number, dy: number): void;
  toWorld(screen: Point): Point;
  /** Called after any view change (the text editor overlay follows it). */
  onChange(listener: () => void): () => void;
}

/**
 * Owns the stage's size, zoom and pan. The view is applied to the Konva stage imperatively (not through
 * React props), so a pan or a wheel step redraws without re-rendering the React tree. The container's
 * `data-view` attribute carries "scale x y" for tests that need to aim at world coordinates.
 */
export function useStageViewport(
  stageRef: RefObject<Konva.Stage | null>,
  containerRef: RefObject<HTMLDivElement | null>,
  content: Rect,
  options: { autoFit?: boolean } = {},
): { viewport: StageViewport; zoomPercent: number } {
  const autoFit = options.autoFit ?? false;
  const viewRef = useRef<View>({ scale: 1, x: 0, y: 0 });
  const sizeRef = useRef({ width: 0, height: 0 });
  const fittedRef = useRef<Rect | null>(null);
  const listeners = useRef(new Set<() => void>());
  const frame = useRef(0);
  const [zoomPercent, setZoomPercent] = useState(100);

  const apply = useCallback(
    (view: View) => {
      viewRef.current = view;
      const stage = stageRef.current;
      if (stage) {
        stage.scale({ x: view.scale, y: view.scale });
        stage.position({ x: view.x, y: view.y });
        stage.batchDraw();
      }
      containerRef.current?.setAttribute('data-view', `${view.scale} ${view.x} ${view.y}`);
      for (const listener of listeners.current) listener();
      if (!frame.current) {
        frame.current = requestAnimationFrame(() => {
          frame.current = 0;
          setZoomPercent(Math.round(viewRef.current.scale * 100));
        });
      }
    },
    [stageRef, containerRef],
  );

  const fit = useCallback(() => apply(fitView(content, sizeRef.current)), [apply, content]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const resize = () => {
      const width = container.clientWidth;
      const height = container.clientHeight;
      if (width === 0 || height === 0) return;
      sizeRef.current = { width, height };
      stageRef.current?.size({ width, height });
      // Fit on first show, whenever the content changes (a tree added to the forest), and on every
      // resize where asked (the projector).
      if (autoFit || fittedRef.current !== content) {
        fittedRef.current = content;
        apply(fitView(content, sizeRef.current));
      } else stageRef.current?.batchDraw();
    };
    resize();
    const observer = new ResizeObserver(resize);
    observer.observe(container);
    return () => observer.disconnect();
  }, [apply, containerRef, stageRef, content, autoFit]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = container.getBoundingClientRect();
      const screen = { x: event.clientX - rect.left, y: event.clientY - rect.top };
      if (event.shiftKey && !event.ctrlKey) {
        apply(panView(viewRef.current, -event.deltaY, -event.deltaX));
        return;
      }
      // Pixel deltas from wheels and trackpads (and pinch, which arrives as ctrl+wheel) zoom smoothly.
      const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
      apply(zoomAt(viewRef.current, screen, Math.exp(-delta * (event.ctrlKey ? 0.01 : 0.0015))));
    };
    container.addEventListener('wheel', onWheel, { passive: false });
    return () => container.removeEventListener('wheel', onWheel);
  }, [apply, containerRef]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const viewport = useMemo<StageViewport>(
    () => ({
      view: () => viewRef.current,
      zoomBy: (factor, screen) => apply(zoomAt(viewRef.current, screen ?? { x: sizeRef.current.width / 2, y: sizeRef.current.height / 2 }, factor)),
      fit,
      panBy: (dx, dy) => apply(panView(viewRef.current, dx, dy)),
      toWorld: (screen) => toWorld(viewRef.current, screen),
      onChange: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [apply, fit],
  );
  return { viewport, zoomPercent };
}
