import { BrowserWindow, Menu } from 'electron';
import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { currentMenuLabels } from './menu';
import type { MenuLabels } from './menu';

/** The part of Electron's context-menu parameters the menu depends on. */
export interface ContextMenuParams {
  isEditable: boolean;
  selectionText: string;
  editFlags: {
    canUndo: boolean;
    canRedo: boolean;
    canCut: boolean;
    canCopy: boolean;
    canPaste: boolean;
    canSelectAll: boolean;
  };
}

/**
 * The right-click menu (Electron shows none by default): editing commands in text fields, Copy on a
 * selection, nothing elsewhere. Only standard roles: it never reaches the renderer's data.
 */
export function buildContextMenuTemplate(params: ContextMenuParams, t: MenuLabels): MenuItemConstructorOptions[] {
  const flags = params.editFlags;
  if (params.isEditable) {
    return [
      { role: 'undo', label: t.undo, enabled: flags.canUndo },
      { role: 'redo', label: t.redo, enabled: flags.canRedo },
      { type: 'separator' },
      { role: 'cut', label: t.cut, enabled: flags.canCut },
      { role: 'copy', label: t.copy, enabled: flags.canCopy },
      { role: 'paste', label: t.paste, enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: t.selectAll, enabled: flags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', label: t.copy, enabled: flags.canCopy }];
  return [];
}

/** Shows that menu on right-click in a web contents. */
export function setupContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, currentMenuLabels());
    if (template.length === 0) return;
    const window = BrowserWindow.fromWebContents(contents);
    Menu.buildFromTemplate(template).popup(window === null ? {} : { window });
  });
}
