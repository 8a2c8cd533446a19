import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS } from '../../../electron/shared/contract';
import type { MenuCommand } from '../../../electron/shared/contract';
import { buildMenuTemplate, MENU_ACCELERATORS, MENU_LABELS, pickLocale, setupMenu } from '../../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, locale: 'en' | 'it' = 'en', devTools = false) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate(MENU_LABELS[locale], platform, { send: (command) => sent.push(command), devTools });
  return { template, items: flatten(template), sent };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Linux and Windows, without an app menu', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const { template } = build(platform);
      expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    }
  });

  it('starts with the app menu on macOS', () => {
    const { template, items } = build('darwin');
    expect(template[0]?.role).toBe('appMenu');
    expect(template.map((item) => item.label)).toEqual(['Grove', 'File', 'Edit', 'View', 'Window', 'Help']);
    const roles = items.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit', 'pasteAndMatchStyle', 'front', 'windowMenu']));
  });

  it('uses the standard edit, view and window roles', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const roles = build(platform).items.map((item) => item.role);
      expect(roles).toEqual(
        expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'minimize', 'close', 'quit']),
      );
    }
  });

  it('offers developer tools only in development', () => {
    expect(build('linux').items.map((item) => item.role)).not.toContain('toggleDevTools');
    expect(build('linux').items.map((item) => item.role)).not.toContain('reload');
    expect(build('linux', 'en', true).items.map((item) => item.role)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it.each(['linux', 'darwin', 'win32'] as const)('has every Grove command once on %s, each sending it to the renderer', (platform) => {
    const { items, sent } = build(platform);
    for (const command of MENU_COMMANDS) {
      const matching = items.filter((item) => item.id === command);
      expect(matching).toHaveLength(1);
      const [item] = matching;
      expect(item?.accelerator).toBe(MENU_ACCELERATORS[command]);
      (item?.click as () => void)();
    }
    expect(sent).toEqual([...MENU_COMMANDS]);
  });

  it('binds the privacy curtain to CmdOrCtrl+Shift+B and gives every shortcut to one item only', () => {
    expect(MENU_ACCELERATORS['privacy-curtain']).toBe('CmdOrCtrl+Shift+B');
    for (const platform of ['linux', 'darwin'] as const) {
      const accelerators = build(platform).items.flatMap((item) => (item.accelerator ? [item.accelerator] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('labels Grove items in English and Italian', () => {
    const labelOf = (locale: 'en' | 'it', id: MenuCommand) => build('linux', locale).items.find((item) => item.id === id)?.label;
    expect(labelOf('en', 'new-group')).toBe('New Group');
    expect(labelOf('en', 'open-presenter')).toBe('Open Presenter View');
    expect(labelOf('en', 'privacy-curtain')).toBe('Privacy Curtain');
    expect(labelOf('en', 'settings')).toBe('Settings…');
    expect(labelOf('it', 'new-group')).toBe('Nuovo gruppo');
    expect(labelOf('it', 'open-presenter')).toBe('Apri vista presentatore');
    expect(labelOf('it', 'privacy-curtain')).toBe('Sipario privacy');
    expect(labelOf('it', 'settings')).toBe('Impostazioni…');
    expect(build('linux', 'it').template.map((item) => item.label)).toEqual(['File', 'Modifica', 'Vista', 'Finestra', 'Aiuto']);
  });

  it('labels every item in Italian, not only Grove’s', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      for (const item of build(platform, 'it').items) {
        if (item.type !== 'separator') expect(item.label, JSON.stringify(item.role)).toBeTruthy();
      }
    }
    const english = Object.values(MENU_LABELS.en);
    const italian = Object.values(MENU_LABELS.it);
    expect(italian.filter((label, index) => label === english[index]).sort()).toEqual(['File', 'Grove', 'Zoom']);
  });
});

describe('pickLocale', () => {
  it.each([
    ['it', 'it'],
    ['it-IT', 'it'],
    ['it_CH', 'it'],
    ['IT', 'it'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(pickLocale(tag)).toBe(locale);
  });
});

describe('setupMenu', () => {
  it('installs the built menu', () => {
    setupMenu('it', { send: () => undefined });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    expect(template.some((item) => item.label === 'Modifica')).toBe(true);
  });
});
