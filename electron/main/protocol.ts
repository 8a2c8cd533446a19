import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import webPolicy from '../shared/webPolicy.json';
import { APP_HOST, APP_SCHEME, securityHeaders } from './security';

/** Content types of the files the renderer build contains. Anything else is served as bytes. */
export const MIME_TYPES: Readonly<Record<string, string>> = webPolicy.mimeTypes;

/** Content type for a file path, from its extension. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path (still percent-encoded, e.g. `/assets/index.js`) to a file under `rootDir`, or null
 * when it must not be served: undecodable, NUL or backslash inside, any `..` segment (plain or
 * encoded), or anything resolving outside the root. `/` means `index.html`.
 */
export function resolveUrlPath(urlPath: string, rootDir: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return null;
  const relativePath = decoded === '/' ? 'index.html' : decoded.slice(1);
  if (relativePath === '' || relativePath.endsWith('/')) return null;
  const root = resolve(rootDir);
  const target = resolve(root, relativePath);
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return target;
}

/** Maps an `app://grove/...` URL to a file under `rootDir`, or null (wrong scheme/host, traversal...). */
export function resolveAppPath(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return resolveUrlPath(parsed.pathname, rootDir);
}

/**
 * Registers `app://` as a standard, secure scheme (an origin of its own, IndexedDB, module scripts).
 * Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Answers one `app://` request from `rootDir`. Exported for tests; errors become 404/405 responses. */
export async function respondFromRoot(request: Request, rootDir: string): Promise<Response> {
  const headers = securityHeaders();
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers });
  }
  const filePath = resolveAppPath(request.url, rootDir);
  if (filePath === null) return new Response('Not found', { status: 404, headers });
  let body: Buffer;
  try {
    body = await readFile(filePath);
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...headers, 'Content-Type': mimeTypeFor(filePath), 'Cache-Control': 'no-cache' },
  });
}

/** Serves the renderer build (`rootDir`, i.e. out/renderer) on `app://grove/`. Call when ready. */
export function setupAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondFromRoot(request, rootDir));
}
