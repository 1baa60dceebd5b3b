// What the learner waits for, in real Chromium, each figure against a blank Svelte 5 page built in this
// run with the same toolchain (Vite, the Svelte plugin, minified) and timed alternately with it:
//   library interactive   navigation start to the Library's heading drawn (a frame presented after it),
//                         fresh browser context (empty profile) per run, app and blank taking turns;
//   initial JS, gzipped   the entry script and every script index.html preloads;
//   next question shown   Enter on a checked answer to the next question's heading, over quick quizzes;
//   JS heap               after visiting every screen and a forced garbage collection, against the blank page's,
//                         both driven through the same kinds of Playwright call (BENCH_HEAP_SNAPSHOT=file
//                         writes both heap snapshots, for DevTools' Memory tab).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { launchChromium, serveApp } from './dashboard';

const ROOT = resolve(__dirname, '../..');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 10);
// Start-up varies most from one run to the next on a shared machine (±30 ms between identical builds at
// 20 runs): its row takes at least 20 of each (BENCH_START_RUNS to choose).
const START_RUNS = Number(process.env['BENCH_START_RUNS'] ?? Math.max(RUNS, 20));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)] as number;
const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** Builds the baseline: a page that mounts one Svelte 5 component with a heading, nothing else. */
async function buildBlank(dir: string): Promise<string> {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><meta charset="utf-8"><title>Blank</title><body><div id="app"></div><script type="module" src="./main.js"></script></body></html>');
  writeFileSync(join(dir, 'main.js'), "import { mount } from 'svelte';\nimport App from './App.svelte';\nmount(App, { target: document.getElementById('app') });\n");
  writeFileSync(join(dir, 'App.svelte'), '<script>let n = $state(0);</script>\n<main><h1>Blank</h1><button onclick={() => n++}>{n}</button></main>\n');
  const out = join(dir, 'out');
  // Built as electron-vite builds the app: minified, no modulepreload polyfill.
  await build({
    configFile: false,
    root: dir,
    base: './',
    logLevel: 'error',
    plugins: [svelte({ configFile: false })],
    build: { outDir: out, emptyOutDir: true, minify: true, modulePreload: { polyfill: false } },
  });
  return out;
}

/** The gzipped size of the scripts a page loads before anything else: its entry and its modulepreloads. */
export function initialJs(outDir: string): number {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] as string);
  return srcs.reduce((n, src) => n + gzipSync(readFileSync(join(outDir, src))).length, 0);
}

function serveDir(dir: string, port: number): { url: string; stop: () => void; ready: Promise<void> } {
  const server: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), dir], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/index.html`;
  const ready = (async () => {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(url)).ok) return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  })();
  return { url, stop: () => server.kill(), ready };
}

/** Milliseconds from navigation start to a frame presented with this heading on screen, in a fresh context. */
async function interactive(browser: Browser, url: string, heading: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    // The page's CSP forbids string predicates (eval); the DOM is reached through globalThis because
    // this script is type-checked without the DOM library.
    const handle = await page.waitForFunction(
      (text) => {
        const doc = (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document;
        return doc.querySelector('h1')?.textContent?.trim() === text ? performance.now() : false;
      },
      heading,
      { polling: 'raf', timeout: 60_000 },
    );
    const found = (await handle.jsonValue()) as number;
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
    return found;
  } finally {
    await context.close();
  }
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

async function writeHeapSnapshot(page: Page, file: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  writeFileSync(file, chunks.join(''));
}

/** Enter on a checked answer to the next question's heading, for every question of a few quick quizzes. */
async function nextQuestionTimes(page: Page, quizzes: number): Promise<number[]> {
  const times: number[] = [];
  for (let q = 0; q < quizzes; q++) {
    await page.evaluate("location.hash = '#/quiz'");
    await page.getByRole('button', { name: 'Quick quiz' }).click();
    const heading = page.getByRole('heading', { level: 1 });
    const first = heading.filter({ hasText: /^Question 1 of \d+$/ });
    // The last question of the quiz before was left unanswered: the app asks before starting another.
    const discard = page.getByRole('button', { name: 'Discard it and start' });
    await first.or(discard).waitFor();
    if (await discard.isVisible()) await discard.click();
    await first.waitFor();
    const total = Number(/of (\d+)/.exec(await heading.innerText())?.[1]);
    for (let n = 1; n < total; n++) {
      const card = page.locator('.question-card');
      if (await card.locator('input.typed').count()) await card.locator('input.typed').fill('1');
      else if (await card.locator('select').count()) {
        const selects = card.locator('select');
        for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 });
      } else if ((await card.locator('input[type="radio"]').count()) > 0) await card.locator('input[type="radio"]').first().check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.locator('.feedback').waitFor();
      await page.getByRole('button', { name: 'Next question' }).focus();
      const want = `Question ${n + 1} of ${total}`;
      // The clock starts at the real key press (seen first, in the capture phase) and stops at the frame
      // presented after the next question's heading is in the DOM.
      await page.evaluate(`(() => {
        window.nextShown = null;
        window.addEventListener('keydown', (e) => {
          if (e.key !== 'Enter') return;
          const start = performance.now();
          const check = () => {
            if (document.querySelector('main h1')?.textContent?.trim() === ${JSON.stringify(want)}) requestAnimationFrame(() => (window.nextShown = performance.now() - start));
            else requestAnimationFrame(check);
          };
          check();
        }, { once: true, capture: true });
      })()`);
      await page.keyboard.press('Enter');
      const t = (await (await page.waitForFunction(() => (globalThis as unknown as { nextShown: number | null }).nextShown)).jsonValue()) as number;
      times.push(t);
    }
  }
  return times;
}

export async function run(): Promise<void> {
  // Inside the project, so the blank page's `svelte` import resolves to the same node_modules as the app's.
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'out/bench-blank-'));
  const app = await serveApp(4190);
  const blankOut = await buildBlank(dir);
  const blank = serveDir(blankOut, 4191);
  await blank.ready;
  const browser = await launchChromium();
  try {
    const appJs = initialJs(join(ROOT, 'out/renderer'));
    const blankJs = initialJs(blankOut);
    console.log(`ui  initial JS, gzipped: app ${(appJs / 1024).toFixed(1)} KB, blank ${(blankJs / 1024).toFixed(1)} KB (target <= 150 KB: ${appJs <= 150 * 1024 ? 'met' : 'MISSED'})`);

    const appRuns: number[] = [];
    const blankRuns: number[] = [];
    await interactive(browser, `${app.url}#/library`, 'Library');
    await interactive(browser, blank.url, 'Blank');
    for (let i = 0; i < START_RUNS; i++) {
      appRuns.push(await interactive(browser, `${app.url}#/library`, 'Library'));
      blankRuns.push(await interactive(browser, blank.url, 'Blank'));
    }
    const ratio = median(appRuns) / median(blankRuns);
    console.log(
      `ui  library interactive, fresh context (${START_RUNS} runs each, alternating): app median ${ms(median(appRuns))} min ${ms(Math.min(...appRuns))}; ` +
        `blank median ${ms(median(blankRuns))} min ${ms(Math.min(...blankRuns))}; ratio ${ratio.toFixed(2)}x (target <= 2x: ${ratio <= 2 ? 'met' : 'MISSED'})`,
    );

    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${app.url}#/library`);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    const next = await nextQuestionTimes(page, 2);
    const p95 = percentile(next, 95);
    console.log(`ui  next question shown after Enter (${next.length} questions): p50 ${ms(percentile(next, 50))} p95 ${ms(p95)} (target p95 <= 40 ms: ${p95 <= 40 ? 'met' : 'MISSED'})`);

    for (const [hash, h1] of [
      ['#/library', 'Library'],
      ['#/library/minusma/lesson/forces-and-footprint', 'Forces and footprint'],
      ['#/progress', 'Progress'],
      ['#/settings', 'Settings'],
      ['#/library', 'Library'],
    ] as const) {
      await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
      await page.getByRole('heading', { level: 1, name: h1 }).waitFor();
    }
    await page.waitForTimeout(500);
    const appHeap = await heapAfterGc(page);
    // For finding what the heap holds: BENCH_HEAP_SNAPSHOT=file.heapsnapshot (open it in DevTools' Memory tab).
    const snapshotTo = process.env['BENCH_HEAP_SNAPSHOT'];
    if (snapshotTo) await writeHeapSnapshot(page, snapshotTo);
    const blankPage = await context.newPage();
    await blankPage.goto(blank.url);
    // Driven through the same kinds of Playwright call as the app (a function waited for, a locator, a
    // click), so that both heaps hold Playwright's injected scripts, one per world (about 0.55 MB each,
    // measured on a bare page): the ratio compares the pages, not how much of Playwright each one woke.
    await blankPage.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('h1') !== null);
    await blankPage.getByRole('heading', { name: 'Blank' }).waitFor();
    await blankPage.getByRole('button').click();
    const blankHeap = await heapAfterGc(blankPage);
    if (snapshotTo) await writeHeapSnapshot(blankPage, snapshotTo.replace(/(\.heapsnapshot)?$/, '-blank.heapsnapshot'));
    // Playwright's own share, from a bare page driven the same way: printed so that the ratio can also be
    // read without it (it is the same in both pages, so it cannot be subtracted unevenly).
    const barePage = await context.newPage();
    await barePage.goto('about:blank');
    const bareHeap = await heapAfterGc(barePage);
    await barePage.waitForFunction(() => true);
    await barePage.locator('body').waitFor();
    await barePage.locator('body').click();
    const harness = (await heapAfterGc(barePage)) - bareHeap;
    const heapRatio = appHeap / blankHeap;
    const mb = (x: number): string => `${(x / 1048576).toFixed(1)} MB`;
    console.log(
      `ui  JS heap after every screen (GC forced): app ${mb(appHeap)}, blank ${mb(blankHeap)}; ratio ${heapRatio.toFixed(1)}x (target <= 3x: ${heapRatio <= 3 ? 'met' : 'MISSED'}); ` +
        `Playwright's injected scripts ${mb(harness)} of each; without them ${mb(appHeap - harness)} against ${mb(blankHeap - harness)}, ${((appHeap - harness) / (blankHeap - harness)).toFixed(1)}x`,
    );
    await context.close();
  } finally {
    await browser.close();
    app.stop();
    blank.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
