// Issue 13: the app:// protocol handler, run with Electron mocked over a real folder on disk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './policy';

const electron = vi.hoisted(() => ({
  schemes: [] as unknown[],
  handlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.schemes.push(...schemes),
    handle: (scheme: string, fn: (request: { url: string }) => Promise<Response>) => electron.handlers.set(scheme, fn),
  },
}));

const { registerAppScheme, serveRenderer } = await import('./protocol');

let base: string;
let root: string;
const fetchApp = (url: string) => {
  const handler = electron.handlers.get('app');
  if (!handler) throw new Error('app: is not handled');
  return handler({ url });
};

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'dossier-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  // A file next to the renderer folder, which no request may reach.
  writeFileSync(join(base, 'secret.txt'), 'secret');
  serveRenderer(root);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

it('registers app: as a standard, secure scheme', () => {
  registerAppScheme();
  expect(electron.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
});

describe('serveRenderer', () => {
  it('serves a file with its type, the CSP header and nosniff', async () => {
    const res = await fetchApp('app://dossier/assets/index-abc.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log(1)');
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('serves index.html for the root, with the CSP header', async () => {
    const res = await fetchApp('app://dossier/');
    expect(await res.text()).toContain('<title>Dossier</title>');
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses traversal out of the folder, however it is encoded', async () => {
    for (const url of ['app://dossier/../secret.txt', 'app://dossier/%2e%2e/secret.txt', 'app://dossier/..%2fsecret.txt', 'app://dossier/assets/%2e%2e/%2e%2e/secret.txt', 'app://dossier/%5c..%5csecret.txt']) {
      const res = await fetchApp(url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('secret');
    }
  });

  it('answers 404 for a missing file or another host', async () => {
    expect((await fetchApp('app://dossier/nope.js')).status).toBe(404);
    expect((await fetchApp('app://evil/index.html')).status).toBe(404);
  });
});
