import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const appListeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const powerListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn>; webContents: { send: ReturnType<typeof vi.fn> } }[] = [];
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  function BrowserWindow(this: unknown, options: Record<string, unknown>) {
    const window = {
      options,
      webContents: { id: windows.length + 1, send: vi.fn(), getURL: () => '' },
      on: vi.fn(),
      once: vi.fn(),
      loadURL: vi.fn(async () => undefined),
      isDestroyed: () => false,
    };
    windows.push(window);
    return window;
  }
  BrowserWindow.fromWebContents = vi.fn(() => null);
  return {
    markReady,
    appListeners,
    powerListeners,
    windows,
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      setAppUserModelId: vi.fn(),
      enableSandbox: vi.fn(),
      isReady: vi.fn(() => true),
      whenReady: vi.fn(() => ready),
      getLocale: vi.fn(() => 'it-IT'),
      getPath: vi.fn((name: string) => `/nonexistent/${name}`),
      getVersion: vi.fn(() => '0.1.0'),
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      }),
    },
    session: { defaultSession },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    safeStorage: { isEncryptionAvailable: vi.fn(() => false), encryptString: vi.fn(), decryptString: vi.fn() },
    powerMonitor: {
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
        powerListeners.set(event, listener);
      }),
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    BrowserWindow,
    screen: {
      getPrimaryDisplay: vi.fn(() => ({ id: 1 })),
      getAllDisplays: vi.fn(() => [
        { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, internal: true },
      ]),
    },
    dialog: { showSaveDialog: vi.fn() },
  };
});
vi.mock('electron', () => electron);

describe('main process start-up', () => {
  it('registers the scheme and security before ready, then sets everything up in order', async () => {
    await import('../../../electron/main/index');
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(electron.app.setAppUserModelId).toHaveBeenCalledWith('org.grove.app');
    expect(electron.windows).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();

    electron.markReady();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));

    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(11);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const menu = electron.Menu.setApplicationMenu.mock.calls[0]?.[0] as unknown as { label: string }[];
    expect(menu.map((item) => item.label)).toContain('Modifica');

    const [window] = electron.windows;
    expect(window?.loadURL).toHaveBeenCalledWith('app://grove/index.html');
    const preferences = window?.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(preferences.preload)).toMatch(/preload[\\/]index\.cjs$/);

    for (const event of ['web-contents-created', 'window-all-closed', 'second-instance', 'activate']) {
      expect(electron.appListeners.has(event), event).toBe(true);
    }

    // The screen locking or the computer sleeping tells the facilitator window to lock Grove.
    expect([...electron.powerListeners.keys()].sort()).toEqual(['lock-screen', 'suspend']);
    electron.powerListeners.get('lock-screen')?.();
    expect(window?.webContents.send).toHaveBeenCalledWith('grove:menu-command', 'lock');
  });

  it('holds the first quit to ask the facilitator window for a backup', async () => {
    const [listener] = electron.appListeners.get('before-quit') ?? [];
    const event = { preventDefault: vi.fn() };
    listener?.(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(electron.windows[0]?.webContents.send).toHaveBeenCalledWith('grove:backup-request', 'quit');
  });

  it('quits when the last window closes, except on macOS', async () => {
    const [listener] = electron.appListeners.get('window-all-closed') ?? [];
    electron.app.quit.mockClear();
    listener?.();
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('quits at once in a second copy', async () => {
    const { setupSingleInstance } = await import('../../../electron/main/lifecycle');
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    electron.app.quit.mockClear();
    expect(setupSingleInstance()).toBe(false);
    expect(electron.app.quit).toHaveBeenCalledOnce();
  });

  it('finds the renderer and the CommonJS preload next to the built main script', async () => {
    const { appPaths } = await import('../../../electron/main/lifecycle');
    expect(appPaths(join('/app', 'out', 'main'))).toEqual({
      rendererRoot: join('/app', 'out', 'renderer'),
      preload: join('/app', 'out', 'preload', 'index.cjs'),
    });
  });
});
