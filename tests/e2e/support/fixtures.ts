import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, _electron, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { findElectron } from './browsers';

export type AppKind = 'web' | 'electron';

interface Fixtures {
  /** The page showing Dossier, opened on the Library (the web build in Chromium, or the Electron window). */
  app: Page;
  /** Every URL the app requested during the test. */
  requests: string[];
  /** Opens a place by its hash, e.g. `#/settings`. */
  open: (hash: string) => Promise<void>;
}

interface Options {
  appKind: AppKind;
}

interface WorkerFixtures {
  /** A Chromium for the web project, launched on first call, so the Electron project never starts one. */
  webBrowser: () => Promise<Browser>;
}

const root = resolve(__dirname, '../../..');

export const test = base.extend<Fixtures & Options, WorkerFixtures>({
  appKind: ['web', { option: true }],

  webBrowser: [
    async ({ playwright, launchOptions }, use) => {
      let browser: Promise<Browser> | undefined;
      await use(() => (browser ??= playwright.chromium.launch(launchOptions)));
      if (browser) await (await browser).close();
    },
    { scope: 'worker' },
  ],

  requests: async ({}, use) => {
    await use([]);
  },

  // Deliberately not built on Playwright's `page`: that would launch a browser in the Electron project too.
  app: async ({ appKind, webBrowser, baseURL, requests }, use, testInfo) => {
    if (appKind === 'web') {
      // British English, the course's language and the app's fallback: the dates the specs expect are written in it.
      const context = await (await webBrowser()).newContext({ baseURL, locale: 'en-GB' });
      const page = await context.newPage();
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${baseURL}/index.html`);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await use(page);
      await context.close();
      return;
    }
    const electron = findElectron(root);
    if ('reason' in electron) {
      console.log(`[electron] skipped: ${electron.reason}`);
      testInfo.skip(true, electron.reason);
      return;
    }
    const userData = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    const electronApp = await _electron.launch({
      executablePath: electron.path,
      args: [join(root, 'out/main/index.js'), `--user-data-dir=${userData}`],
    });
    const win = await electronApp.firstWindow();
    win.on('request', (r) => requests.push(r.url()));
    await expect(win.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await use(win);
    await electronApp.close();
    rmSync(userData, { recursive: true, force: true });
  },

  open: async ({ app }, use) => {
    await use(async (hash: string) => {
      const url = new URL(app.url());
      url.hash = hash;
      await app.goto(url.toString());
    });
  },
});

/** Runs axe on the page and returns the serious or critical violations, readable in a failure message. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

export { expect };
