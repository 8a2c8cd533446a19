// A tiny dependency-free static server for the built renderer (out/renderer), bound to the loopback
// interface only. Used by `npm start` when no Electron binary exists, `npm run start:browser`, the e2e
// tests and the benchmarks. Standalone: node scripts/serve-renderer.mjs --port 4173 --root out/renderer
//
// It sends the same security headers and content types as the app:// protocol: both read
// electron/shared/webPolicy.json.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// require() reads JSON without Node 20's experimental-JSON-modules warning.
const webPolicy = createRequire(import.meta.url)('../electron/shared/webPolicy.json');

/** Content-Security-Policy: no remote origin at all (the same policy file as the app:// protocol). */
export const CSP = webPolicy.csp.join('; ');

export const SECURITY_HEADERS = Object.freeze({ 'Content-Security-Policy': CSP, ...webPolicy.headers });

export const MIME_TYPES = Object.freeze({ ...webPolicy.mimeTypes });

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Maps a request path (still percent-encoded) to a file under root, or null: undecodable, NUL or
 * backslash inside, any `..` segment (plain or encoded), or outside the root. Same rules as
 * resolveUrlPath() in electron/main/protocol.ts.
 * @param {string} urlPath
 * @param {string} root
 * @returns {string | null}
 */
export function resolveRequestPath(urlPath, root) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const relativePath = decoded === '/' ? 'index.html' : decoded.slice(1);
  if (relativePath === '' || relativePath.endsWith('/')) return null;
  const base = resolve(root);
  const target = resolve(base, relativePath);
  const inside = relative(base, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return target;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 */
function sendText(res, status, text) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/**
 * Serves `root` on http://host:port. Only loopback hosts are accepted; requests whose Host header is
 * not this server's loopback address are refused (DNS-rebinding guard). Port 0 picks a free port: read
 * it from `server.address()`.
 * @param {{ root?: string; port?: number; host?: string }} [options]
 * @returns {Promise<import('node:http').Server>} the listening server
 */
export function serveRenderer({ root = 'out/renderer', port = 5174, host = '127.0.0.1' } = {}) {
  if (!LOOPBACK_HOSTS.has(host)) {
    return Promise.reject(new Error(`serve-renderer binds to loopback only; refusing host ${host}`));
  }
  const base = resolve(root);
  /** @type {Set<string>} */
  const allowedHostHeaders = new Set();

  const server = createServer(async (req, res) => {
    try {
      if (!allowedHostHeaders.has((req.headers.host ?? '').toLowerCase())) {
        sendText(res, 421, 'Misdirected request');
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        sendText(res, 405, 'Method not allowed');
        return;
      }
      const target = req.url ?? '/';
      const urlPath = target.split(/[?#]/u, 1)[0] ?? '';
      const file = resolveRequestPath(urlPath, base);
      if (file === null) {
        sendText(res, 403, 'Forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      if (info === null || !info.isFile()) {
        sendText(res, 404, 'Not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.byteLength,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    }
  });

  return new Promise((resolvePromise, rejectPromise) => {
    server.once('error', rejectPromise);
    server.listen(port, host, () => {
      server.off('error', rejectPromise);
      const address = server.address();
      const actualPort = typeof address === 'object' && address !== null ? address.port : port;
      for (const name of ['127.0.0.1', 'localhost', '[::1]']) allowedHostHeaders.add(`${name}:${actualPort}`);
      resolvePromise(server);
    });
  });
}

/**
 * The address to open for a listening server.
 * @param {import('node:http').Server} server
 */
export function serverUrl(server) {
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('server is not listening');
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${hostPart}:${address.port}/`;
}

/**
 * @param {string[]} args
 * @param {string} name
 * @param {string} fallback
 */
function option(args, name, fallback) {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const port = Number(option(args, '--port', process.env.PORT ?? '5174'));
  const root = option(args, '--root', 'out/renderer');
  const host = option(args, '--host', '127.0.0.1');
  stat(resolve(root, 'index.html'))
    .then(
      () => serveRenderer({ root, port, host }),
      () => {
        throw new Error(`${resolve(root)} has no index.html: build the app first (npm run build)`);
      },
    )
    .then((server) => {
      console.log(`Grove is being served at ${serverUrl(server)} (Ctrl+C to stop)`);
      const stop = () => {
        server.close(() => process.exit(0));
        server.closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((error) => {
      console.error(`serve-renderer: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
