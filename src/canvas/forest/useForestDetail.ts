import { useEffect, useState, type RefObject } from 'react';
import type Konva from 'konva';
import type { StageViewport } from '../useStageViewport';
import { visibleWorld } from '../viewport';
import { CELL, TREE_SCALE } from './forestLayout';

const PREFIX = 'forest-tree-';

/** Bitmap pixels per world unit that suit a zoom level (in quarter steps, 0.25 … 3). */
export function ratioForScale(scale: number, devicePixelRatio = 1): number {
  return Math.min(3, Math.max(0.25, Math.ceil(scale * TREE_SCALE * devicePixelRatio * 4) / 4));
}

/**
 * Culling and level of detail for the forest's cached trees. Trees outside the view are hidden at once
 * on every pan or zoom. When the view settles, trees whose cached drawing no longer suits the zoom are
 * redrawn — the visible ones only, one per frame, so a zoom never freezes the screen while a dozen
 * trees are redrawn together. Returns each tree's bitmap resolution (absent = not known yet).
 */
export function useForestDetail(viewport: StageViewport, stageRef: RefObject<Konva.Stage | null>, layerRef: RefObject<Konva.Layer | null>, treeCount: number): ReadonlyMap<string, number> {
  const [ratios, setRatios] = useState<ReadonlyMap<string, number>>(new Map());

  useEffect(() => {
    let timer = 0;
    let frame = 0;
    let first = true;
    let current = new Map<string, number>();
    const nodes = () => layerRef.current?.getChildren((child) => child.hasName('forest-tree')) ?? [];

    const cull = () => {
      const stage = stageRef.current;
      if (!stage) return;
      const visible = visibleWorld(viewport.view(), stage.size());
      for (const node of nodes()) {
        const x = node.x();
        const y = node.y();
        node.visible(x + CELL.width >= visible.x && x <= visible.x + visible.width && y + CELL.height + CELL.label >= visible.y && y <= visible.y + visible.height);
      }
    };

    const refine = () => {
      const wanted = ratioForScale(viewport.view().scale, window.devicePixelRatio);
      const stale = (id: string) => {
        const ratio = current.get(id);
        return ratio === undefined || Math.abs(ratio - wanted) / ratio > 0.3;
      };
      const ids = nodes().map((node) => node.id().slice(PREFIX.length));
      if (first) {
        // Opening: every tree at once, drawn a single time at the right resolution.
        first = false;
        current = new Map(ids.map((id) => [id, wanted]));
        setRatios(current);
        return;
      }
      const queue = nodes()
        .filter((node) => node.visible())
        .map((node) => node.id().slice(PREFIX.length))
        .filter(stale);
      const step = () => {
        const id = queue.shift();
        if (!id) return;
        current = new Map(current).set(id, wanted);
        setRatios(current);
        frame = requestAnimationFrame(step);
      };
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(step);
    };

    const onView = () => {
      cull();
      window.clearTimeout(timer);
      cancelAnimationFrame(frame);
      timer = window.setTimeout(refine, first ? 0 : 250);
    };
    const start = requestAnimationFrame(onView);
    const off = viewport.onChange(onView);
    return () => {
      off();
      cancelAnimationFrame(start);
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [viewport, stageRef, layerRef, treeCount]);

  return ratios;
}
