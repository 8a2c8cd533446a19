/**
 * The bridge between Grove's sandboxed renderer and the main process. It exposes one object,
 * `window.grove`, with named methods only: never `ipcRenderer` itself, never the Electron event.
 * Bundled as CommonJS (a sandboxed window cannot run an ESM preload); it may import only `electron`
 * and the shared contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { CHANNELS, isMenuCommand } from '../shared/contract';
import type { GroveApi, KeychainRequest, LocaleRequest, MenuCommand, PresenterRequest, SaveFileRequest } from '../shared/contract';

const api = {
  saveFile(request: SaveFileRequest) {
    return ipcRenderer.invoke(CHANNELS.saveFile, request);
  },
  appInfo() {
    return ipcRenderer.invoke(CHANNELS.appInfo);
  },
  openPresenter(request: PresenterRequest) {
    return ipcRenderer.invoke(CHANNELS.openPresenter, request);
  },
  closePresenter() {
    return ipcRenderer.invoke(CHANNELS.closePresenter);
  },
  setLocale(request: LocaleRequest) {
    return ipcRenderer.invoke(CHANNELS.setLocale, request);
  },
  keychain(request: KeychainRequest) {
    return ipcRenderer.invoke(CHANNELS.keychain, request);
  },
  onMenuCommand(callback: (command: MenuCommand) => void) {
    const listener = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) callback(command);
    };
    ipcRenderer.on(CHANNELS.menuCommand, listener);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, listener);
    };
  },
} satisfies GroveApi;

// Only Grove's own pages get the bridge (navigation elsewhere is blocked anyway; this is a second lock).
if (window.location.protocol === 'app:' && window.location.host === 'grove') {
  contextBridge.exposeInMainWorld('grove', api);
}
