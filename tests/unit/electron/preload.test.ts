import { afterEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'x' })), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

import type { GroveApi } from '../../../electron/shared/contract';
import { CHANNELS } from '../../../electron/shared/contract';

async function loadPreload(location: { protocol: string; host: string }): Promise<void> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  vi.stubGlobal('window', { location });
  await import('../../../electron/preload/index');
}

function exposedApi(): GroveApi {
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, GroveApi];
  expect(key).toBe('grove');
  return api;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('preload', () => {
  it('exposes exactly one object, window.grove, with named functions only', async () => {
    await loadPreload({ protocol: 'app:', host: 'grove' });
    const api = exposedApi();
    expect(Object.keys(api).sort()).toEqual([
      'appInfo',
      'backupFinished',
      'backupFolder',
      'chooseBackupFolder',
      'closePresenter',
      'keychain',
      'onBackupRequest',
      'onMenuCommand',
      'openPresenter',
      'readBackup',
      'saveFile',
      'setLocale',
      'writeBackup',
    ]);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
  });

  it('forwards each call to its channel with the single argument', async () => {
    await loadPreload({ protocol: 'app:', host: 'grove' });
    const api = exposedApi();
    const bytes = new Uint8Array([1]);
    await api.saveFile({ suggestedName: 'a.pdf', mimeType: 'application/pdf', bytes });
    await api.appInfo();
    await api.openPresenter({ route: '/present/1' });
    await api.closePresenter();
    await api.setLocale({ locale: 'it' });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [CHANNELS.saveFile, { suggestedName: 'a.pdf', mimeType: 'application/pdf', bytes }],
      [CHANNELS.appInfo],
      [CHANNELS.openPresenter, { route: '/present/1' }],
      [CHANNELS.closePresenter],
      [CHANNELS.setLocale, { locale: 'it' }],
    ]);
  });

  it('delivers menu commands without the Electron event, ignores unknown ones, and unsubscribes', async () => {
    await loadPreload({ protocol: 'app:', host: 'grove' });
    const api = exposedApi();
    const received: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args: unknown[]) => received.push(args));
    const [channel, listener] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [string, (...args: unknown[]) => void];
    expect(channel).toBe(CHANNELS.menuCommand);
    const fakeEvent = { sender: { send: () => undefined }, ports: [] };
    listener(fakeEvent, 'privacy-curtain');
    listener(fakeEvent, 'rm -rf');
    listener(fakeEvent, { command: 'settings' });
    expect(received).toEqual([['privacy-curtain']]);
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(CHANNELS.menuCommand, listener);
  });

  it.each([
    { protocol: 'https:', host: 'example.org' },
    { protocol: 'file:', host: '' },
    { protocol: 'app:', host: 'evil' },
    { protocol: 'http:', host: '127.0.0.1:5174' },
  ])('exposes nothing on %j', async (location) => {
    await loadPreload(location);
    expect(electron.contextBridge.exposeInMainWorld).not.toHaveBeenCalled();
  });
});
