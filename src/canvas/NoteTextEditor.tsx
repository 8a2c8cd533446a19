import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH } from '../db/repositories/trees';
import type { ZoneId } from '../domain/types';
import { NOTE_DEFAULT_WIDTH, NOTE_FONT_FAMILY, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, noteShapeFor, noteTextBox } from './kinds/noteShapes';
import type { StageViewport } from './useStageViewport';
import { toScreen } from './viewport';

/** A note being typed: an existing note (id) or a new one (id null) at a world position. */
export interface NoteDraft {
  id: string | null;
  zone: ZoneId;
  x: number;
  y: number;
  rotation: number;
  width: number;
  height: number;
  color: string;
  text: string;
}

interface NoteTextEditorProps {
  draft: NoteDraft;
  viewport: StageViewport;
  zoneLabel: string;
  onCommit: (text: string) => void;
  onCancel: () => void;
}

/**
 * Inline typing on the canvas: a textarea laid exactly over the note (position, rotation, font size
 * follow the zoom), the usual way to edit text on a Konva canvas. Enter keeps the text (Shift+Enter for
 * a new line), Escape cancels, leaving the field keeps it too.
 */
export function NoteTextEditor({ draft, viewport, zoneLabel, onCommit, onCancel }: NoteTextEditorProps) {
  const { t } = useTranslation('tree');
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(draft.text);
  const [view, setView] = useState(() => viewport.view());
  const done = useRef(false);

  useEffect(() => viewport.onChange(() => setView(viewport.view())), [viewport]);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const shape = noteShapeFor(draft.zone);
  const width = draft.id ? draft.width : NOTE_DEFAULT_WIDTH[shape];
  const box = noteTextBox(shape, width, draft.height);
  const centre = toScreen(view, { x: draft.x, y: draft.y });
  // Typing stays legible when the tree is zoomed far out: the field is never smaller than 15 px text.
  const fontSize = Math.max(15, NOTE_FONT_SIZE * view.scale);
  const grow = fontSize / (NOTE_FONT_SIZE * view.scale);
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    if (keep) onCommit(text);
    else onCancel();
  };

  return (
    <textarea
      ref={ref}
      className="note-editor"
      aria-label={t('canvas.noteText', { zone: zoneLabel })}
      maxLength={MAX_NOTE_LENGTH}
      value={text}
      rows={2}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        } else if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          finish(true);
        }
      }}
      style={{
        left: centre.x + box.x * view.scale,
        top: centre.y + box.y * view.scale,
        width: Math.max(120, box.width * view.scale * grow),
        minHeight: fontSize * NOTE_LINE_HEIGHT * 2 + 8,
        fontSize,
        lineHeight: NOTE_LINE_HEIGHT,
        fontFamily: NOTE_FONT_FAMILY,
        background: draft.color,
        transform: draft.rotation ? `rotate(${draft.rotation}deg)` : undefined,
        transformOrigin: `${-box.x * view.scale}px ${-box.y * view.scale}px`,
        textAlign: shape === 'card' ? 'left' : 'center',
      }}
    />
  );
}
