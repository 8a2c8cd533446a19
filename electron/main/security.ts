import { app, session } from 'electron';
import type { Session, WebContents } from 'electron';
import webPolicy from '../shared/webPolicy.json';

/** Scheme and host the renderer is served from. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'grove';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Every page Grove shows starts with this. */
export const APP_URL_PREFIX = `${APP_ORIGIN}/`;

/**
 * The Content-Security-Policy sent with every renderer response. No remote origin appears anywhere:
 * Grove never talks to the network. `'unsafe-inline'` for styles only (React and Konva set inline styles).
 * The policy lives in electron/shared/webPolicy.json, read by this protocol and by the browser static
 * server (scripts/serve-renderer.mjs) alike.
 */
export function buildCsp(): string {
  return webPolicy.csp.join('; ');
}

/** Headers sent with every renderer file, by the `app://` handler and by the browser static server. */
export function securityHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': buildCsp(), ...webPolicy.headers };
}

/** True when a URL (or an origin such as `app://grove`) belongs to Grove's own scheme and host. */
export function isAppOrigin(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True only for Grove's own pages (`app://grove/...`); every other scheme or host is refused. */
export function isAllowedNavigation(url: string): boolean {
  return url.startsWith(APP_URL_PREFIX) && isAppOrigin(url);
}

/**
 * Permissions Grove's own pages may have: none. Camera, microphone, notifications, geolocation, clipboard
 * reading, device pickers, fullscreen requests and persistent-storage prompts are all denied. Electron keeps
 * the user-data folder's IndexedDB without eviction anyway, and the presenter window is made full screen by
 * the main process (see windows.ts), not by the page.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set();

/** Decides a permission request or check: only the few above, and only for `app://grove`. */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppOrigin(requestingUrl);
}

/** Schemes a Grove session never requests: the network, and the file system behind the app's back. */
const BLOCKED_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/**
 * True for a request the session must cancel (belt and braces behind the CSP): anything over the
 * network or from `file:`. Grove's own `app://`, `blob:` and `data:` URLs pass.
 */
export function isBlockedRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  return BLOCKED_SCHEMES.has(parsed.protocol);
}

/**
 * Locks down a session: permissions denied (see {@link isPermissionAllowed}), device pickers denied,
 * spell-checker off (it would download dictionaries), every network or file: request cancelled.
 */
export function hardenSession(target: Session = session.defaultSession): void {
  target.setPermissionRequestHandler((contents, permission, callback) => {
    callback(isPermissionAllowed(permission, contents.getURL()));
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  target.setDevicePermissionHandler(() => false);
  target.setSpellCheckerEnabled(false);
  // No URL filter: every request is checked here, so no scheme can slip past a pattern.
  target.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isBlockedRequest(details.url) });
  });
}

/** Guards one web contents: no navigation away from Grove, no new windows, no webviews. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** App-wide hardening; call before `app.whenReady()`. */
export function setupSecurity(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents);
  });
}
