import { useTranslation } from 'react-i18next';
import { PEN_COLORS } from '../../canvas/editor/itemFactory';
import { NOTE_COLORS } from '../../canvas/kinds/noteShapes';
import type { CanvasOptions } from '../../canvas/TreeCanvas';
import type { ToolId } from '../../canvas/tools';
import { STICKER_NAMES } from '../../domain/stickers';
import type { StickerName } from '../../domain/types';
import { StickerIcon } from './StickerIcon';
import type { TreeActions } from './useTreeActions';

const TOOL_ORDER: readonly ToolId[] = ['select', 'hand', 'note', 'pen', 'eraser', 'sticker'];
const TOOL_KEYS: Record<ToolId, string> = { select: 'V', hand: 'H', note: 'N', pen: 'P', eraser: 'E', sticker: 'S' };
export const PEN_SIZES = [4, 8, 14] as const;

interface ToolbarProps {
  tool: ToolId;
  onTool: (tool: ToolId) => void;
  options: CanvasOptions;
  onOptions: (patch: Partial<CanvasOptions>) => void;
  actions: TreeActions;
}

/** The facilitator's canvas toolbar: tools, their options, and the edit actions on the selection. */
export function Toolbar({ tool, onTool, options, onOptions, actions }: ToolbarProps) {
  const { t } = useTranslation('tree');
  const none = !actions.hasSelection;
  return (
    <div className="tree-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="tree-toolbar__group" role="group" aria-label={t('toolbar.tools')}>
        {TOOL_ORDER.map((id) => (
          <button key={id} type="button" className="button--small" aria-pressed={tool === id} onClick={() => onTool(id)} title={`${t(`tools.${id}`)} (${TOOL_KEYS[id]})`}>
            {t(`tools.${id}`)}
          </button>
        ))}
      </div>
      {tool === 'sticker' && (
        <div className="tree-toolbar__group" role="radiogroup" aria-label={t('toolbar.sticker')}>
          {STICKER_NAMES.map((name) => (
            <button key={name} type="button" role="radio" aria-checked={options.sticker === name} className="button--small tree-toolbar__icon" onClick={() => onOptions({ sticker: name as StickerName })} aria-label={t(`stickers.${name}`)}>
              <StickerIcon name={name} />
            </button>
          ))}
        </div>
      )}
      {(tool === 'pen' || tool === 'eraser') && (
        <div className="tree-toolbar__group">
          {tool === 'pen' && (
            <>
              <div role="radiogroup" aria-label={t('toolbar.penColor')} className="swatches">
                {PEN_COLORS.map((color, index) => (
                  <button key={color} type="button" role="radio" aria-checked={options.penColor === color} className="swatch" style={{ background: color }} aria-label={t('toolbar.colorN', { n: index + 1 })} onClick={() => onOptions({ penColor: color })} />
                ))}
              </div>
              <label className="tree-toolbar__field">
                {t('toolbar.penSize')}
                <select value={options.penSize} onChange={(event) => onOptions({ penSize: Number(event.target.value) })}>
                  {PEN_SIZES.map((size, index) => (
                    <option key={size} value={size}>
                      {t(`toolbar.sizes.${index}`)}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
          <label className="tree-toolbar__field">
            <input type="checkbox" checked={options.penOnly} onChange={(event) => onOptions({ penOnly: event.target.checked })} />
            {t('toolbar.penOnly')}
          </label>
        </div>
      )}
      {tool === 'note' && (
        <div role="radiogroup" aria-label={t('toolbar.noteColor')} className="swatches tree-toolbar__group">
          <button type="button" role="radio" aria-checked={options.noteColor === null} className="button--small" onClick={() => onOptions({ noteColor: null })}>
            {t('toolbar.zoneColor')}
          </button>
          {NOTE_COLORS.map((color, index) => (
            <button key={color} type="button" role="radio" aria-checked={options.noteColor === color} className="swatch" style={{ background: color }} aria-label={t('toolbar.colorN', { n: index + 1 })} onClick={() => onOptions({ noteColor: color })} />
          ))}
        </div>
      )}
      {tool === 'select' && actions.hasNoteSelected && (
        <div role="group" aria-label={t('toolbar.recolor')} className="swatches tree-toolbar__group">
          {NOTE_COLORS.map((color, index) => (
            <button key={color} type="button" className="swatch" style={{ background: color }} aria-label={t('toolbar.recolorN', { n: index + 1 })} onClick={() => actions.recolorNotes(color)} />
          ))}
        </div>
      )}
      <div className="tree-toolbar__group" role="group" aria-label={t('toolbar.edit')}>
        <button type="button" className="button--small" onClick={actions.undo} disabled={!actions.canUndo} title="Ctrl+Z">
          {t('actions.undo')}
        </button>
        <button type="button" className="button--small" onClick={actions.redo} disabled={!actions.canRedo} title="Ctrl+Shift+Z">
          {t('actions.redo')}
        </button>
        <button type="button" className="button--small" onClick={actions.duplicate} disabled={none} title="Ctrl+D">
          {t('actions.duplicate')}
        </button>
        <button type="button" className="button--small" onClick={actions.remove} disabled={none} title="Delete">
          {t('actions.delete')}
        </button>
        <button type="button" className="button--small" onClick={actions.forward} disabled={none} title="]">
          {t('actions.forward')}
        </button>
        <button type="button" className="button--small" onClick={actions.backward} disabled={none} title="[">
          {t('actions.backward')}
        </button>
        <button type="button" className="button--small" onClick={actions.toggleLock} disabled={none} aria-pressed={actions.selectionLocked}>
          {t('actions.lock')}
        </button>
      </div>
    </div>
  );
}
