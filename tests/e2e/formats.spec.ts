// Dates and times on the learner's own history follow the browser's (in Electron, the system's) locale:
// - in British English the quiz results, the past quizzes list and the dashboard read `3 March 2025`,
//   day first with a 24-hour clock, as the course writes `1 July 2013`; nothing is written `Mar 3, 2025`;
// - in US English the same screens read `March 3, 2025`, and all of them alike.
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const START = new Date('2025-03-03T09:00:00Z');
const SHOTS = process.env['QUIZ_SCREENS'] ?? 'test-results/screens';

async function openIn(browser: Browser, baseURL: string, locale: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale, timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.clock.install({ time: START });
  await page.goto(`${baseURL}/index.html`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  return page;
}

/** A 5-question multiple-choice practice quiz, answered `1` each time, up to its results. */
async function finishQuiz(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  for (const t of ['Multiple choice', 'Typed answer', 'True or false', 'Put in order', 'Match pairs']) {
    await page.getByRole('checkbox', { name: t }).setChecked(t === 'Multiple choice');
  }
  await page.getByRole('radio', { name: '5 questions' }).check();
  await page.getByRole('radio', { name: /^Practice/ }).check();
  await page.getByRole('radio', { name: 'Untimed' }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let n = 1; n <= 5; n++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${n} of 5`);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect(page.locator('.feedback')).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
}

test('British English: day first, 24-hour clock, on results, past quizzes and the dashboard', async ({ appKind, webBrowser, baseURL }) => {
  test.skip(appKind !== 'web', 'the browser locale is set per context in Chromium');
  const page = await openIn(await webBrowser(), baseURL ?? '', 'en-GB');
  await finishQuiz(page);
  await expect(page.locator('.meta')).toContainText(/3 March 2025(,| at) 09:0\d/);
  await page.screenshot({ path: `${SHOTS}/formats-results-en-GB.png` });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  const past = page.getByRole('region', { name: 'Past quizzes' });
  await expect(past.locator('tbody tr').first().locator('td').first()).toHaveText(/^3 March 2025(,| at) 09:0\d$/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  // The heat map names each day: `3 Mar: 5 answers`.
  await expect(page.locator('main')).toContainText('3 Mar: 5 answers');
  const perDay = page.getByRole('region', { name: 'Answers per day' });
  await perDay.getByText('Show the figures as a table').click();
  await expect(perDay.getByRole('rowheader')).toHaveText([/^Monday,? 3 March 2025$/]);
  await page.screenshot({ path: `${SHOTS}/formats-progress-en-GB.png`, fullPage: true });
  await expect(page.locator('main')).not.toContainText(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}\b/);
  await page.context().close();
});

test('US English: month first, 12-hour clock, alike on every screen', async ({ appKind, webBrowser, baseURL }) => {
  test.skip(appKind !== 'web', 'the browser locale is set per context in Chromium');
  const page = await openIn(await webBrowser(), baseURL ?? '', 'en-US');
  await finishQuiz(page);
  await expect(page.locator('.meta')).toContainText(/March 3, 2025(,| at) 9:0\d AM/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(page.getByRole('region', { name: 'Past quizzes' }).locator('tbody td').first()).toHaveText(/^March 3, 2025(,| at) 9:0\d AM$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page.locator('main')).toContainText('Mar 3: 5 answers');
  const perDay = page.getByRole('region', { name: 'Answers per day' });
  await perDay.getByText('Show the figures as a table').click();
  await expect(perDay.getByRole('rowheader')).toHaveText(['Monday, March 3, 2025']);
  await page.context().close();
});
