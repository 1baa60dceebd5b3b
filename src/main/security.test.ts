// Issue 13: navigation, new windows, permissions, webviews and requests, refused through the handlers
// security.ts registers — run with Electron mocked.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => ({
  app: new Map<string, Listener>(),
  session: {} as Record<string, Listener>,
  openExternal: vi.fn(async () => {}),
}));

vi.mock('electron', () => ({
  app: { on: (event: string, fn: Listener) => electron.app.set(event, fn) },
  shell: { openExternal: electron.openExternal },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: Listener) => (electron.session['request'] = fn),
      setPermissionCheckHandler: (fn: Listener) => (electron.session['check'] = fn),
      setDevicePermissionHandler: (fn: Listener) => (electron.session['device'] = fn),
      webRequest: { onBeforeRequest: (fn: Listener) => (electron.session['beforeRequest'] = fn) },
    },
  },
}));

const { hardenAllContents, hardenSession } = await import('./security');

/** A web contents that records the listeners registered on it. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  return {
    listeners,
    contents: {
      on: (event: string, fn: Listener) => listeners.set(event, fn),
      setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
    },
    open: (url: string) => openHandler?.({ url }),
    fire: (event: string, url?: string) => {
      const e = { preventDefault: vi.fn() };
      const listener = listeners.get(event);
      if (!listener) throw new Error(`no ${event} listener`);
      listener(e, url);
      return e.preventDefault.mock.calls.length > 0;
    },
  };
}

/** Creates web contents the way Electron does, so the app-wide hook hardens them. */
function created(devServerUrl?: string) {
  electron.app.clear();
  hardenAllContents(devServerUrl);
  const wc = fakeContents();
  electron.app.get('web-contents-created')?.({}, wc.contents);
  return wc;
}

beforeEach(() => vi.clearAllMocks());

describe('every web contents', () => {
  it('is hardened as soon as it is created', () => {
    const wc = created();
    expect([...wc.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
  });

  it('refuses navigation and redirects away from the app', () => {
    const wc = created();
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/', 'http://localhost:5173/']) {
        expect(wc.fire(event, url), `${event} ${url}`).toBe(true);
      }
      expect(wc.fire(event, 'app://dossier/index.html#/quiz'), event).toBe(false);
    }
  });

  it('allows the dev server only when one is given', () => {
    expect(created('http://localhost:5173').fire('will-navigate', 'http://localhost:5173/#/quiz')).toBe(false);
  });

  it('refuses every webview', () => {
    expect(created().fire('will-attach-webview')).toBe(true);
  });

  it('opens no new window; a safe https link goes, normalised, to the system browser', () => {
    const wc = created();
    expect(wc.open('HTTPS://WWW.UN.ORG/peacekeeping')).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.un.org/peacekeeping');
    for (const url of ['http://un.org/', 'https://192.168.1.1/', 'app://dossier/index.html', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(wc.open(url), url).toEqual({ action: 'deny' });
    }
    expect(electron.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('the session', () => {
  beforeEach(() => hardenSession());
  const session = (name: string): Listener => {
    const fn = electron.session[name];
    if (!fn) throw new Error(`no ${name} handler`);
    return fn;
  };

  it('refuses every permission request but persistent storage from the app', () => {
    const answers: [string, string, boolean][] = [];
    for (const [permission, url] of [['media', 'app://dossier/index.html'], ['geolocation', 'app://dossier/index.html'], ['notifications', 'app://dossier/'], ['persistent-storage', 'https://evil.example/'], ['persistent-storage', 'app://dossier/index.html']]) {
      session('request')({ getURL: () => url }, permission, (granted: boolean) => answers.push([permission as string, url as string, granted]));
    }
    expect(answers.map((a) => a[2])).toEqual([false, false, false, false, true]);
  });

  it('answers permission checks the same way, and refuses every device', () => {
    expect(session('check')({}, 'media', 'app://dossier')).toBe(false);
    expect(session('check')({}, 'persistent-storage', 'app://dossier')).toBe(true);
    expect(session('check')({}, 'persistent-storage', 'https://evil.example')).toBe(false);
    expect(session('device')({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels every request that leaves the app', () => {
    const cancelled = (url: string) => {
      let result: { cancel: boolean } | undefined;
      session('beforeRequest')({ url }, (r: { cancel: boolean }) => (result = r));
      return result?.cancel;
    };
    expect(cancelled('https://fonts.example/inter.woff2')).toBe(true);
    expect(cancelled('http://127.0.0.1:4173/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://dossier/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
  });
});
