import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PEN_SIZE, PEN_COLORS } from '../../canvas/editor/itemFactory';
import { useTreeEditor } from '../../canvas/editor/useTreeEditor';
import { TreeCanvas, type CanvasOptions, type TreeCanvasHandle } from '../../canvas/TreeCanvas';
import type { ToolId } from '../../canvas/tools';
import { routeHash } from '../../app/routes';
import { mayProject } from '../../domain/consent';
import { PROMPTS } from '../../domain/prompts';
import type { Group, LocalText, Participant, Tree, TreeItem } from '../../domain/types';
import { PresenterControls } from '../presenter/PresenterControls';
import { usePresenterDriver } from '../presenter/usePresenterDriver';
import { describeTree } from './describeTree';
import { ExportMenu } from './ExportMenu';
import { GuidedPrompts, GuidedSteps } from './GuidedBar';
import { ItemPanel } from './ItemPanel';
import { SaveIndicator } from './SaveIndicator';
import { Toolbar } from './Toolbar';
import { useGuided } from './useGuided';
import { useTreeActions } from './useTreeActions';
import { useTreeShortcuts } from './useTreeShortcuts';
import { useZoneLabels } from './useZoneLabels';

interface TreeWorkspaceProps {
  group: Group;
  participant: Participant;
  tree: Tree;
  stored: readonly TreeItem[];
}

/** The facilitator's tree editor: guided steps, toolbar, canvas, side panel, export and projector controls. */
export function TreeWorkspace({ group, participant, tree, stored }: TreeWorkspaceProps) {
  const { t } = useTranslation('tree');
  const editor = useTreeEditor(tree, stored);
  const actions = useTreeActions(editor, tree);
  const guided = useGuided(tree);
  const labels = useZoneLabels(group);
  const canvas = useRef<TreeCanvasHandle>(null);
  const [tool, setToolState] = useState<ToolId>('select');
  const [options, setOptions] = useState<CanvasOptions>({ penOnly: false, penColor: PEN_COLORS[0], penSize: DEFAULT_PEN_SIZE, sticker: 'heart', noteColor: null });
  const driver = usePresenterDriver();

  const setTool = useCallback(
    (next: ToolId) => {
      setToolState(next);
      if (next !== 'select') editor.select([]);
    },
    [editor],
  );

  const spaceHeld = useTreeShortcuts({
    actions,
    onEscape: () => {
      canvas.current?.cancel();
      editor.select([]);
    },
    onEditSelected: () => {
      const only = editor.selection.length === 1 ? editor.items.find((item) => item.id === editor.selection[0]) : undefined;
      if (only?.kind === 'note') canvas.current?.editNote(only.id);
    },
    onTool: setTool,
    onZoom: (how) => (how === 'fit' ? canvas.current?.fit() : canvas.current?.zoomBy(how === 'in' ? 1.25 : 0.8)),
  });

  const description = useMemo(() => describeTree(editor.items, labels, t), [editor.items, labels, t]);
  const currentPrompt = guided.mode === 'guided' ? (PROMPTS[guided.zone][0] ?? null) : null;
  const guidedProps = {
    mode: guided.mode,
    onMode: guided.setMode,
    zone: guided.zone,
    onZone: guided.setZone,
    onNext: guided.next,
    onBack: guided.back,
    done: tree.doneZones,
    onToggleDone: guided.toggleDone,
    items: editor.items,
    labels,
    lang: group.lang,
    onProjectPrompt: (prompt: LocalText) =>
      driver.show({ type: 'show', groupId: group.id, view: mayProject(participant) ? 'tree' : 'prompt', participantId: participant.id, prompt, title: labels[guided.zone] }),
  };

  return (
    <div className="tree-workspace">
      <div className="tree-workspace__status">
        <SaveIndicator state={editor.saveState} savedAt={editor.savedAt} error={editor.error ?? guided.error} />
        <PresenterControls
          driver={driver}
          groupId={group.id}
          view="tree"
          participantId={participant.id}
          prompt={currentPrompt}
          title={labels[guided.zone]}
          blockedReason={mayProject(participant) ? null : t('presenter.noConsent', { alias: participant.alias })}
        />
        <div className="button-row">
          <a className="button button--small" href={routeHash({ name: 'forest', groupId: group.id })}>
            {t('links.forest')}
          </a>
          <a className="button button--small" href={routeHash({ name: 'participant', groupId: group.id, participantId: participant.id })}>
            {t('links.participantMode')}
          </a>
        </div>
      </div>
      <GuidedSteps {...guidedProps} />
      <Toolbar tool={tool} onTool={setTool} options={options} onOptions={(patch) => setOptions((o) => ({ ...o, ...patch }))} actions={actions} />
      <div className="tree-workspace__main">
        <div className="tree-workspace__canvas">
          <TreeCanvas
            handleRef={canvas}
            editor={editor}
            tree={tree}
            tool={tool}
            options={options}
            labels={labels}
            guidedZone={guided.placementZone}
            done={tree.doneZones}
            ariaLabel={t('canvas.label', { alias: participant.alias })}
            description={description}
            spaceHeld={spaceHeld}
          />
        </div>
        <div className="tree-workspace__side">
          <GuidedPrompts {...guidedProps} />
          <ItemPanel items={editor.items} selection={editor.selection} labels={labels} labelLang={group.lang} actions={actions} onSelect={editor.select} />
          <ExportMenu group={group} participant={participant} items={editor.items} labels={labels} />
        </div>
      </div>
    </div>
  );
}
