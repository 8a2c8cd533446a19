import { useCallback, useEffect, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type Konva from 'konva';
import { clampIntoZone, freeSpotInZone, nearestZone, WORLD, zoneAt, type Point } from '../domain/treeLayout';
import type { NoteItem, StickerName, Tree, ZoneId } from '../domain/types';
import { moveItems, setNoteText, transformItems, type TransformAttrs } from './editor/commands';
import { newNote, newSticker, newStroke, nextZ } from './editor/itemFactory';
import type { TreeEditor } from './editor/useTreeEditor';
import { itemBounds, strokeLocalBounds, topItemAt } from './kinds/geometry';
import { defaultNoteColor, NOTE_DEFAULT_WIDTH, noteShapeFor } from './kinds/noteShapes';
import { fitNoteAtLeast, fitNoteExact } from './measure';
import { NoteTextEditor, type NoteDraft } from './NoteTextEditor';
import { TOOLS, ToolMachine, type ToolContext, type ToolId } from './tools';
import { TreeStage, type PreviewState } from './TreeStage';
import { usePointerInput } from './usePointerInput';
import { useStageViewport } from './useStageViewport';
import './canvas.css';

export interface CanvasOptions {
  penOnly: boolean;
  penColor: string;
  penSize: number;
  sticker: StickerName;
  /** Colour for new notes; null = the zone's default. */
  noteColor: string | null;
}

/** What a screen can ask of the canvas. */
export interface TreeCanvasHandle {
  editNote(id: string): void;
  /** Start typing a new note in a zone (keyboard and guided mode). */
  newNoteIn(zone: ZoneId): void;
  cancel(): void;
  fit(): void;
  zoomBy(factor: number): void;
  stage(): Konva.Stage | null;
}

interface TreeCanvasProps {
  handleRef?: Ref<TreeCanvasHandle>;
  editor: TreeEditor;
  tree: Tree;
  tool: ToolId;
  options: CanvasOptions;
  labels: Record<ZoneId, string>;
  /** Guided mode's zone: highlighted, and where new items go. Null in free mode. */
  guidedZone: ZoneId | null;
  done: readonly ZoneId[];
  /** Participant mode: larger handles and buttons. */
  large?: boolean;
  ariaLabel: string;
  description: string;
  /** Place items with the hand and Space keys; when false the Space key is left alone. */
  spaceHeld?: () => boolean;
}

/**
 * The interactive Tree of Life: Konva stage, zoom and pan, the current tool's state machine, inline
 * note typing and the Transformer. Items come from, and edits go to, the tree editor.
 */
export function TreeCanvas(props: TreeCanvasProps) {
  const { handleRef, editor, tree, tool, options, labels, guidedZone, done, large, ariaLabel, description } = props;
  const { t } = useTranslation('tree');
  const descriptionId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const dragGroupRef = useRef<Konva.Group>(null);
  const transformerRef = useRef<Konva.Transformer>(null);
  const marqueeRef = useRef<Konva.Rect>(null);
  const previewRef = useRef<Konva.Shape>(null);
  const previewState = useRef<PreviewState>({ stroke: null, strokeColor: options.penColor, strokeSize: options.penSize });
  const [generation, setGeneration] = useState(0);
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const { viewport, zoomPercent } = useStageViewport(stageRef, containerRef, WORLD);
  const stageRefs = useMemo(() => ({ stage: stageRef, dragGroup: dragGroupRef, transformer: transformerRef, marquee: marqueeRef, preview: previewRef }), []);

  // Latest props for event handlers, which outlive renders.
  const live = useRef({ editor, tree, options, guidedZone, tool });
  useLayoutEffect(() => {
    live.current = { editor, tree, options, guidedZone, tool };
    previewState.current.strokeColor = options.penColor;
    previewState.current.strokeSize = options.penSize;
  }, [editor, tree, options, guidedZone, tool]);

  const openDraftAt = useCallback((point: Point, zone: ZoneId) => {
    const color = live.current.options.noteColor ?? defaultNoteColor(zone);
    setDraft({ id: null, zone, x: point.x, y: point.y, rotation: 0, width: NOTE_DEFAULT_WIDTH[noteShapeFor(zone)], height: 80, color, text: '' });
  }, []);

  const editNote = useCallback((id: string) => {
    const note = live.current.editor.latest().items.find((item): item is NoteItem => item.id === id && item.kind === 'note');
    if (!note || note.locked) return;
    setDraft({ id: note.id, zone: note.zone, x: note.x, y: note.y, rotation: note.rotation, width: note.width, height: note.height, color: note.color, text: note.text });
  }, []);

  const ctx = useMemo<ToolContext>(() => {
    const layerOf = () => dragGroupRef.current?.getLayer();
    return {
      items: () => live.current.editor.latest().items,
      selection: () => live.current.editor.latest().selection,
      select: (ids) => live.current.editor.select(ids),
      hitTest: (point, tolerancePx = 0) => topItemAt(live.current.editor.latest().items, point, tolerancePx / viewport.view().scale),
      zoom: () => viewport.view().scale,
      penOnly: () => live.current.options.penOnly,
      previewDrag: (dx, dy) => {
        dragGroupRef.current?.position({ x: dx, y: dy });
        layerOf()?.batchDraw();
      },
      commitDrag: (dx, dy) => {
        const { items, selection } = live.current.editor.latest();
        const changes = moveItems(items, selection, dx, dy, Date.now(), fitNoteAtLeast);
        live.current.editor.commit(changes, 'move');
        setGeneration((g) => g + 1);
      },
      previewMarquee: (rect) => {
        const marquee = marqueeRef.current;
        if (!marquee) return;
        if (rect) marquee.setAttrs({ ...rect, visible: true });
        else marquee.visible(false);
        marquee.getLayer()?.batchDraw();
      },
      previewStroke: (points) => {
        previewState.current.stroke = points;
        previewRef.current?.getLayer()?.batchDraw();
      },
      commitStroke: (drawn) => {
        const { editor: ed, tree: tr, options: opts, guidedZone: guided } = live.current;
        // A copy: the pen tool's array is its own working buffer (and bounds are cached per array).
        const points = [...drawn];
        const box = strokeLocalBounds(points);
        const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        const zone = zoneAt(centre) ?? guided ?? nearestZone(centre);
        const stroke = newStroke(tr, { zone, worldPoints: points, color: opts.penColor, size: opts.penSize, z: nextZ(ed.latest().items) });
        ed.commit([{ id: stroke.id, before: null, after: stroke }], 'draw');
      },
      previewErase: (ids) => {
        const stage = stageRef.current;
        if (!stage) return;
        const erasing = new Set(ids);
        for (const node of stage.find('.item')) node.opacity(erasing.has(node.id()) ? 0.2 : 1);
        stage.batchDraw();
      },
      commit: (changes, label) => live.current.editor.commit(changes, label),
      createNoteAt: (point) => {
        const guided = live.current.guidedZone;
        const zone = guided ?? nearestZone(point);
        openDraftAt(guided ? clampIntoZone(point, guided) : point, zone);
      },
      placeStickerAt: (point) => {
        const { editor: ed, tree: tr, options: opts, guidedZone: guided } = live.current;
        const zone = guided ?? nearestZone(point);
        const at = guided ? clampIntoZone(point, guided) : point;
        const sticker = newSticker(tr, { zone, x: at.x, y: at.y, sticker: opts.sticker, z: nextZ(ed.latest().items) });
        ed.commit([{ id: sticker.id, before: null, after: sticker }], 'sticker');
      },
      panBy: (dx, dy) => viewport.panBy(dx, dy),
    };
  }, [viewport, openDraftAt]);

  const machineRef = useRef<ToolMachine | null>(null);
  useEffect(() => {
    if (!machineRef.current) machineRef.current = new ToolMachine(ctx, TOOLS[tool]);
    else if (machineRef.current.toolId !== tool) machineRef.current.setTool(TOOLS[tool]);
  }, [ctx, tool]);
  const machine = useCallback(() => machineRef.current, []);
  const penOnly = useCallback(() => live.current.options.penOnly, []);
  const spaceHeldProp = props.spaceHeld;
  const spaceHeld = useCallback(() => spaceHeldProp?.() ?? false, [spaceHeldProp]);
  const onDoubleClick = useCallback(
    (world: Point) => {
      if (live.current.tool !== 'select') return;
      const hit = topItemAt(live.current.editor.latest().items, world, 4 / viewport.view().scale);
      if (hit?.kind === 'note') editNote(hit.id);
    },
    [viewport, editNote],
  );
  usePointerInput({ containerRef, stageRef, machine, viewport, penOnly, spaceHeld, onDoubleClick });

  // The Transformer follows the selection (and the rebuilt nodes after each drag or transform).
  useEffect(() => {
    const transformer = transformerRef.current;
    const group = dragGroupRef.current;
    if (!transformer || !group) return;
    transformer.nodes(draft ? [] : group.getChildren());
    transformer.getLayer()?.batchDraw();
  }, [editor.selection, editor.items, generation, draft]);

  const onTransformEnd = useCallback(() => {
    const group = dragGroupRef.current;
    if (!group) return;
    const attrs = new Map<string, TransformAttrs>();
    for (const node of group.getChildren()) {
      attrs.set(node.id(), { x: node.x(), y: node.y(), rotation: node.rotation(), scaleX: node.scaleX(), scaleY: node.scaleY() });
    }
    const { items } = live.current.editor.latest();
    live.current.editor.commit(transformItems(items, attrs, Date.now(), fitNoteAtLeast), 'transform');
    setGeneration((g) => g + 1);
  }, []);

  const commitDraft = useCallback((current: NoteDraft, text: string) => {
    setDraft(null);
    const { editor: ed, tree: tr } = live.current;
    const now = Date.now();
    if (current.id) {
      const note = ed.latest().items.find((item): item is NoteItem => item.id === current.id && item.kind === 'note');
      if (note) ed.commit(setNoteText(note, text, now, fitNoteExact), 'edit');
    } else if (text.trim()) {
      const note = fitNoteExact(newNote(tr, { zone: current.zone, x: current.x, y: current.y, text: text.trim(), height: 60, color: current.color, z: nextZ(ed.latest().items), now }));
      ed.commit([{ id: note.id, before: null, after: note }], 'add');
    }
  }, []);

  useImperativeHandle(
    handleRef,
    () => ({
      editNote,
      newNoteIn: (zone) => {
        const items = live.current.editor.latest().items;
        const occupied = items.filter((item) => item.zone === zone).map(itemBounds);
        openDraftAt(freeSpotInZone(zone, NOTE_DEFAULT_WIDTH[noteShapeFor(zone)], 80, occupied), zone);
      },
      cancel: () => {
        machineRef.current?.cancel();
        setDraft(null);
      },
      fit: () => viewport.fit(),
      zoomBy: (factor) => viewport.zoomBy(factor),
      stage: () => stageRef.current,
    }),
    [editNote, openDraftAt, viewport],
  );

  return (
    <div className={large ? 'tree-canvas tree-canvas--large' : 'tree-canvas'}>
      <div ref={containerRef} className="tree-canvas__stage" data-tool={tool} role="img" aria-label={ariaLabel} aria-describedby={descriptionId}>
        <TreeStage
          refs={stageRefs}
          items={editor.items}
          selection={editor.selection}
          editingId={draft?.id ?? null}
          labels={labels}
          highlight={guidedZone}
          done={done}
          generation={generation}
          previewState={previewState}
          anchorSize={large ? 22 : 12}
          onTransformEnd={onTransformEnd}
        />
      </div>
      <p id={descriptionId} className="visually-hidden">
        {description}
      </p>
      {draft && <NoteTextEditor key={draft.id ?? `new-${draft.x}-${draft.y}`} draft={draft} viewport={viewport} zoneLabel={labels[draft.zone]} onCommit={(text) => commitDraft(draft, text)} onCancel={() => setDraft(null)} />}
      <div className="tree-canvas__zoom" role="group" aria-label={t('canvas.zoom')}>
        <button type="button" onClick={() => viewport.zoomBy(1 / 1.25)} aria-label={t('canvas.zoomOut')}>
          −
        </button>
        <output aria-live="off" className="tree-canvas__zoom-level">
          {zoomPercent}%
        </output>
        <button type="button" onClick={() => viewport.zoomBy(1.25)} aria-label={t('canvas.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => viewport.fit()}>
          {t('canvas.fit')}
        </button>
      </div>
    </div>
  );
}

