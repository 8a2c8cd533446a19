import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  app: { on: vi.fn() },
  session: {},
}));
vi.mock('electron', () => electron);

import {
  mimeTypeFor,
  registerAppScheme,
  resolveAppPath,
  resolveUrlPath,
  respondFromRoot,
  setupAppProtocol,
} from '../../../electron/main/protocol';
import { buildCsp } from '../../../electron/main/security';

let root: string;
let parent: string;

beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'grove-protocol-'));
  root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Grove</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'x');
  writeFileSync(join(parent, 'secret.txt'), 'secret');
  writeFileSync(join(parent, 'renderer-evil.txt'), 'sibling with the same prefix');
});

afterAll(() => {
  vi.restoreAllMocks();
});

describe('resolveAppPath', () => {
  it('maps app://grove/ paths into the root, / meaning index.html', () => {
    expect(resolveAppPath('app://grove/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://grove/index.html#/groups', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://grove/assets/index-abc.js?v=2', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath('app://grove/assets/caf%C3%A9.png', root)).toBe(join(root, 'assets', 'café.png'));
  });

  it.each([
    'app://grove/..%2fsecret.txt',
    'app://grove/..%2F..%2Fetc%2Fpasswd',
    'app://grove/assets/..%2F..%2Fsecret.txt',
    'app://grove/%2e%2e%2fsecret.txt',
    'app://grove/..%5csecret.txt',
    'app://grove/assets%5c..%5c..%5csecret.txt',
    'app://grove/index.html%00.png',
    'app://grove/%E0%A4%A',
    'app://grove/..%2frenderer-evil.txt',
    'app://grove/assets/',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('never resolves outside the root, even for dot segments the URL parser folds', () => {
    for (const url of ['app://grove/../secret.txt', 'app://grove/%2e%2e/secret.txt', 'app://grove/./../../secret.txt']) {
      const resolved = resolveAppPath(url, root);
      if (resolved !== null) expect(resolved.startsWith(root + sep)).toBe(true);
    }
  });

  it('refuses other schemes, hosts and credentials', () => {
    expect(resolveAppPath('file:///etc/passwd', root)).toBeNull();
    expect(resolveAppPath('https://grove/index.html', root)).toBeNull();
    expect(resolveAppPath('app://other/index.html', root)).toBeNull();
    expect(resolveAppPath('app://user@grove/index.html', root)).toBeNull();
    expect(resolveAppPath('nonsense', root)).toBeNull();
  });

  it('refuses raw traversal in a path', () => {
    expect(resolveUrlPath('/../secret.txt', root)).toBeNull();
    expect(resolveUrlPath('/assets/../../secret.txt', root)).toBeNull();
    expect(resolveUrlPath('relative.txt', root)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('knows the renderer build’s file types', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.ttf')).toBe('font/ttf');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('/x/a.unknown')).toBe('application/octet-stream');
  });
});

describe('respondFromRoot', () => {
  it('serves files with their type and the CSP', async () => {
    const response = await respondFromRoot(new Request('app://grove/'), root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(buildCsp());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Grove</title>');

    const script = await respondFromRoot(new Request('app://grove/assets/index-abc.js'), root);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files and traversal, with the CSP still set', async () => {
    for (const url of ['app://grove/missing.js', 'app://grove/..%2fsecret.txt']) {
      const response = await respondFromRoot(new Request(url), root);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(buildCsp());
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await respondFromRoot(new Request('app://grove/index.html', { method: 'POST', body: 'x' }), root);
    expect(response.status).toBe(405);
    const head = await respondFromRoot(new Request('app://grove/index.html', { method: 'HEAD' }), root);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('registration', () => {
  it('registers app:// as a standard, secure scheme and serves it from the root', async () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    const privileges = electron.protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0]?.[0]?.privileges as Record<string, boolean>;
    expect(privileges.bypassCSP).not.toBe(true);

    setupAppProtocol(root);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler(new Request('app://grove/index.html'))).status).toBe(200);
  });
});
