import { memo, type Ref } from 'react';
import type Konva from 'konva';
import { Group, Layer, Rect, Shape, Stage, Transformer } from 'react-konva';
import type { TreeItem, ZoneId } from '../domain/types';
import { ItemNode } from './render/ItemNode';
import { nativeContext } from './render/StrokeNode';
import { outlinePath, strokeOutline } from './kinds/strokeOutline';
import { TreeScaffold } from './scaffold/TreeScaffold';
import { ZoneAreas } from './scaffold/ZoneAreas';

/** Mutable previews drawn in the interaction layer without re-rendering React. */
export interface PreviewState {
  stroke: readonly number[] | null;
  strokeColor: string;
  strokeSize: number;
}

export interface TreeStageRefs {
  stage: Ref<Konva.Stage>;
  dragGroup: Ref<Konva.Group>;
  transformer: Ref<Konva.Transformer>;
  marquee: Ref<Konva.Rect>;
  preview: Ref<Konva.Shape>;
}

interface TreeStageProps {
  refs: TreeStageRefs;
  items: readonly TreeItem[];
  selection: readonly string[];
  editingId: string | null;
  labels: Record<ZoneId, string>;
  highlight: ZoneId | null;
  done: readonly ZoneId[];
  /** Bumped after each drag or transform, to rebuild the lifted nodes from their stored props. */
  generation: number;
  previewState: { current: PreviewState };
  anchorSize: number;
  onTransformEnd: () => void;
}

/**
 * The tree's Konva stage in three layers, by how often they redraw: the scene (scaffold and zone areas,
 * static), the content (every unselected item), and the interaction layer (selected items lifted out of
 * the content, the Transformer, marquee and live stroke). Dragging or transforming the selection, or
 * drawing, redraws only the small interaction layer. Nothing but the Transformer listens to events:
 * hit-testing is done in world coordinates by the tools.
 */
export const TreeStage = memo(function TreeStage(props: TreeStageProps) {
  const { refs, items, selection, editingId, labels, highlight, done, generation, previewState, anchorSize, onTransformEnd } = props;
  const selected = new Set(selection);
  const lifted = items.filter((item) => selected.has(item.id));
  const anyLocked = lifted.some((item) => item.locked);
  const keepRatio = lifted.some((item) => item.kind === 'sticker');
  return (
    <Stage ref={refs.stage} width={1} height={1}>
      <Layer listening={false}>
        <TreeScaffold />
        <ZoneAreas labels={labels} highlight={highlight} done={done} />
      </Layer>
      <Layer listening={false}>
        {items.map((item) => (selected.has(item.id) ? null : <ItemNode key={item.id} item={item} hidden={item.id === editingId} />))}
      </Layer>
      <Layer>
        <Group key={generation} ref={refs.dragGroup} listening={false}>
          {lifted.map((item) => (
            <ItemNode key={item.id} item={item} hidden={item.id === editingId} />
          ))}
        </Group>
        <Transformer
          ref={refs.transformer}
          rotateEnabled={!anyLocked}
          resizeEnabled={!anyLocked}
          keepRatio={keepRatio}
          borderDash={anyLocked ? [6, 4] : undefined}
          borderStroke="#1a5fb4"
          anchorStroke="#1a5fb4"
          anchorFill="#ffffff"
          anchorSize={anchorSize}
          anchorCornerRadius={anchorSize / 2}
          rotationSnaps={[0, 90, 180, 270]}
          rotationSnapTolerance={6}
          ignoreStroke
          flipEnabled={false}
          boundBoxFunc={(oldBox, newBox) => (Math.abs(newBox.width) < 16 || Math.abs(newBox.height) < 16 ? oldBox : newBox)}
          onTransformEnd={onTransformEnd}
        />
        <Rect ref={refs.marquee} visible={false} fill="rgba(26, 95, 180, 0.12)" stroke="#1a5fb4" strokeWidth={1} listening={false} strokeScaleEnabled={false} />
        <Shape
          ref={refs.preview}
          listening={false}
          perfectDrawEnabled={false}
          sceneFunc={(context) => {
            const { stroke, strokeColor, strokeSize } = previewState.current;
            if (!stroke || stroke.length < 3) return;
            const ctx = nativeContext(context);
            ctx.fillStyle = strokeColor;
            ctx.fill(outlinePath(strokeOutline(stroke, strokeSize, false)));
          }}
        />
      </Layer>
    </Stage>
  );
});
