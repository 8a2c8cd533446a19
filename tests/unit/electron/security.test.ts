import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { enableSandbox: vi.fn(), on: vi.fn() },
  session: { defaultSession: {} },
}));
vi.mock('electron', () => electron);

import type { Session, WebContents } from 'electron';
import {
  buildCsp,
  guardWebContents,
  hardenSession,
  isAllowedNavigation,
  isAppOrigin,
  isBlockedRequest,
  isPermissionAllowed,
  securityHeaders,
  setupSecurity,
} from '../../../electron/main/security';

describe('buildCsp', () => {
  const csp = buildCsp();
  const directives = new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('names no remote origin and no wildcard', () => {
    expect(csp).not.toMatch(/https?:|wss?:|ftp:|\*/);
    for (const values of directives.values()) {
      for (const value of values) expect(value).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    }
  });

  it("never allows 'unsafe-eval' and keeps 'unsafe-inline' to styles", () => {
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('wasm-unsafe-eval');
    for (const [name, values] of directives) {
      if (name !== 'style-src') expect(values).not.toContain("'unsafe-inline'");
    }
  });

  it('locks down scripts, objects, frames, base and forms', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the agreed policy, word for word (media refused outright)', () => {
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'none'; worker-src 'self' blob:; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('is sent with nosniff and no referrer', () => {
    expect(securityHeaders()).toMatchObject({
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});

describe('isAllowedNavigation', () => {
  it.each(['app://grove/', 'app://grove/index.html', 'app://grove/index.html#/groups/3', 'app://grove/index.html?x=1'])(
    'allows %s',
    (url) => {
      expect(isAllowedNavigation(url)).toBe(true);
    },
  );

  it.each([
    'file:///etc/passwd',
    'file:///work/main/out/renderer/index.html',
    'http://127.0.0.1:5174/',
    'https://example.org/',
    'http://grove/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://grove/123',
    'about:blank',
    'app://evil/index.html',
    'app://grove.evil/',
    'app://groveevil/',
    'app://user:pass@grove/',
    'app://grove:8080/',
    'APP://GROVE/',
    'app:grove',
    '',
    'not a url',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('recognises the app origin without a path', () => {
    expect(isAppOrigin('app://grove')).toBe(true);
    expect(isAppOrigin('app://other')).toBe(false);
    expect(isAppOrigin('null')).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid', 'usb', 'serial', 'midi', 'display-capture', 'unknown'])(
    'denies %s even to Grove',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://grove/index.html')).toBe(false);
    },
  );

  it('denies persistent storage and full screen too, to Grove and to anyone else', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://grove')).toBe(false);
    expect(isPermissionAllowed('fullscreen', 'app://grove/index.html#/present')).toBe(false);
    expect(isPermissionAllowed('persistent-storage', 'https://example.org')).toBe(false);
    expect(isPermissionAllowed('fullscreen', 'file:///x')).toBe(false);
    expect(isPermissionAllowed('fullscreen', '')).toBe(false);
  });
});

describe('isBlockedRequest', () => {
  it.each([
    'http://example.org/',
    'https://fonts.googleapis.com/css',
    'HTTPS://EXAMPLE.ORG/',
    'ws://127.0.0.1:9222/',
    'wss://example.org/socket',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'http://127.0.0.1:5174/',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isBlockedRequest(url)).toBe(true);
  });

  it.each(['app://grove/index.html', 'app://grove/assets/DejaVuSans.ttf', 'blob:app://grove/1234', 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/inspector.html'])(
    'lets %s through',
    (url) => {
      expect(isBlockedRequest(url)).toBe(false);
    },
  );
});

describe('hardenSession', () => {
  it('installs deny-by-default handlers, turns the spell-checker off and cancels network requests', () => {
    const fake = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    hardenSession(fake as unknown as Session);

    const request = fake.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: { getURL(): string },
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const answers: boolean[] = [];
    request({ getURL: () => 'app://grove/index.html' }, 'media', (granted) => answers.push(granted));
    request({ getURL: () => 'https://example.org/' }, 'fullscreen', (granted) => answers.push(granted));
    request({ getURL: () => 'app://grove/index.html' }, 'persistent-storage', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false, false]);

    const check = fake.setPermissionCheckHandler.mock.calls[0]?.[0] as (c: null, p: string, o: string) => boolean;
    expect(check(null, 'notifications', 'app://grove')).toBe(false);
    expect(check(null, 'media', 'app://grove')).toBe(false);

    const device = fake.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(device()).toBe(false);
    expect(fake.setSpellCheckerEnabled).toHaveBeenCalledWith(false);

    const [listener] = fake.webRequest.onBeforeRequest.mock.calls[0] as [
      (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ];
    const responses: { cancel: boolean }[] = [];
    listener({ url: 'https://example.org/' }, (response) => responses.push(response));
    listener({ url: 'app://grove/assets/index.js' }, (response) => responses.push(response));
    expect(responses).toEqual([{ cancel: true }, { cancel: false }]);
  });
});

describe('guardWebContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { url?: string; preventDefault: () => void }) => void>();
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: vi.fn((name: string, listener: (event: { url?: string; preventDefault: () => void }) => void) => {
        listeners.set(name, listener);
        return contents;
      }),
      setWindowOpenHandler: vi.fn((handler: () => { action: string }) => {
        openHandler = handler;
      }),
    };
    guardWebContents(contents as unknown as WebContents);
    const fire = (name: string, url?: string): boolean => {
      const preventDefault = vi.fn();
      listeners.get(name)?.({ url, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    return { fire, openHandler: () => openHandler };
  }

  it('blocks navigation away from app://grove and allows it within', () => {
    const { fire } = fakeContents();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(name, 'https://example.org/')).toBe(true);
      expect(fire(name, 'file:///etc/passwd')).toBe(true);
      expect(fire(name, 'app://grove/index.html#/x')).toBe(false);
    }
  });

  it('prevents webviews and denies every new window', () => {
    const { fire, openHandler } = fakeContents();
    expect(fire('will-attach-webview')).toBe(true);
    expect(openHandler()?.()).toEqual({ action: 'deny' });
  });

  it('is installed on every web contents by setupSecurity, with the sandbox forced on', () => {
    setupSecurity();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    const [name, listener] = electron.app.on.mock.calls.find(([event]) => event === 'web-contents-created') as [
      string,
      (event: unknown, contents: unknown) => void,
    ];
    expect(name).toBe('web-contents-created');
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    listener({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
  });
});
