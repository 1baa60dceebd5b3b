// Issue 13: the main window's options, asserted with Electron mocked.
import { beforeEach, expect, it, vi } from 'vitest';

interface FakeWindow {
  options: Record<string, unknown>;
  loaded: string[];
  handlers: Map<string, () => void>;
  show: () => void;
}

const electron = vi.hoisted(() => ({ windows: [] as FakeWindow[], dark: false }));

vi.mock('electron', () => ({
  nativeTheme: {
    get shouldUseDarkColors() {
      return electron.dark;
    },
  },
  BrowserWindow: class {
    loaded: string[] = [];
    handlers = new Map<string, () => void>();
    show = vi.fn();
    constructor(public options: Record<string, unknown>) {
      electron.windows.push(this);
    }
    once(event: string, fn: () => void) {
      this.handlers.set(event, fn);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  },
}));

const { createMainWindow } = await import('./window');

beforeEach(() => {
  electron.windows.length = 0;
  electron.dark = false;
});

function only(): FakeWindow {
  expect(electron.windows).toHaveLength(1);
  return electron.windows[0] as FakeWindow;
}

it('isolates the page: sandboxed, context-isolated, no Node, no insecure content, no webviews', () => {
  createMainWindow();
  const prefs = only().options['webPreferences'] as Record<string, unknown>;
  expect(prefs).toMatchObject({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    disableBlinkFeatures: 'Auxclick',
  });
  expect(prefs['webviewTag']).toBe(false);
  expect(prefs['nodeIntegrationInSubFrames']).not.toBe(true);
  expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/);
});

it('loads the app origin, or the dev server only when one is given', () => {
  createMainWindow();
  createMainWindow('http://localhost:5173');
  expect(electron.windows.map((w) => w.loaded)).toEqual([['app://dossier/index.html'], ['http://localhost:5173']]);
});

it('stays hidden until its first paint, on the background of the theme', () => {
  electron.dark = true;
  createMainWindow();
  const win = only();
  expect(win.options).toMatchObject({ show: false, backgroundColor: '#15171c', title: 'Dossier' });
  expect(win.show).not.toHaveBeenCalled();
  win.handlers.get('ready-to-show')?.();
  expect(win.show).toHaveBeenCalledOnce();
});
