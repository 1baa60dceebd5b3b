// A Chromium that throttles hidden pages as a learner's browser does, and a way to hide a page in it.
// Playwright's own launch turns background throttling off (--disable-background-timer-throttling and
// friends) and emulates focus, so its pages never hide; this Chromium is started by hand instead,
// attached over CDP without Playwright's defaults (`noDefaults`), and a page is hidden the way a learner
// hides it: another tab opened in front of it in the same window.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from './browsers';
import { chromiumPids, kill } from './processes';

/**
 * Chromium wakes a hidden page's timers on whole seconds, and chained ones once a minute after five
 * minutes hidden (intensive wake-up throttling). The flag brings the latter to one second, with a
 * wake-up every ten, for a test that cannot wait five minutes; on a plain data: page it is seen within
 * seconds, on the app's page it was not (Chromium spares some pages), so the test holds either way.
 */
export const THROTTLING = 'IntensiveWakeUpThrottling:grace_period_seconds/1/grace_period_seconds_loaded/1/duration_between_wake_ups_seconds/10';

export interface ThrottledBrowser {
  browser: Browser;
  /** The first tab, on about:blank. */
  page: Page;
  /** Opens a tab in front of `page` in its window: `page` becomes hidden. Resolves to undo it. */
  hide(): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export async function launchThrottled(): Promise<ThrottledBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'dossier-hidden-'));
  const child = spawn(
    findChromium(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--enable-features=${THROTTLING}`,
      `--user-data-dir=${profile}`,
      // Port 0: Chromium picks a free one and writes it to DevToolsActivePort in the profile.
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const cleanUp = async (): Promise<void> => {
    // Its processes write to the profile until they are gone: wait for them before removing it.
    for (let i = 0; i < 100 && chromiumPids(profile).length; i++) {
      if (i >= 30) for (const pid of chromiumPids(profile)) kill(pid);
      await new Promise((r) => setTimeout(r, 100));
    }
    if (child.pid !== undefined) kill(child.pid);
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  try {
    const portFile = join(profile, 'DevToolsActivePort');
    const until = Date.now() + 30_000;
    while (!existsSync(portFile) || !readFileSync(portFile, 'utf8').includes('\n')) {
      if (Date.now() > until) throw new Error('Chromium did not open its DevTools port within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const port = readFileSync(portFile, 'utf8').split('\n')[0];
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`, { noDefaults: true, timeout: 30_000 });
    const context = browser.contexts()[0];
    const page = context?.pages()[0];
    if (!context || !page) throw new Error('Chromium started without its first tab');
    context.setDefaultTimeout(15_000);
    const cdp = await browser.newBrowserCDPSession();
    return {
      browser,
      page,
      async hide() {
        const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', newWindow: false });
        return async () => {
          await cdp.send('Target.closeTarget', { targetId });
        };
      },
      async close() {
        // Closing a browser attached over CDP only detaches from it: ask Chromium itself to quit.
        await cdp.send('Browser.close').catch(() => {});
        await browser.close().catch(() => {});
        await cleanUp();
      },
    };
  } catch (err) {
    await cleanUp();
    throw err;
  }
}
