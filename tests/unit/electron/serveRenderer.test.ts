import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: {}, app: {}, session: {} }));

import { MIME_TYPES } from '../../../electron/main/protocol';
import { buildCsp, securityHeaders } from '../../../electron/main/security';

interface ServeModule {
  CSP: string;
  SECURITY_HEADERS: Record<string, string>;
  MIME_TYPES: Record<string, string>;
  serveRenderer(options: { root?: string; port?: number; host?: string }): Promise<Server>;
  serverUrl(server: Server): string;
  resolveRequestPath(urlPath: string, root: string): string | null;
}

// Imported by URL: the script is plain JavaScript without type declarations.
const serveModuleUrl = new URL('../../../scripts/serve-renderer.mjs', import.meta.url).href;
let serve: ServeModule;
let server: Server;
let port: number;
let root: string;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw request: the path is sent exactly as given (no URL normalisation by a client). */
function get(path: string, options: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolveReply, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${port}` } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolveReply({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

beforeAll(async () => {
  serve = (await import(/* @vite-ignore */ serveModuleUrl)) as ServeModule;
  const parent = mkdtempSync(join(tmpdir(), 'grove-serve-'));
  root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Grove</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log("grove")');
  writeFileSync(join(root, 'assets', 'DejaVuSans.ttf'), 'font');
  writeFileSync(join(parent, 'package.json'), '{"secret":true}');
  server = await serve.serveRenderer({ root, port: 0, host: '127.0.0.1' });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
});

describe('serveRenderer', () => {
  it('listens on 127.0.0.1 only, on the port it was given (0: any free one)', () => {
    const address = server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(port).toBeGreaterThan(0);
    expect(serve.serverUrl(server)).toBe(`http://127.0.0.1:${port}/`);
  });

  it('refuses to bind anywhere but loopback', async () => {
    await expect(serve.serveRenderer({ root, port: 0, host: '0.0.0.0' })).rejects.toThrow(/loopback/);
    await expect(serve.serveRenderer({ root, port: 0, host: '192.168.1.10' })).rejects.toThrow(/loopback/);
  });

  it('serves index.html at / with the CSP and security headers', async () => {
    const reply = await get('/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Grove</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(buildCsp());
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their MIME type, ignoring the query', async () => {
    const script = await get('/assets/index-abc.js?v=1');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const font = await get('/assets/DejaVuSans.ttf');
    expect(font.headers['content-type']).toBe('font/ttf');
  });

  it.each(['/../package.json', '/assets/../../package.json', '/..%2fpackage.json', '/%2e%2e/package.json', '/%2e%2e%2fpackage.json', '/..%5cpackage.json', '/index.html%00'])(
    'refuses %s',
    async (path) => {
      const reply = await get(path);
      expect(reply.status).toBe(403);
      expect(reply.body).not.toContain('secret');
      expect(reply.headers['content-security-policy']).toBe(buildCsp());
    },
  );

  it('answers 404 for missing files and directories', async () => {
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
  });

  it('refuses foreign Host headers (DNS rebinding) and methods other than GET/HEAD', async () => {
    expect((await get('/', { host: 'evil.example:80' })).status).toBe(421);
    expect((await get('/', { host: `localhost:${port}` })).status).toBe(200);
    expect((await get('/', { method: 'POST' })).status).toBe(405);
    const head = await get('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('sends the same CSP, headers and content types as the app:// protocol', () => {
    expect(serve.CSP).toBe(buildCsp());
    expect(serve.SECURITY_HEADERS).toEqual(securityHeaders());
    expect(serve.MIME_TYPES).toEqual(MIME_TYPES);
  });

  it('matches the CSP meta tag of src/index.html (all but frame-ancestors, which a meta tag cannot carry)', () => {
    const html = readFileSync('src/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const directives = (csp: string) => csp.split(';').map((part) => part.trim()).filter(Boolean).sort();
    const expected = directives(buildCsp()).filter((directive) => !directive.startsWith('frame-ancestors'));
    expect(directives(meta ?? '')).toEqual(expected);
  });

  it('resolves paths with the same rules as the app:// protocol', () => {
    expect(serve.resolveRequestPath('/', root)).toBe(join(root, 'index.html'));
    expect(serve.resolveRequestPath('/..%2f..%2fetc/passwd', root)).toBeNull();
    expect(serve.resolveRequestPath('/%E0%A4%A', root)).toBeNull();
  });
});
