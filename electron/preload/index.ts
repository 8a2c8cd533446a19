/**
 * The bridge between Grove's sandboxed renderer and the main process. It exposes one object,
 * `window.grove`, with named methods only: never `ipcRenderer` itself, never the Electron event.
 * Bundled as CommonJS (a sandboxed window cannot run an ESM preload); it may import only `electron`
 * and the shared contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { CHANNELS, isBackupReason, isMenuCommand } from '../shared/contract';
import type { BackupReason, GroveApi, KeychainRequest, LocaleRequest, MenuCommand, PresenterRequest, ReadBackupRequest, SaveFileRequest, WriteBackupRequest } from '../shared/contract';

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
  writeBackup(request: WriteBackupRequest) {
    return ipcRenderer.invoke(CHANNELS.writeBackup, request);
  },
  readBackup(request: ReadBackupRequest) {
    return ipcRenderer.invoke(CHANNELS.readBackup, request);
  },
  backupFolder() {
    return ipcRenderer.invoke(CHANNELS.backupFolder);
  },
  chooseBackupFolder() {
    return ipcRenderer.invoke(CHANNELS.chooseBackupFolder);
  },
  backupFinished() {
    return ipcRenderer.invoke(CHANNELS.backupFinished);
  },
  onBackupRequest(callback: (reason: BackupReason) => void) {
    const listener = (_event: IpcRendererEvent, reason: unknown): void => {
      if (isBackupReason(reason)) callback(reason);
    };
    ipcRenderer.on(CHANNELS.backupRequest, listener);
    return () => {
      ipcRenderer.removeListener(CHANNELS.backupRequest, listener);
    };
  },
} satisfies GroveApi;

// Only Grove's own pages get the bridge (navigation elsewhere is blocked anyway; this is a second lock).
if (window.location.protocol === 'app:' && window.location.host === 'grove') {
  contextBridge.exposeInMainWorld('grove', api);
}
