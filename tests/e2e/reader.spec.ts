// The lesson reader:
// - a lesson opened from the library by keyboard and read to its end is 100% read but not studied
//   until the learner presses "Mark as studied"; after a reload (and after leaving and coming back)
//   its state and reading position are still there;
// - a lesson just opened shows what was read before (0%), not what a tall window happens to show;
// - the lesson list shows each lesson's state and reading time, with the percent read while in progress;
// - dates, resolutions and figures are marked with their kind in words; a glossary term has a
//   definition shown on focus, announced as its description and hidden by Escape;
// - search (`/`, Ctrl+K) finds `Sevare` in the footprint lesson and opens it at that section;
// - the timeline lists the course's dated events in chronological order, each linked to its lesson;
// - axe finds no serious violation on the library, a lesson, the timeline, the glossary and open search.
import type { Locator, Page } from '@playwright/test';
import { expect, seriousViolations, test } from './support/fixtures';

/** Presses Tab from the top of the page until `target` has focus. */
async function tabTo(app: Page, target: Locator, max = 40): Promise<void> {
  // Focusing <body> moves the sequential focus starting point to the top; blur() alone would not.
  await app.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  for (let i = 0; i < max; i++) {
    await app.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

/** The stored progress of a lesson, read straight from IndexedDB. */
function storedProgress(app: Page, lessonId: string): Promise<{ state?: string; percent?: number; position?: number } | null> {
  return app.evaluate(
    (id) =>
      new Promise((resolve) => {
        const req = indexedDB.open('dossier');
        req.onsuccess = () => {
          const get = req.result.transaction('lessonProgress', 'readonly').objectStore('lessonProgress').get(['minusma', id]);
          get.onsuccess = () => {
            resolve((get.result as { state?: string; percent?: number; position?: number } | undefined) ?? null);
            req.result.close();
          };
        };
      }),
    lessonId,
  );
}

const scrollY = (app: Page): Promise<number> => app.evaluate(() => window.scrollY);

test('a lesson read to its end by keyboard is studied once the learner says so, and its state and position survive a reload', async ({ app, open }) => {
  // Some 100 key presses, two reloads: near 30 s on a loaded 2-core machine.
  test.slow();
  await open('#/library');
  const lessonLink = app.getByRole('link', { name: 'Creating the mission' });
  await tabTo(app, lessonLink);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Creating the mission' })).toBeVisible();
  await expect(app.getByText('Lesson 2 of 6')).toBeVisible();
  await expect(app.getByRole('heading', { name: 'You will learn to' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Mark as studied' })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Quiz this lesson' })).toHaveAttribute('href', '#/quiz?lessons=creating-the-mission');

  await expect(app.getByText('0% read')).toBeVisible();
  await expect(app.getByText('Dossier does not mark a lesson for you')).toBeVisible();

  // Read to the end with the keyboard: all read, but studied only once the learner says so.
  const read = app.getByText('100% read');
  for (let i = 0; i < 30 && !(await read.isVisible()); i++) await app.keyboard.press('PageDown');
  await expect(read).toBeVisible();
  await expect(app.getByRole('button', { name: 'Mark as studied' })).toBeVisible();
  await tabTo(app, app.getByRole('button', { name: 'Mark as studied' }), 80);
  await app.keyboard.press('Enter');
  const studied = app.locator('.meta .studied');
  await expect(studied).toHaveText('Studied');
  await expect(app.getByRole('button', { name: 'Mark as not studied' })).toBeVisible();
  await expect.poll(async () => (await storedProgress(app, 'creating-the-mission'))?.state).toBe('studied');
  await expect.poll(async () => (await storedProgress(app, 'creating-the-mission'))?.position ?? 0).toBeGreaterThan(0.9);
  expect((await storedProgress(app, 'creating-the-mission'))?.percent).toBe(100);
  const bottom = await scrollY(app);
  expect(bottom).toBeGreaterThan(300);

  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Creating the mission' })).toBeVisible();
  await expect(app.locator('.meta .studied')).toHaveText('Studied');
  await expect.poll(() => scrollY(app)).toBeGreaterThan(bottom - 40);

  // Leaving and coming back restores the position too (no browser scroll restoration here).
  await open('#/library');
  await expect(app.getByText('1 of 6 lessons studied')).toBeVisible();
  const row = app.getByRole('listitem').filter({ has: app.getByRole('link', { name: 'Creating the mission' }) });
  await expect(row).toContainText('Studied');
  await expect(row).toContainText('3 min');
  await app.getByRole('link', { name: 'Creating the mission' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Creating the mission' })).toBeVisible();
  await expect.poll(() => scrollY(app)).toBeGreaterThan(bottom - 40);

  // The mark can be taken back.
  await app.getByRole('button', { name: 'Mark as not studied' }).click();
  await expect(app.getByRole('button', { name: 'Mark as studied' })).toBeVisible();
  await expect.poll(async () => (await storedProgress(app, 'creating-the-mission'))?.state).toBe('in-progress');
});

test('the lesson list shows each lesson as not started, in progress with its percent, or studied', async ({ app, open }) => {
  await open('#/library');
  const rows = app.getByRole('list').filter({ has: app.getByRole('link', { name: 'Why MINUSMA matters' }) }).getByRole('listitem');
  await expect(rows).toHaveCount(6);
  for (const row of await rows.all()) await expect(row).toContainText('Not started');

  await app.getByRole('link', { name: 'Continue reading' }).or(app.getByRole('link', { name: 'Start reading' })).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Why MINUSMA matters' })).toBeVisible();
  await expect(app.getByText('0% read')).toBeVisible();
  await app.mouse.wheel(0, 300);
  await expect.poll(async () => (await storedProgress(app, 'why-minusma-matters'))?.percent ?? 0).toBeGreaterThan(0);
  const percent = (await storedProgress(app, 'why-minusma-matters'))?.percent ?? 0;

  await open('#/library');
  await expect(rows.first()).toContainText(`In progress · ${percent}% read`);
  await expect(rows.first()).toContainText('2 min');
  await expect(app.getByRole('link', { name: 'Continue reading' })).toBeVisible();
});

test('facts are marked with their kind in words, and a glossary term explains itself on focus', async ({ app, open, requests }) => {
  await open('#/library/minusma/lesson/forces-and-footprint');
  await expect(app.getByRole('heading', { level: 1, name: 'Forces and footprint' })).toBeVisible();
  const text = app.locator('.reading');
  await expect(text.locator('mark.fact-date').first()).toHaveText('Date: end of May 2017');
  // A shipped lesson is shown as the build rendered it: the renderer (markdown-it, DOMPurify) is not loaded.
  expect(requests.filter((url) => /\/assets\/markdown-[^/]+\.js$/.test(url))).toEqual([]);
  await expect(text.locator('mark.fact-figure').first()).toContainText('Figure: up to 11,200 military personnel');
  // Not by colour alone: each kind has its own underline style.
  const styles = await text.locator('mark.fact-date, mark.fact-figure').evaluateAll((marks) =>
    [...new Set(marks.map((m) => `${m.className.match(/fact-\w+/)?.[0]}:${getComputedStyle(m).textDecorationStyle}`))].sort(),
  );
  expect(styles).toEqual(['fact-date:dotted', 'fact-figure:double']);

  const term = text.getByRole('button', { name: 'formed police units' });
  await tabTo(app, term, 60);
  const tip = app.getByRole('tooltip').filter({ hasText: 'trained, equipped and deployed together' });
  await expect(tip).toBeVisible();
  await expect(term).toHaveAccessibleDescription(/trained, equipped and deployed together/);
  await app.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(term).toBeFocused();
});

test('search finds Sevare in the footprint lesson and opens it at that section', async ({ app, open }) => {
  await open('#/library');
  await expect(app.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await app.locator('body').press('/');
  const dialog = app.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('combobox', { name: 'Search the lessons and the glossary' });
  await expect(field).toBeFocused();
  await app.keyboard.type('Sevare');
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText('Forces and footprint');
  await expect(first).toContainText('Sévaré');
  await app.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(app.getByRole('heading', { level: 1, name: 'Forces and footprint' })).toBeVisible();
  expect(app.url()).toContain('#/library/minusma/lesson/forces-and-footprint?at=where-the-mission-would-be-based');
  const section = app.getByRole('heading', { level: 2, name: 'Where the mission would be based' });
  await expect(section).toBeFocused();
  await expect(section).toBeInViewport();

  // Ctrl+K opens it from anywhere, even from a text field; Escape closes it.
  await app.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(field).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the timeline lists the dated events in chronological order, each linked to its lesson', async ({ app, open }) => {
  await open('#/library');
  const link = app.getByRole('link', { name: 'Timeline of events' });
  await tabTo(app, link);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();

  const items = app.locator('ol.timeline > li');
  const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThanOrEqual(4);
  expect(dates).toEqual(expect.arrayContaining(['2012-12-20', '2013-04-25', '2013-07-01', '2017-05']));
  const key = (d: string): string => (d.length === 7 ? `${d}-00` : d.length === 4 ? `${d}-00-00` : d);
  expect(dates.map(key)).toEqual([...dates.map(key)].sort());
  for (const item of await items.all()) await expect(item.getByRole('link')).toHaveAttribute('href', /#\/library\/minusma\/lesson\/.+\?fact=/);

  await items.filter({ hasText: '25 April 2013' }).getByRole('link').click();
  await expect(app.getByRole('heading', { level: 1, name: 'Creating the mission' })).toBeVisible();
  const mark = app.locator('mark.fact-date').filter({ hasText: '25 April 2013' });
  await expect(mark).toBeFocused();
  await expect(mark).toBeInViewport();
});

// One test per place and theme: a single axe pass takes seconds on a loaded machine, seven of them did not fit in 30 s.
const READER_PLACES = ['#/library', '#/library/minusma', '#/library/minusma/lesson/forces-and-footprint', '#/library/minusma/timeline', '#/library/minusma/glossary'];
for (const theme of ['light', 'dark'] as const) {
  for (const hash of READER_PLACES) {
    test(`axe finds no serious violation in the reader at ${hash} (${theme})`, async ({ app, open }) => {
      await app.emulateMedia({ colorScheme: theme });
      await open(hash);
      await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(app), hash).toEqual([]);
    });
  }

  test(`axe finds no serious violation with a definition showing, then the search open (${theme})`, async ({ app, open }) => {
    await app.emulateMedia({ colorScheme: theme });
    await open('#/library/minusma/lesson/forces-and-footprint');
    await app.locator('button.term').first().focus();
    await expect(app.getByRole('tooltip').first()).toBeVisible();
    expect(await seriousViolations(app), 'definition shown').toEqual([]);
    await app.keyboard.press('Control+k');
    await app.keyboard.type('police');
    await expect(app.getByRole('option').first()).toBeVisible();
    await app.keyboard.press('ArrowDown');
    expect(await seriousViolations(app), 'search open').toEqual([]);
  });
}
