import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { Locale, MenuCommand } from '../shared/contract';

/** Every label the native menu shows. */
export interface MenuLabels {
  appName: string;
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  newGroup: string;
  openPresenter: string;
  privacyCurtain: string;
  lock: string;
  settings: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  unhide: string;
  quit: string;
  close: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  pasteAndMatchStyle: string;
  delete: string;
  selectAll: string;
  reload: string;
  forceReload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  minimize: string;
  zoom: string;
  front: string;
}

export const MENU_LABELS: Readonly<Record<Locale, MenuLabels>> = {
  en: {
    appName: 'Grove',
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    newGroup: 'New Group',
    openPresenter: 'Open Presenter View',
    privacyCurtain: 'Privacy Curtain',
    lock: 'Lock Grove',
    settings: 'Settings…',
    about: 'About Grove',
    services: 'Services',
    hide: 'Hide Grove',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit Grove',
    close: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
  },
  it: {
    appName: 'Grove',
    file: 'File',
    edit: 'Modifica',
    view: 'Vista',
    window: 'Finestra',
    help: 'Aiuto',
    newGroup: 'Nuovo gruppo',
    openPresenter: 'Apri vista presentatore',
    privacyCurtain: 'Sipario privacy',
    lock: 'Blocca Grove',
    settings: 'Impostazioni…',
    about: 'Informazioni su Grove',
    services: 'Servizi',
    hide: 'Nascondi Grove',
    hideOthers: 'Nascondi altre',
    unhide: 'Mostra tutte',
    quit: 'Esci da Grove',
    close: 'Chiudi finestra',
    undo: 'Annulla',
    redo: 'Ripeti',
    cut: 'Taglia',
    copy: 'Copia',
    paste: 'Incolla',
    pasteAndMatchStyle: 'Incolla mantenendo lo stile',
    delete: 'Elimina',
    selectAll: 'Seleziona tutto',
    reload: 'Ricarica',
    forceReload: 'Forza ricaricamento',
    toggleDevTools: 'Strumenti per sviluppatori',
    resetZoom: 'Dimensioni reali',
    zoomIn: 'Ingrandisci',
    zoomOut: 'Riduci',
    toggleFullScreen: 'Schermo intero',
    minimize: 'Riduci a icona',
    zoom: 'Zoom',
    front: 'Porta tutto in primo piano',
  },
};

/** Grove's menu language for a BCP 47 tag such as `it-IT`: Italian for `it*`, English otherwise. */
export function pickLocale(tag: string): Locale {
  return tag.toLowerCase().split(/[-_]/)[0] === 'it' ? 'it' : 'en';
}

/** Keyboard shortcuts of Grove's own menu items. */
export const MENU_ACCELERATORS: Readonly<Record<MenuCommand, string>> = {
  'new-group': 'CmdOrCtrl+N',
  'open-presenter': 'CmdOrCtrl+Shift+P',
  'privacy-curtain': 'CmdOrCtrl+Shift+B',
  settings: 'CmdOrCtrl+,',
  lock: 'CmdOrCtrl+L',
};

export interface MenuOptions {
  /** Delivers a Grove command to the renderer. */
  send: (command: MenuCommand) => void;
  /** Adds Reload and Developer Tools (development builds only). */
  devTools?: boolean;
}

/**
 * The application menu: standard roles (the app menu on macOS, then File, Edit, View, Window, Help)
 * plus Grove's commands, which are sent to the renderer rather than handled here.
 */
export function buildMenuTemplate(
  t: MenuLabels,
  platform: NodeJS.Platform,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (id: MenuCommand, label: string): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator: MENU_ACCELERATORS[id],
    click: () => options.send(id),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: t.appName,
    role: 'appMenu',
    submenu: [
      { role: 'about', label: t.about },
      separator,
      command('settings', t.settings),
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide },
      separator,
      { role: 'quit', label: t.quit },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: mac
      ? [command('new-group', t.newGroup), separator, command('lock', t.lock), separator, { role: 'close', label: t.close }]
      : [
          command('new-group', t.newGroup),
          separator,
          command('lock', t.lock),
          command('settings', t.settings),
          separator,
          { role: 'quit', label: t.quit },
        ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      ...(mac ? [{ role: 'pasteAndMatchStyle', label: t.pasteAndMatchStyle } as const] : []),
      { role: 'delete', label: t.delete },
      separator,
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = options.devTools
    ? [
        { role: 'reload', label: t.reload },
        { role: 'forceReload', label: t.forceReload },
        { role: 'toggleDevTools', label: t.toggleDevTools },
        separator,
      ]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      command('open-presenter', t.openPresenter),
      command('privacy-curtain', t.privacyCurtain),
      separator,
      ...developerItems,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    role: 'windowMenu',
    submenu: mac
      ? [
          { role: 'minimize', label: t.minimize },
          { role: 'zoom', label: t.zoom },
          separator,
          { role: 'front', label: t.front },
        ]
      : [
          { role: 'minimize', label: t.minimize },
          { role: 'close', label: t.close },
        ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: mac ? [] : [{ role: 'about', label: t.about }],
  };
  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

let currentLocale: Locale = 'en';

/** Labels of the language the menu was last built in (the context menu follows it). */
export function currentMenuLabels(): MenuLabels {
  return MENU_LABELS[currentLocale];
}

/** Builds the menu for a locale and installs it as the application menu. */
export function setupMenu(locale: Locale, options: MenuOptions): void {
  currentLocale = locale;
  const template = buildMenuTemplate(MENU_LABELS[locale], process.platform, options);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
