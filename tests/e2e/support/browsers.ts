import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * The Chromium to test in: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * browser if one was installed. Fails with instructions when none is found.
 */
export function findChromium(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // No browser of Playwright's own: fall through to the message below.
  }
  throw new Error(
    'No Chromium found for the e2e tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

/**
 * The installed Electron binary, found without `require('electron')` (which would start a download):
 * node_modules/electron/path.txt names the file under node_modules/electron/dist/.
 * Returns the path, or the reason there is none.
 */
export function findElectron(root = resolve(__dirname, '../../..')): { path: string } | { reason: string } {
  const pkg = join(root, 'node_modules', 'electron');
  const pathTxt = join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) return { reason: 'Electron binary not installed (node_modules/electron/path.txt is missing)' };
  const rel = readFileSync(pathTxt, 'utf8').trim();
  const bin = join(pkg, 'dist', rel);
  if (!existsSync(bin)) return { reason: `Electron binary not installed (${bin} is missing)` };
  return { path: bin };
}
