import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type Konva from 'konva';
import { Layer, Stage } from 'react-konva';
import type { ShownTree } from '../db/repositories/forest';
import type { Rect } from '../domain/treeLayout';
import type { ForestItem, ZoneId } from '../domain/types';
import { forestLayout } from './forest/forestLayout';
import { useForestDetail } from './forest/useForestDetail';
import { ForestGestures } from './forest/forestGestures';
import { CollectiveDocument, Storm } from './forest/ForestLayerItems';
import { ForestTree } from './forest/ForestTree';
import { usePointerInput } from './usePointerInput';
import { useStageViewport } from './useStageViewport';
import './canvas.css';

interface ForestCanvasProps {
  trees: readonly ShownTree[];
  forestItems: readonly ForestItem[];
  labels: Record<ZoneId, string>;
  documentTitle: string;
  ariaLabel: string;
  description: string;
  /** The projector shows the forest but nothing on it can be moved. */
  readOnly?: boolean;
  onMoveStorm?: (id: string, x: number, y: number) => void;
  showZoom?: boolean;
}

/**
 * The Forest of Life: every shown tree side by side (cached drawings), storms around them and the
 * collective document underneath. Zoom with the wheel, pinch or buttons; drag to pan; drag a storm to
 * move it. Trees outside the view are not drawn at all (see useForestDetail).
 */
export function ForestCanvas({ trees, forestItems, labels, documentTitle, ariaLabel, description, readOnly, onMoveStorm, showZoom = true }: ForestCanvasProps) {
  const { t } = useTranslation('tree');
  const descriptionId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const treesLayer = useRef<Konva.Layer>(null);
  const stormsLayer = useRef<Konva.Layer>(null);
  const layout = useMemo(() => forestLayout(trees.length), [trees.length]);
  const collective = useMemo(() => forestItems.filter((item) => item.kind === 'collective'), [forestItems]);
  const storms = useMemo(() => forestItems.filter((item) => item.kind === 'storm'), [forestItems]);
  const content = useMemo<Rect>(() => ({ ...layout.bounds, height: layout.document.y + 110 + Math.max(1, collective.length) * 34 }), [layout, collective.length]);
  // On the projector the forest always fills the screen, whatever its size.
  const { viewport, zoomPercent } = useStageViewport(stageRef, containerRef, content, { autoFit: readOnly });
  const ratios = useForestDetail(viewport, stageRef, treesLayer, trees.length);

  const live = useRef({ storms, readOnly, onMoveStorm });
  useEffect(() => {
    live.current = { storms, readOnly, onMoveStorm };
  }, [storms, readOnly, onMoveStorm]);
  // Built on first use (in an event handler), never during render.
  const gestures = useRef<ForestGestures | null>(null);
  const machine = useCallback(
    () =>
      (gestures.current ??= new ForestGestures({
        storms: () => live.current.storms,
        editable: () => !live.current.readOnly && Boolean(live.current.onMoveStorm),
        previewStorm: (id, x, y) => {
          const node = stormsLayer.current?.findOne(`#storm-${id}`);
          node?.position({ x, y });
          node?.getLayer()?.batchDraw();
        },
        commitStorm: (id, x, y) => live.current.onMoveStorm?.(id, x, y),
        panBy: (dx, dy) => viewport.panBy(dx, dy),
      })),
    [viewport],
  );
  const never = useCallback(() => false, []);
  usePointerInput({ containerRef, stageRef, machine, viewport, penOnly: never, spaceHeld: never });

  return (
    <div className="tree-canvas forest-canvas">
      <div ref={containerRef} className="tree-canvas__stage" data-tool="hand" role="img" aria-label={ariaLabel} aria-describedby={descriptionId}>
        <Stage ref={stageRef} width={1} height={1} listening={false}>
          <Layer ref={treesLayer} listening={false}>
            {trees.map((tree, index) => (
              <ForestTree key={tree.participantId} tree={tree} x={layout.cells[index]!.x} y={layout.cells[index]!.y} labels={labels} pixelRatio={ratios.get(tree.participantId) ?? null} />
            ))}
            <CollectiveDocument entries={collective} layout={layout} title={documentTitle} />
          </Layer>
          <Layer ref={stormsLayer} listening={false}>
            {storms.map((storm) => (
              <Storm key={`${storm.id}-${storm.updatedAt}`} item={storm} />
            ))}
          </Layer>
        </Stage>
      </div>
      <p id={descriptionId} className="visually-hidden">
        {description}
      </p>
      {showZoom && (
        <div className="tree-canvas__zoom" role="group" aria-label={t('canvas.zoom')}>
          <button type="button" onClick={() => viewport.zoomBy(1 / 1.25)} aria-label={t('canvas.zoomOut')}>
            −
          </button>
          <output className="tree-canvas__zoom-level">{zoomPercent}%</output>
          <button type="button" onClick={() => viewport.zoomBy(1.25)} aria-label={t('canvas.zoomIn')}>
            +
          </button>
          <button type="button" onClick={() => viewport.fit()}>
            {t('canvas.fit')}
          </button>
        </div>
      )}
    </div>
  );
}
