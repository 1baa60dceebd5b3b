// Issue 13: what `npm start` decides — is Electron's runtime there, why its installer failed, what the learner is told,
// and how the web build is opened instead. The whole script is run offline in tests/e2e/start.spec.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  atLeast,
  browserCommand,
  classifyInstallFailure,
  electronStatus,
  explain,
  firstErrorLine,
  hasDisplay,
  wrap,
  type StartProblem,
} from '../../scripts/start-plan.mjs';

const dir = '/p/node_modules/electron';
const files = (entries: Record<string, string>) => ({
  electronDir: dir,
  exists: (p: string) => p in entries,
  read: (p: string) => entries[p] ?? '',
});

// What Electron 45's install.js printed on this machine with no network, and variants seen elsewhere.
const OFFLINE = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///p/node_modules/@electron/get/dist/FetchDownloader.js:46:30)`;

describe('electronStatus', () => {
  it('is missing without path.txt, as after a plain npm install of Electron 45', () => {
    expect(electronStatus(files({}))).toEqual({ installed: false, reason: expect.stringContaining('path.txt') });
  });

  it('is missing when path.txt names an executable that is not under dist/', () => {
    const status = electronStatus(files({ [join(dir, 'path.txt')]: 'electron' }));
    expect(status.installed).toBe(false);
  });

  it('is installed when path.txt names an executable under dist/', () => {
    const bin = join(dir, 'dist', 'electron');
    expect(electronStatus(files({ [join(dir, 'path.txt')]: 'electron\n', [bin]: '' }))).toEqual({ installed: true, bin });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as Electron itself does', () => {
    const bin = join('/elsewhere', 'electron');
    const io = { ...files({ [join(dir, 'path.txt')]: 'electron', [bin]: '' }), env: { ELECTRON_OVERRIDE_DIST_PATH: '/elsewhere' } };
    expect(electronStatus(io)).toEqual({ installed: true, bin });
  });
});

describe('classifyInstallFailure', () => {
  it('recognises a machine without network', () => {
    expect(classifyInstallFailure(OFFLINE)).toBe('offline');
    for (const out of ['Error: getaddrinfo ENOTFOUND github.com', 'connect ECONNREFUSED 127.0.0.1:9', 'Error: socket hang up', 'ETIMEDOUT']) {
      expect(classifyInstallFailure(out), out).toBe('offline');
    }
  });

  it('tells a refused download, a bad checksum, an old Node and a full disk apart', () => {
    expect(classifyInstallFailure('HTTPError: Response code 404 (Not Found) for https://mirror/electron-v45.zip')).toBe('http');
    expect(classifyInstallFailure('Error: Generated checksum for "electron-v45.5.0-linux-x64.zip" did not match')).toBe('checksum');
    expect(classifyInstallFailure("Error [ERR_REQUIRE_ESM]: require() of ES Module @electron/get")).toBe('node');
    expect(classifyInstallFailure('Error: ENOSPC: no space left on device, write')).toBe('disk');
    expect(classifyInstallFailure('Error: something else entirely')).toBe('unknown');
  });
});

describe('firstErrorLine', () => {
  it('keeps the message and drops the stack frames', () => {
    expect(firstErrorLine(`\nDownloading Electron binary...\n${OFFLINE}`)).toBe('TypeError: fetch failed');
    expect(firstErrorLine('')).toBe('');
  });
});

describe('explain', () => {
  const kinds: StartProblem[] = ['offline', 'http', 'checksum', 'node', 'disk', 'unknown', 'no-display', 'electron-crashed'];

  it('is one paragraph with no stack trace, saying how to fix it, for every failure', () => {
    for (const kind of kinds) {
      const text = explain({ kind, detail: firstErrorLine(OFFLINE), nodeVersion: 'v20.20.2' });
      expect(text, kind).not.toMatch(/\n/);
      expect(text, kind).not.toMatch(/\bat\s+\S+\s+\(|file:\/\//);
      expect(text, kind).toMatch(/npm start|install/);
    }
  });

  it('offline: says to connect and rerun, and names the mirror and proxy settings', () => {
    const text = explain({ kind: 'offline', detail: 'TypeError: fetch failed', nodeVersion: 'v22.12.0' });
    expect(text).toContain('offline');
    expect(text).toContain('run `npm start` again');
    expect(text).toContain('ELECTRON_MIRROR');
    expect(text).toContain('HTTPS_PROXY');
    expect(text).toContain('"TypeError: fetch failed"');
  });

  it('an old Node is named with the version Electron needs', () => {
    expect(explain({ kind: 'node', nodeVersion: 'v20.11.0' })).toMatch(/22\.12\.0 or newer and this is Node\.js 20\.11\.0/);
    expect(explain({ kind: 'unknown', nodeVersion: 'v20.20.2' })).toContain('22.12.0');
    expect(explain({ kind: 'unknown', nodeVersion: 'v22.12.0' })).not.toContain('22.12.0');
  });
});

describe('atLeast', () => {
  it('compares versions numerically', () => {
    expect(atLeast('v22.12.0', '22.12.0')).toBe(true);
    expect(atLeast('v22.9.0', '22.12.0')).toBe(false);
    expect(atLeast('v24.0.0', '22.12.0')).toBe(true);
    expect(atLeast('v20.20.2', '22.12.0')).toBe(false);
  });
});

describe('opening the web build', () => {
  const always = () => true;
  const never = () => false;

  it('needs a display on Linux only', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });

  it('uses the system opener where one exists, and none on a headless machine', () => {
    expect(browserCommand('darwin', {}, never)).toEqual({ cmd: 'open', args: [] });
    expect(browserCommand('win32', {}, never)).toEqual({ cmd: 'cmd', args: ['/c', 'start', ''] });
    expect(browserCommand('linux', { DISPLAY: ':0' }, always)).toEqual({ cmd: 'xdg-open', args: [] });
    expect(browserCommand('linux', { DISPLAY: ':0' }, never)).toBeNull();
    expect(browserCommand('linux', {}, always)).toBeNull();
    expect(browserCommand('darwin', { BROWSER: 'none' }, always)).toBeNull();
  });
});

it('wraps a paragraph without breaking words or adding blank lines', () => {
  const text = 'word '.repeat(60).trim();
  const lines = wrap(text, 40).split('\n');
  expect(lines.every((l) => l.length <= 40)).toBe(true);
  expect(lines.join(' ')).toBe(text);
});
