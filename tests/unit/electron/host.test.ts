import { describe, expect, it, vi } from 'vitest';
import type { GroveApi, MenuCommand } from '../../../electron/shared/contract';
import { createHost, PRESENTER_WINDOW_NAME } from '../../../src/host';
import type { BrowserPort } from '../../../src/host';
import packageJson from '../../../package.json';

function fakeBridge(): GroveApi & { [K in keyof GroveApi]: ReturnType<typeof vi.fn> } {
  return {
    saveFile: vi.fn(async () => ({ ok: true as const, value: '/home/me/summary.pdf' })),
    appInfo: vi.fn(async () => ({
      ok: true as const,
      value: { version: '0.1.0', platform: 'linux', userDataPath: '/home/me/.config/Grove', electron: true as const },
    })),
    openPresenter: vi.fn(async () => ({ ok: true as const, value: undefined })),
    closePresenter: vi.fn(async () => ({ ok: true as const, value: undefined })),
    setLocale: vi.fn(async () => ({ ok: true as const, value: undefined })),
    onMenuCommand: vi.fn(() => () => undefined),
    keychain: vi.fn(async () => ({ ok: true as const, value: { available: true, backend: 'gnome_libsecret' } })),
    writeBackup: vi.fn(async () => ({ ok: true as const, value: { name: 'b.age', path: '/b/b.age', folder: '/b', sha256: 'ab', size: 2 } })),
    readBackup: vi.fn(async () => ({ ok: true as const, value: new Uint8Array([1]) })),
    backupFolder: vi.fn(async () => ({ ok: true as const, value: { folder: '/b', backups: [] } })),
    chooseBackupFolder: vi.fn(async () => ({ ok: true as const, value: '/usb' })),
    backupFinished: vi.fn(async () => ({ ok: true as const, value: undefined })),
    onBackupRequest: vi.fn(() => () => undefined),
  };
}

function fakeBrowser(openResult: 'window' | 'blocked' = 'window') {
  const opened = { close: vi.fn(), focus: vi.fn() };
  const port = {
    version: '9.9.9',
    download: vi.fn<BrowserPort['download']>(),
    openWindow: vi.fn<BrowserPort['openWindow']>(() => (openResult === 'window' ? opened : null)),
  } satisfies BrowserPort;
  return { port, opened };
}

const request = { suggestedName: 'summary.pdf', mimeType: 'application/pdf' as const, bytes: new Uint8Array([1, 2]) };

describe('host in Electron', () => {
  it('goes through the bridge', async () => {
    const bridge = fakeBridge();
    const host = createHost(bridge);
    expect(host.isElectron).toBe(true);
    expect(await host.saveFile(request)).toEqual({ ok: true, value: '/home/me/summary.pdf' });
    expect(bridge.saveFile).toHaveBeenCalledWith(request);
    expect(await host.appInfo()).toMatchObject({ ok: true, value: { electron: true, platform: 'linux' } });
    expect(await host.openPresenter('/present/3')).toEqual({ ok: true, value: undefined });
    expect(bridge.openPresenter).toHaveBeenCalledWith({ route: '/present/3' });
    await host.closePresenter();
    expect(bridge.closePresenter).toHaveBeenCalled();
    await host.setLocale('it');
    expect(bridge.setLocale).toHaveBeenCalledWith({ locale: 'it' });
    const callback = (_command: MenuCommand) => undefined;
    host.onMenuCommand(callback);
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(callback);
  });

  it('turns a rejected bridge call into an error result', async () => {
    const bridge = fakeBridge();
    bridge.saveFile.mockRejectedValue(new Error('No handler registered'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await createHost(bridge).saveFile(request)).toEqual({ ok: false, error: 'internal' });
    error.mockRestore();
  });

  it('refuses a malformed route before crossing the bridge', async () => {
    const bridge = fakeBridge();
    expect(await createHost(bridge).openPresenter('https://example.org')).toMatchObject({ ok: false });
    expect(bridge.openPresenter).not.toHaveBeenCalled();
  });
});

describe('host in a browser', () => {
  it('downloads files', async () => {
    const { port } = fakeBrowser();
    const host = createHost(undefined, port);
    expect(host.isElectron).toBe(false);
    expect(await host.saveFile(request)).toEqual({ ok: true, value: 'summary.pdf' });
    expect(port.download).toHaveBeenCalledWith(request.bytes, 'application/pdf', 'summary.pdf');
  });

  it('reports the browser platform', async () => {
    const { port } = fakeBrowser();
    expect(await createHost(undefined, port).appInfo()).toEqual({
      ok: true,
      value: { version: '9.9.9', platform: 'browser', userDataPath: null, electron: false },
    });
  });

  it('opens the presenter as a named same-origin window and closes it', async () => {
    const { port, opened } = fakeBrowser();
    const host = createHost(undefined, port);
    expect(await host.openPresenter('/present/3')).toEqual({ ok: true, value: undefined });
    expect(port.openWindow).toHaveBeenCalledWith('#/present/3', PRESENTER_WINDOW_NAME);
    expect(await host.closePresenter()).toEqual({ ok: true, value: undefined });
    expect(opened.close).toHaveBeenCalled();
  });

  it('reports a blocked pop-up', async () => {
    const { port } = fakeBrowser('blocked');
    expect(await createHost(undefined, port).openPresenter('/present/3')).toEqual({ ok: false, error: 'blocked' });
  });

  it('has a no-op menu subscription and locale', async () => {
    const { port } = fakeBrowser();
    const host = createHost(undefined, port);
    const unsubscribe = host.onMenuCommand(() => undefined);
    expect(() => unsubscribe()).not.toThrow();
    expect(await host.setLocale('en')).toEqual({ ok: true, value: undefined });
  });

  it('defaults to the real browser port with the package version', async () => {
    expect(await createHost(undefined).appInfo()).toMatchObject({ ok: true, value: { version: packageJson.version } });
  });
});

describe('automatic backups through the host', () => {
  it('go through the bridge in Electron', async () => {
    const bridge = fakeBridge();
    const host = createHost(bridge);
    const write = { bytes: new Uint8Array([1, 2]), createdAt: 1_800_000_000_000, reason: 'daily' as const };
    expect(await host.writeBackup(write)).toMatchObject({ ok: true, value: { name: 'b.age' } });
    expect(bridge.writeBackup).toHaveBeenCalledWith(write);
    expect(await host.readBackup('b.age')).toEqual({ ok: true, value: new Uint8Array([1]) });
    expect(bridge.readBackup).toHaveBeenCalledWith({ name: 'b.age' });
    expect(await host.chooseBackupFolder()).toEqual({ ok: true, value: '/usb' });
  });

  it('are unsupported in a browser, which never pretends to have written one', async () => {
    const host = createHost(undefined, fakeBrowser().port);
    expect(await host.writeBackup({ bytes: new Uint8Array([1]), createdAt: 1, reason: 'daily' })).toEqual({ ok: false, error: 'unsupported' });
    expect(await host.backupFolder()).toEqual({ ok: false, error: 'unsupported' });
    expect(await host.backupFinished()).toEqual({ ok: true, value: undefined });
  });
});
