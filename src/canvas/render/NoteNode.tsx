import { memo, useMemo } from 'react';
import { Ellipse, Group, Line, Path, Rect, Text } from 'react-konva';
import type { NoteItem } from '../../domain/types';
import { estimateTextHeight, NOTE_FONT_FAMILY, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, NOTE_TEXT_COLOR, noteHeightFor, noteShapeFor, noteTextBox } from '../kinds/noteShapes';
import { measureTextHeight } from '../measure';

const PRIVATE_DASH = [7, 5];

function leafPath(w: number, h: number): string {
  const hw = w / 2;
  return `M${-hw} 0 C${-w * 0.3} ${-h * 0.67} ${w * 0.3} ${-h * 0.67} ${hw} 0 C${w * 0.3} ${h * 0.67} ${-w * 0.3} ${h * 0.67} ${-hw} 0 Z`;
}

/** A text note drawn as a leaf, a fruit or a card by its zone. Private notes get a dashed outline. */
export const NoteNode = memo(function NoteNode({ item, hidden }: { item: NoteItem; hidden?: boolean }) {
  const shape = noteShapeFor(item.zone);
  const w = item.width;
  // Never clip text: a note is drawn at least as tall as its text needs, whatever height was stored.
  const textHeight = useMemo(() => measureTextHeight(item.text, noteTextBox(shape, w, item.height).width), [item.text, shape, w, item.height]);
  const h = Math.max(item.height, noteHeightFor(shape, w, textHeight));
  const box = noteTextBox(shape, w, h);
  const textY = shape === 'card' ? box.y : -textHeight / 2 + (shape === 'fruit' ? 4 : 0);
  const privateItem = item.visibility === 'private';
  const outline = privateItem ? '#6b3a2a' : 'rgba(31,42,34,0.45)';
  const common = { fill: item.color, stroke: outline, strokeWidth: privateItem ? 2.5 : 1.5, dash: privateItem ? PRIVATE_DASH : undefined, perfectDrawEnabled: false, listening: false };
  return (
    <Group id={item.id} name="item" x={item.x} y={item.y} rotation={item.rotation} visible={!hidden} listening={false}>
      {shape === 'card' && <Rect x={-w / 2} y={-h / 2} width={w} height={h} cornerRadius={10} {...common} />}
      {shape === 'leaf' && (
        <>
          <Line points={[-w / 2, 0, -w / 2 - 14, 8]} stroke="#4d7a3a" strokeWidth={3} lineCap="round" listening={false} perfectDrawEnabled={false} />
          <Path data={leafPath(w, h)} {...common} />
        </>
      )}
      {shape === 'fruit' && (
        <>
          <Line points={[0, -h / 2 + 4, 4, -h / 2 - 12]} stroke="#6b4a2a" strokeWidth={4} lineCap="round" listening={false} perfectDrawEnabled={false} />
          <Ellipse x={0} y={0} radiusX={w / 2} radiusY={h / 2} {...common} />
        </>
      )}
      <Text
        x={box.x}
        y={textY}
        width={box.width}
        text={item.text}
        fontSize={NOTE_FONT_SIZE}
        fontFamily={NOTE_FONT_FAMILY}
        lineHeight={NOTE_LINE_HEIGHT}
        fill={NOTE_TEXT_COLOR}
        wrap="word"
        align={shape === 'card' ? 'left' : 'center'}
        listening={false}
        perfectDrawEnabled={false}
      />
    </Group>
  );
});

/**
 * A note seen from far away: its shape, with its text as grey lines (no text layout at all). Used where
 * a note's text would be a few pixels high, so a forest of thousands of notes opens quickly.
 */
export const NoteSketch = memo(function NoteSketch({ item }: { item: NoteItem }) {
  const shape = noteShapeFor(item.zone);
  const w = item.width;
  const box = noteTextBox(shape, w, item.height);
  const lines = Math.max(1, Math.min(8, Math.round(estimateTextHeight(item.text, box.width) / (NOTE_FONT_SIZE * NOTE_LINE_HEIGHT))));
  const h = Math.max(item.height, noteHeightFor(shape, w, lines * NOTE_FONT_SIZE * NOTE_LINE_HEIGHT));
  const top = shape === 'card' ? -h / 2 + 14 : (-lines * NOTE_FONT_SIZE * NOTE_LINE_HEIGHT) / 2 + 4;
  const common = { fill: item.color, stroke: 'rgba(31,42,34,0.45)', strokeWidth: 1.5, perfectDrawEnabled: false, listening: false };
  return (
    <Group id={item.id} name="item" x={item.x} y={item.y} rotation={item.rotation} listening={false}>
      {shape === 'card' && <Rect x={-w / 2} y={-h / 2} width={w} height={h} cornerRadius={10} {...common} />}
      {shape === 'leaf' && <Path data={leafPath(w, h)} {...common} />}
      {shape === 'fruit' && <Ellipse x={0} y={0} radiusX={w / 2} radiusY={h / 2} {...common} />}
      {Array.from({ length: lines }, (_, i) => (
        <Rect key={i} x={box.x} y={top + i * NOTE_FONT_SIZE * NOTE_LINE_HEIGHT} width={box.width * (i === lines - 1 ? 0.55 : 0.9)} height={NOTE_FONT_SIZE * 0.55} fill="rgba(31,42,34,0.45)" listening={false} perfectDrawEnabled={false} />
      ))}
    </Group>
  );
});
