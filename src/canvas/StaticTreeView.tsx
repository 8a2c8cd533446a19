import { useId, useRef } from 'react';
import type Konva from 'konva';
import { Layer, Stage } from 'react-konva';
import { WORLD } from '../domain/treeLayout';
import type { TreeItem, ZoneId } from '../domain/types';
import { ItemNode } from './render/ItemNode';
import { TreeScaffold } from './scaffold/TreeScaffold';
import { ZoneAreas } from './scaffold/ZoneAreas';
import { useStageViewport } from './useStageViewport';
import './canvas.css';

interface StaticTreeViewProps {
  /** Items already filtered for this audience. */
  items: readonly TreeItem[];
  labels: Record<ZoneId, string>;
  highlight?: ZoneId | null;
  ariaLabel: string;
  description: string;
}

/** A tree to look at, not edit (the projector): always fitted to its box, nothing listens to input. */
export function StaticTreeView({ items, labels, highlight = null, ariaLabel, description }: StaticTreeViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const descriptionId = useId();
  useStageViewport(stageRef, containerRef, WORLD, { autoFit: true });
  return (
    <div className="tree-canvas tree-canvas--static">
      <div ref={containerRef} className="tree-canvas__stage" role="img" aria-label={ariaLabel} aria-describedby={descriptionId}>
        <Stage ref={stageRef} width={1} height={1} listening={false}>
          <Layer listening={false}>
            <TreeScaffold />
            <ZoneAreas labels={labels} highlight={highlight} outlines={highlight !== null} />
            {items.map((item) => (
              <ItemNode key={item.id} item={item} />
            ))}
          </Layer>
        </Stage>
      </div>
      <p id={descriptionId} className="visually-hidden">
        {description}
      </p>
    </div>
  );
}
