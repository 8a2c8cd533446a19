import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  return {
    handlers,
    app: {
      getVersion: vi.fn(() => '0.1.0'),
      getPath: vi.fn((name: string) => `/home/facilitator/${name}`),
      on: vi.fn(),
    },
    ipcMain: { handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => handlers.set(channel, handler)) },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    BrowserWindow: Object.assign(vi.fn(), { fromWebContents: vi.fn(() => null) }),
    screen: { getPrimaryDisplay: vi.fn(() => ({ id: 1 })), getAllDisplays: vi.fn(() => []) },
    session: {},
  };
});
vi.mock('electron', () => electron);

import type { BrowserWindow } from 'electron';
import { CHANNELS } from '../../../electron/shared/contract';
import { isTrustedSender, setupIpc } from '../../../electron/main/ipc';
import { registerAppWindow } from '../../../electron/main/windows';
import { backupFolderState } from '../../../electron/main/backups';

const TRUSTED_ID = 7;
const onLocaleChange = vi.fn();
const onBackupFinished = vi.fn();
const backupRoot = mkdtempSync(join(tmpdir(), 'grove-ipc-backups-'));
const backups = backupFolderState(join(backupRoot, 'backup-folder.json'), join(backupRoot, 'Grove backups'));

function fakeEvent({
  id = TRUSTED_ID,
  url = 'app://grove/index.html#/groups',
  parent = null as unknown,
  frame = true,
}: { id?: number; url?: string; parent?: unknown; frame?: boolean } = {}) {
  return { sender: { id }, senderFrame: frame ? { url, parent } : null };
}

function handler(channel: string): Handler {
  const found = electron.handlers.get(channel);
  if (found === undefined) throw new Error(`no handler for ${channel}`);
  return found;
}

const pdf = { suggestedName: 'summary.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) };

beforeAll(() => {
  registerAppWindow({ webContents: { id: TRUSTED_ID }, on: vi.fn() } as unknown as BrowserWindow);
  setupIpc({ preloadPath: '/app/out/preload/index.cjs', devTools: false, onLocaleChange, backups, onBackupFinished });
});

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  electron.dialog.showSaveDialog.mockReset();
  onLocaleChange.mockReset();
});

describe('registration', () => {
  it('registers one handler per invoke channel of the contract', () => {
    const invokeChannels = Object.entries(CHANNELS)
      .filter(([name]) => name !== 'menuCommand' && name !== 'backupRequest')
      .map(([, channel]) => channel);
    expect([...electron.handlers.keys()].sort()).toEqual([...invokeChannels].sort());
  });
});

describe('sender check', () => {
  it('trusts the top frame of an app window on app://grove/', () => {
    expect(isTrustedSender(fakeEvent() as never)).toBe(true);
  });

  it.each([
    ['an unknown window', fakeEvent({ id: 99 })],
    ['a non-app URL', fakeEvent({ url: 'https://example.org/' })],
    ['a file URL', fakeEvent({ url: 'file:///work/main/out/renderer/index.html' })],
    ['a look-alike host', fakeEvent({ url: 'app://grove.evil/index.html' })],
    ['a sub-frame', fakeEvent({ parent: { url: 'app://grove/index.html' } })],
    ['a missing frame', fakeEvent({ frame: false })],
  ])('refuses %s on every channel', async (_label, event) => {
    expect(isTrustedSender(event as never)).toBe(false);
    for (const channel of electron.handlers.keys()) {
      const argument = channel === CHANNELS.saveFile ? pdf : channel === CHANNELS.openPresenter ? { route: '/p' } : undefined;
      await expect(handler(channel)(event, argument)).resolves.toEqual({ ok: false, error: 'forbidden' });
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a frame whose properties throw (disposed frame)', () => {
    const event = {
      sender: { id: TRUSTED_ID },
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(isTrustedSender(event as never)).toBe(false);
  });
});

describe('argument validation', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'summary.pdf'],
    ['an array', [pdf]],
    ['a missing field', { suggestedName: 'a.pdf', mimeType: 'application/pdf' }],
    ['an extra field', { ...pdf, path: '/etc/passwd' }],
    ['an empty name', { ...pdf, suggestedName: '  ' }],
    ['a huge name', { ...pdf, suggestedName: 'a'.repeat(5000) }],
    ['a non-string name', { ...pdf, suggestedName: 42 }],
    ['an unknown type', { ...pdf, mimeType: 'text/html' }],
    ['an executable type', { ...pdf, mimeType: 'application/x-msdownload' }],
    ['bytes as an array', { ...pdf, bytes: [1, 2, 3] }],
    ['bytes as a string', { ...pdf, bytes: '%PDF' }],
    ['empty bytes', { ...pdf, bytes: new Uint8Array(0) }],
  ])('saveFile rejects %s', async (_label, argument) => {
    const result = (await handler(CHANNELS.saveFile)(fakeEvent(), argument)) as { ok: boolean; error: string };
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^invalid-argument/);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('saveFile rejects more than 200 MB without reading it', async () => {
    const huge = { ...pdf, bytes: { byteLength: 200 * 1024 * 1024 + 1 } };
    Object.setPrototypeOf(huge.bytes, Uint8Array.prototype);
    const result = (await handler(CHANNELS.saveFile)(fakeEvent(), huge)) as { ok: boolean; error: string };
    expect(result).toEqual({ ok: false, error: 'invalid-argument: bytes size' });
  });

  it('rejects extra arguments', async () => {
    const result = (await handler(CHANNELS.appInfo)(fakeEvent(), undefined, 'extra')) as { ok: boolean };
    expect(result.ok).toBe(false);
    expect(await handler(CHANNELS.appInfo)(fakeEvent(), { sneaky: true })).toMatchObject({ ok: false });
  });

  it.each([
    undefined,
    { route: '' },
    { route: 'present' },
    { route: 'https://example.org/' },
    { route: 'javascript:alert(1)' },
    { route: '/a b' },
    { route: '/a#b' },
    { route: `/${'a'.repeat(300)}` },
    { route: 42 },
    { route: '/ok', extra: 1 },
  ])('openPresenter rejects %j', async (argument) => {
    const result = (await handler(CHANNELS.openPresenter)(fakeEvent(), argument)) as { ok: boolean; error: string };
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^invalid-argument/);
  });

  it('setLocale accepts en and it only', async () => {
    expect(await handler(CHANNELS.setLocale)(fakeEvent(), { locale: 'it' })).toEqual({ ok: true, value: undefined });
    expect(onLocaleChange).toHaveBeenCalledWith('it');
    expect(await handler(CHANNELS.setLocale)(fakeEvent(), { locale: 'de' })).toMatchObject({ ok: false });
    expect(onLocaleChange).toHaveBeenCalledTimes(1);
  });
});

describe('handlers', () => {
  it('appInfo answers version, platform and user-data path', async () => {
    expect(await handler(CHANNELS.appInfo)(fakeEvent())).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: process.platform, userDataPath: '/home/facilitator/userData', electron: true },
    });
  });

  it('saveFile shows the dialog with a sanitised name and writes the file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'grove-ipc-'));
    const target = join(directory, 'picked.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await handler(CHANNELS.saveFile)(fakeEvent(), { ...pdf, suggestedName: '../../G-07/summary' });
    expect(result).toEqual({ ok: true, value: target });
    expect(readFileSync(target, 'latin1')).toBe('%PDF');
    const options = electron.dialog.showSaveDialog.mock.calls[0]?.[0] as { defaultPath: string };
    expect(options.defaultPath).toBe(join('/home/facilitator/documents', 'G-07_summary.pdf'));
  });

  it('saveFile reports a cancelled dialog', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await handler(CHANNELS.saveFile)(fakeEvent(), pdf)).toEqual({ ok: false, error: 'cancelled' });
  });

  it('never throws across IPC: an unexpected failure becomes `internal`', async () => {
    electron.dialog.showSaveDialog.mockRejectedValue(new Error('boom'));
    await expect(handler(CHANNELS.saveFile)(fakeEvent(), pdf)).resolves.toEqual({ ok: false, error: 'internal' });
  });

  it('closePresenter succeeds when no presenter is open', async () => {
    expect(await handler(CHANNELS.closePresenter)(fakeEvent())).toEqual({ ok: true, value: undefined });
  });

  it('openPresenter opens one secure window at the route, reuses it, and closePresenter closes it', async () => {
    let url = '';
    const presenter = {
      webContents: { id: 8, getURL: () => url },
      on: vi.fn(),
      once: vi.fn(),
      loadURL: vi.fn(async (next: string) => {
        url = next;
      }),
      isDestroyed: () => false,
      isMinimized: () => false,
      show: vi.fn(),
      focus: vi.fn(),
      showInactive: vi.fn(),
      close: vi.fn(),
    };
    electron.BrowserWindow.mockImplementation(function () {
      return presenter;
    });
    expect(await handler(CHANNELS.openPresenter)(fakeEvent(), { route: '/present/1' })).toEqual({ ok: true, value: undefined });
    expect(electron.BrowserWindow).toHaveBeenCalledTimes(1);
    const options = electron.BrowserWindow.mock.calls[0]?.[0] as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(presenter.loadURL).toHaveBeenLastCalledWith('app://grove/index.html#/present/1');

    expect(await handler(CHANNELS.openPresenter)(fakeEvent(), { route: '/present/2' })).toEqual({ ok: true, value: undefined });
    expect(electron.BrowserWindow).toHaveBeenCalledTimes(1);
    expect(presenter.loadURL).toHaveBeenLastCalledWith('app://grove/index.html#/present/2');
    expect(presenter.show).toHaveBeenCalled();

    expect(await handler(CHANNELS.closePresenter)(fakeEvent())).toEqual({ ok: true, value: undefined });
    expect(presenter.close).toHaveBeenCalledOnce();
  });
});

describe('automatic backup handlers', () => {
  const age = (text: string) => new Uint8Array(Buffer.from(`age-encryption.org/v1\n${text}`));
  const at = Date.UTC(2026, 11, 4, 10, 0, 0);

  it('write an encrypted backup into the folder, verified, and read it back by name only', async () => {
    const bytes = age('-> X25519 stanza\nbody');
    const written = (await handler(CHANNELS.writeBackup)(fakeEvent(), { bytes, createdAt: at, reason: 'daily' })) as { ok: true; value: { name: string; path: string; sha256: string } };
    expect(written.ok).toBe(true);
    expect(written.value.name).toBe('grove-backup-20261204-100000-000-daily.age');
    expect(written.value.path).toBe(join(backupRoot, 'Grove backups', written.value.name));
    expect(new Uint8Array(readFileSync(written.value.path))).toEqual(bytes);
    expect(written.value.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await handler(CHANNELS.readBackup)(fakeEvent(), { name: written.value.name })).toEqual({ ok: true, value: bytes });
    const info = (await handler(CHANNELS.backupFolder)(fakeEvent())) as { ok: true; value: { backups: { name: string }[] } };
    expect(info.value.backups.map((b) => b.name)).toContain(written.value.name);
  });

  it('refuse plaintext, bad times and reasons, paths, and untrusted senders', async () => {
    const write = handler(CHANNELS.writeBackup);
    expect(await write(fakeEvent(), { bytes: new Uint8Array(Buffer.from('{"format":"grove-backup"}')), createdAt: at, reason: 'daily' })).toEqual({
      ok: false,
      error: 'invalid-argument: not encrypted',
    });
    expect(await write(fakeEvent(), { bytes: age('x'), createdAt: 12, reason: 'daily' })).toEqual({ ok: false, error: 'invalid-argument: createdAt' });
    expect(await write(fakeEvent(), { bytes: age('x'), createdAt: at, reason: 'because' })).toEqual({ ok: false, error: 'invalid-argument: reason' });
    expect(await write(fakeEvent(), { bytes: age('x'), createdAt: at, reason: 'daily', extra: 1 })).toMatchObject({ ok: false });
    expect(await write(fakeEvent({ id: 99 }), { bytes: age('x'), createdAt: at, reason: 'daily' })).toEqual({ ok: false, error: 'forbidden' });
    const read = handler(CHANNELS.readBackup);
    expect(await read(fakeEvent(), { name: '../backup-folder.json' })).toEqual({ ok: false, error: 'invalid-argument: name' });
    expect(await read(fakeEvent(), { name: 'backup-folder.json' })).toEqual({ ok: false, error: 'invalid-argument: name' });
    expect(await read(fakeEvent(), { name: 'grove-backup-20200101-000000-000-daily.age' })).toEqual({ ok: false, error: 'not-found' });
  });

  it('rotate the folder after each write, leaving other files alone', async () => {
    const folder = join(backupRoot, 'rotation');
    writeFileSync(join(backupRoot, 'backup-folder.json'), '{}');
    await backups.set(folder);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'my-notes.txt'), 'mine');
    for (let i = 0; i < 14; i += 1) {
      await handler(CHANNELS.writeBackup)(fakeEvent(), { bytes: age(String(i)), createdAt: Date.now() - i * 60_000, reason: 'manual' });
    }
    const names = readdirSync(folder);
    expect(names.filter((name) => name.endsWith('.age'))).toHaveLength(10);
    expect(names).toContain('my-notes.txt');
  });

  it('choose another folder through the native dialog and remember it', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/Grove'] });
    expect(await handler(CHANNELS.chooseBackupFolder)(fakeEvent())).toEqual({ ok: true, value: '/media/usb/Grove' });
    expect(JSON.parse(readFileSync(join(backupRoot, 'backup-folder.json'), 'utf8'))).toEqual({ folder: '/media/usb/Grove' });
    expect(backupFolderState(join(backupRoot, 'backup-folder.json'), '/default').folder()).toBe('/media/usb/Grove');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await handler(CHANNELS.chooseBackupFolder)(fakeEvent())).toEqual({ ok: false, error: 'cancelled' });
  });

  it('pass on "backup finished" so quitting can go on', async () => {
    expect(await handler(CHANNELS.backupFinished)(fakeEvent())).toEqual({ ok: true, value: undefined });
    expect(onBackupFinished).toHaveBeenCalledTimes(1);
  });
});
