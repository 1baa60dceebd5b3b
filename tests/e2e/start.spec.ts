// Issue 13: `npm start` on a machine that cannot download Electron's runtime still opens Dossier.
// Asserts: scripts/start.mjs runs Electron's own installer, which fails (the download server is made
// unreachable, the download cache empty); it prints one paragraph saying what happened and how to fix it,
// with no stack trace; it serves the web build on 127.0.0.1 and prints the address; that address opens Dossier.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/fixtures';

const root = resolve(__dirname, '../..');

test('offline, npm start explains in one paragraph and opens the web build instead', async ({ appKind, webBrowser }, testInfo) => {
  testInfo.skip(appKind !== 'web', 'runs the start script once, not per app kind');
  const scratch = mkdtempSync(join(tmpdir(), 'dossier-start-'));
  let child: ChildProcess | undefined;
  try {
    child = spawn(process.execPath, [join(root, 'scripts/start.mjs'), '--skip-build'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: '0',
        BROWSER: 'none',
        // Nothing listens on port 9 of 127.0.0.1: the download fails at once, as it does offline.
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: join(scratch, 'cache'),
        // Even where Electron is installed, the script finds no runtime here and must run the installer.
        ELECTRON_OVERRIDE_DIST_PATH: join(scratch, 'dist'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    await expect.poll(() => /running in your browser at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1], { timeout: 20_000 }).toBeTruthy();

    const url = /running in your browser at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1] ?? '';
    const [progress, paragraph, address] = out.trim().split(/\n\s*\n/);
    expect(progress).toContain("Downloading Electron's runtime");
    expect(paragraph).toMatch(/could not download Electron's runtime/);
    expect(paragraph).toContain('run `npm start` again');
    expect(paragraph).toContain('ELECTRON_MIRROR');
    expect(address).toContain(url);
    expect(out + err).not.toMatch(/^\s+at /m);
    expect(err).toBe('');

    const page = await (await webBrowser()).newPage();
    await page.goto(url);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.close();
    expect(child.exitCode).toBeNull();
  } finally {
    child?.kill('SIGTERM');
    rmSync(scratch, { recursive: true, force: true });
  }
});
