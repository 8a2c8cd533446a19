import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PEN_SIZE, PEN_COLORS } from '../../canvas/editor/itemFactory';
import { useTreeEditor } from '../../canvas/editor/useTreeEditor';
import { TreeCanvas, type CanvasOptions, type TreeCanvasHandle } from '../../canvas/TreeCanvas';
import type { ToolId } from '../../canvas/tools';
import { STICKER_NAMES } from '../../domain/stickers';
import type { Group, Tree, TreeItem } from '../../domain/types';
import { describeTree } from '../tree/describeTree';
import { GuidedPrompts } from '../tree/GuidedBar';
import { StickerIcon } from '../tree/StickerIcon';
import { useGuided } from '../tree/useGuided';
import { useTreeActions } from '../tree/useTreeActions';
import { useTreeShortcuts } from '../tree/useTreeShortcuts';
import { useZoneLabels } from '../tree/useZoneLabels';
import { SaveIndicator } from '../tree/SaveIndicator';
import { ExitGuard } from './ExitGuard';

interface ParticipantWorkspaceProps {
  group: Group;
  alias: string;
  tree: Tree;
  stored: readonly TreeItem[];
  pin: string | null;
  onExit: () => void;
}

type SimpleTool = Extract<ToolId, 'note' | 'pen' | 'sticker'>;

/** The participant's simple tree editor: note, pen, sticker, undo; large targets; guided prompts. */
export function ParticipantWorkspace({ group, alias, tree, stored, pin, onExit }: ParticipantWorkspaceProps) {
  const { t } = useTranslation('tree');
  const editor = useTreeEditor(tree, stored);
  const actions = useTreeActions(editor, tree);
  const guided = useGuided(tree);
  const labels = useZoneLabels(group);
  const canvas = useRef<TreeCanvasHandle>(null);
  const [tool, setTool] = useState<SimpleTool>('note');
  const [options, setOptions] = useState<CanvasOptions>({ penOnly: false, penColor: PEN_COLORS[0], penSize: DEFAULT_PEN_SIZE, sticker: 'heart', noteColor: null });
  const spaceHeld = useTreeShortcuts({ actions, simple: true, onEscape: () => canvas.current?.cancel(), onEditSelected: () => undefined });
  const description = useMemo(() => describeTree(editor.items, labels, t), [editor.items, labels, t]);

  return (
    <div className="participant">
      <header className="participant__bar">
        <h1 className="participant__title">{t('participant.title', { alias })}</h1>
        <SaveIndicator state={editor.saveState} savedAt={editor.savedAt} error={editor.error ?? guided.error} />
        <ExitGuard pin={pin} onExit={onExit} />
      </header>
      <div className="participant__body">
      <div className="participant__side">
      <GuidedPrompts
        compact
        mode={guided.mode}
        onMode={guided.setMode}
        zone={guided.zone}
        onZone={guided.setZone}
        onNext={guided.next}
        onBack={guided.back}
        done={tree.doneZones}
        onToggleDone={guided.toggleDone}
        items={editor.items}
        labels={labels}
        lang={group.lang}
      />
      <div className="participant__tools" role="toolbar" aria-label={t('toolbar.label')}>
        <button
          type="button"
          aria-pressed={tool === 'note'}
          onClick={(event) => {
            setTool('note');
            // From the keyboard (no pointer position), start a note in the current zone at once.
            if (event.detail === 0) canvas.current?.newNoteIn(guided.zone);
          }}
        >
          {t('tools.note')}
        </button>
        <button type="button" aria-pressed={tool === 'pen'} onClick={() => setTool('pen')}>
          {t('tools.pen')}
        </button>
        <button type="button" aria-pressed={tool === 'sticker'} onClick={() => setTool('sticker')}>
          {t('tools.sticker')}
        </button>
        <button type="button" onClick={actions.undo} disabled={!actions.canUndo}>
          {t('actions.undo')}
        </button>
        {tool === 'sticker' && (
          <div role="radiogroup" aria-label={t('toolbar.sticker')} className="participant__stickers">
            {STICKER_NAMES.map((name) => (
              <button
                key={name}
                type="button"
                role="radio"
                aria-checked={options.sticker === name}
                aria-label={t(`stickers.${name}`)}
                onClick={(event) => {
                  setOptions((o) => ({ ...o, sticker: name }));
                  if (event.detail === 0) actions.addSticker(guided.zone, name);
                }}
              >
                <StickerIcon name={name} size={34} />
              </button>
            ))}
          </div>
        )}
        {tool === 'pen' && (
          <label className="participant__penonly">
            <input type="checkbox" checked={options.penOnly} onChange={(event) => setOptions((o) => ({ ...o, penOnly: event.target.checked }))} />
            {t('toolbar.penOnly')}
          </label>
        )}
      </div>
      </div>
      <div className="participant__canvas">
        <TreeCanvas
          handleRef={canvas}
          editor={editor}
          tree={tree}
          tool={tool}
          options={options}
          labels={labels}
          guidedZone={guided.placementZone}
          done={tree.doneZones}
          large
          ariaLabel={t('canvas.label', { alias })}
          description={description}
          spaceHeld={spaceHeld}
        />
      </div>
      </div>
    </div>
  );
}
