/** Types for scripts/serve-renderer.mjs. */
import type { Server } from 'node:http';

export const CSP: string;
export const SECURITY_HEADERS: Readonly<Record<string, string>>;
export const MIME_TYPES: Readonly<Record<string, string>>;

/** Serve `root` on http://host:port (loopback only); resolves with the server once listening. */
export function serveRenderer(options?: { root?: string; port?: number; host?: string }): Promise<Server>;

/** Maps a request path to a file under root, or null when it must not be served. */
export function resolveRequestPath(urlPath: string, root: string): string | null;

/** The address to open for a listening server. */
export function serverUrl(server: Server): string;
