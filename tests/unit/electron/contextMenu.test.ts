import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const popup = vi.fn();
  return {
    popup,
    Menu: { buildFromTemplate: vi.fn(() => ({ popup })), setApplicationMenu: vi.fn() },
    BrowserWindow: { fromWebContents: vi.fn(() => null) },
  };
});
vi.mock('electron', () => electron);

import type { WebContents } from 'electron';
import { buildContextMenuTemplate, setupContextMenu } from '../../../electron/main/contextMenu';
import type { ContextMenuParams } from '../../../electron/main/contextMenu';
import { MENU_LABELS, setupMenu } from '../../../electron/main/menu';

const allFlags = { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

function params(overrides: Partial<ContextMenuParams>): ContextMenuParams {
  return { isEditable: false, selectionText: '', editFlags: allFlags, ...overrides };
}

describe('buildContextMenuTemplate', () => {
  it('offers editing roles in text fields, enabled as the page allows', () => {
    const template = buildContextMenuTemplate(params({ isEditable: true }), MENU_LABELS.en);
    expect(template.filter((item) => item.role).map((item) => item.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(template.find((item) => item.role === 'redo')?.enabled).toBe(false);
  });

  it('offers Copy on selected text and nothing elsewhere', () => {
    expect(buildContextMenuTemplate(params({ selectionText: 'roots' }), MENU_LABELS.it)).toEqual([
      { role: 'copy', label: 'Copia', enabled: true },
    ]);
    expect(buildContextMenuTemplate(params({ selectionText: '  ' }), MENU_LABELS.en)).toEqual([]);
  });

  it('pops up in the language of the app menu', () => {
    let listener: ((event: unknown, params: ContextMenuParams) => void) | undefined;
    const contents = { on: vi.fn((_name: string, fn: typeof listener) => (listener = fn)) };
    setupContextMenu(contents as unknown as WebContents);
    setupMenu('it', { send: () => undefined });
    listener?.({}, params({ isEditable: true }));
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1) as unknown as [{ label?: string }[]];
    expect(template[0].map((item) => item.label)).toContain('Incolla');
    expect(electron.popup).toHaveBeenCalledOnce();
    listener?.({}, params({}));
    expect(electron.popup).toHaveBeenCalledOnce();
  });
});
