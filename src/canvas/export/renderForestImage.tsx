import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type Konva from 'konva';
import { Layer, Rect, Stage } from 'react-konva';
import type { ShownTree } from '../../db/repositories/forest';
import type { ForestItem, ZoneId } from '../../domain/types';
import { forestLayout } from '../forest/forestLayout';
import { CollectiveDocument, Storm } from '../forest/ForestLayerItems';
import { ForestTree } from '../forest/ForestTree';

export interface ForestImageOptions {
  /** Trees as the forest audience may see them (consent and visibility already applied by the repository). */
  trees: readonly ShownTree[];
  forestItems: readonly ForestItem[];
  labels: Record<ZoneId, string>;
  documentTitle: string;
  /** Output pixels per world unit. */
  pixelRatio?: number;
}

function Ready({ onReady }: { onReady: () => void }) {
  useEffect(() => {
    const timer = window.setTimeout(onReady, 0);
    return () => window.clearTimeout(timer);
  }, [onReady]);
  return null;
}

/**
 * Draw the whole forest off screen (a detached stage) — trees, storms, collective document — with the same
 * renderers as the forest canvas, and return PNG bytes and the image size in pixels.
 */
export function renderForestPng({ trees, forestItems, labels, documentTitle, pixelRatio = 1 }: ForestImageOptions): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const layout = forestLayout(trees.length);
  const collective = forestItems.filter((item) => item.kind === 'collective');
  const storms = forestItems.filter((item) => item.kind === 'storm');
  const width = layout.bounds.width;
  const height = layout.document.y + 110 + Math.max(1, collective.length) * 34;
  const host = document.createElement('div');
  const root = createRoot(host);
  let stage: Konva.Stage | null = null;
  return new Promise<{ bytes: Uint8Array; width: number; height: number }>((resolve, reject) => {
    const onReady = () => {
      if (!stage) return reject(new Error('stage missing'));
      stage.draw();
      stage
        .toBlob({ pixelRatio, mimeType: 'image/png' })
        .then(async (blob) => {
          if (!(blob instanceof Blob)) throw new Error('no image');
          resolve({ bytes: new Uint8Array(await blob.arrayBuffer()), width: Math.round(width * pixelRatio), height: Math.round(height * pixelRatio) });
        })
        .catch(reject);
    };
    root.render(
      <Stage
        width={width}
        height={height}
        ref={(node) => {
          stage = node;
        }}
        listening={false}
      >
        <Layer listening={false}>
          <Rect x={0} y={0} width={width} height={height} fill="#ffffff" />
          {trees.map((tree, index) => (
            <ForestTree key={tree.participantId} tree={tree} x={layout.cells[index]!.x} y={layout.cells[index]!.y} labels={labels} pixelRatio={pixelRatio} />
          ))}
          <CollectiveDocument entries={collective} layout={layout} title={documentTitle} />
          {storms.map((storm) => (
            <Storm key={storm.id} item={storm} />
          ))}
          <Ready onReady={onReady} />
        </Layer>
      </Stage>,
    );
  }).finally(() => setTimeout(() => root.unmount(), 0));
}
