// The shell: every place opens by keyboard, a setting written to the store survives a reload,
// the page has no Node globals, nothing is requested outside the app, and axe finds no serious violation.
import { expect, seriousViolations, test } from './support/fixtures';
import { readStore } from './support/store';

const places = ['Library', 'Quiz', 'Progress', 'Settings'] as const;

test('every place opens from the keyboard', async ({ app }) => {
  const nav = app.getByRole('navigation', { name: 'Main' });
  for (const place of places) {
    const link = nav.getByRole('link', { name: place });
    // Tab from the top of the page until the link has focus, then press Enter.
    // Start the Tab sequence from the top of the document.
    await app.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    let focused = false;
    for (let i = 0; i < 12 && !focused; i++) {
      await app.keyboard.press('Tab');
      focused = await link.evaluate((el) => el === document.activeElement);
    }
    expect(focused, `${place} link reachable with Tab`).toBe(true);
    const ring = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring, 'focus ring visible').not.toBe('none');
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 1, name: place })).toBeVisible();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }
});

test('Alt+number jumps between places', async ({ app }) => {
  await app.keyboard.press('Alt+4');
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await app.keyboard.press('Alt+3');
  await expect(app.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
});

test('a setting written through the store survives a reload', async ({ app, open }) => {
  await open('#/settings');
  await app.getByRole('radio', { name: 'Dark' }).check();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.getByRole('radio', { name: '×1.5' }).check();
  // Give the write a moment to commit, then reload from scratch.
  await expect
    .poll(async () => (await readStore<{ key: string; value: unknown }>(app, 'settings')).find((r) => r.key === 'timeFactor')?.value)
    .toBe(1.5);
  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(app.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(app.getByRole('radio', { name: '×1.5' })).toBeChecked();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the page has no Node.js globals', async ({ app }) => {
  const globals = await app.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    module: typeof (window as unknown as { module?: unknown }).module,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
});

test('no request leaves the app', async ({ app, open, requests, baseURL }) => {
  for (const hash of ['#/library', '#/quiz', '#/progress', '#/settings']) {
    await open(hash);
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await app.waitForLoadState('networkidle');
  const allowed = (url: string): boolean =>
    url.startsWith(`${baseURL}/`) || url.startsWith('app://dossier/') || url.startsWith('data:');
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((u) => !allowed(u))).toEqual([]);
});

// One test per place and theme: four axe passes in one test used 27-30 of its 30 s on a loaded machine.
for (const theme of ['light', 'dark'] as const) {
  for (const hash of ['#/library', '#/quiz', '#/progress', '#/settings']) {
    test(`axe finds no serious violation at ${hash} (${theme})`, async ({ app, open }) => {
      await app.emulateMedia({ colorScheme: theme });
      await open(hash);
      await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(app), hash).toEqual([]);
    });
  }
}
