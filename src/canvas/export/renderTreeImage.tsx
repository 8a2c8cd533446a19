import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type Konva from 'konva';
import { Layer, Rect, Stage } from 'react-konva';
import { WORLD } from '../../domain/treeLayout';
import type { TreeItem, ZoneId } from '../../domain/types';
import { ItemNode } from '../render/ItemNode';
import { TreeScaffold } from '../scaffold/TreeScaffold';
import { ZoneAreas } from '../scaffold/ZoneAreas';

export interface TreeImageOptions {
  /** The items to draw — already filtered by the caller through the visibility rules. */
  items: readonly TreeItem[];
  labels: Record<ZoneId, string>;
  /** Output pixels per world unit. */
  pixelRatio?: number;
}

function Ready({ onReady }: { onReady: () => void }) {
  useEffect(() => {
    onReady();
  }, [onReady]);
  return null;
}

/**
 * Draw a tree off screen (a detached stage: nothing appears on the page) and return it as PNG bytes.
 * The same scaffold and item renderers as the canvas, so the export looks like the screen.
 */
export function renderTreePng({ items, labels, pixelRatio = 1.5 }: TreeImageOptions): Promise<Uint8Array> {
  const host = document.createElement('div');
  const root = createRoot(host);
  let stage: Konva.Stage | null = null;
  return new Promise<Uint8Array>((resolve, reject) => {
    const onReady = () => {
      if (!stage) return reject(new Error('stage missing'));
      stage.draw();
      stage
        .toBlob({ pixelRatio, mimeType: 'image/png' })
        .then(async (blob) => {
          if (!(blob instanceof Blob)) throw new Error('no image');
          resolve(new Uint8Array(await blob.arrayBuffer()));
        })
        .catch(reject);
    };
    root.render(
      <Stage
        width={WORLD.width}
        height={WORLD.height}
        ref={(node) => {
          stage = node;
        }}
        listening={false}
      >
        <Layer listening={false}>
          <Rect x={0} y={0} width={WORLD.width} height={WORLD.height} fill="#ffffff" />
          <TreeScaffold />
          <ZoneAreas labels={labels} highlight={null} outlines={false} />
          {items.map((item) => (
            <ItemNode key={item.id} item={item} />
          ))}
          <Ready onReady={onReady} />
        </Layer>
      </Stage>,
    );
  }).finally(() => setTimeout(() => root.unmount(), 0));
}
