// Studying as a learner expects (issue 15):
// - the course card and lesson 1 say the material is as of November 2017; the closing lesson's
//   resolution and dates are marked as facts;
// - flashcards: today's reviews shown one at a time; Space reveals the answer, then four buttons
//   (Again, Hard, Good, Easy) each show the next interval, keys 1–4 rate, and Ctrl+Z takes the last
//   rating back, card and log together.
import { expect, test } from './support/fixtures';
import { readStore } from './support/store';

const START = new Date('2025-03-03T09:00:00');
const SHOTS = process.env['PROGRESS_SCREENS'] ?? 'test-results/screens';

test('flashcards reveal, rate with four buttons showing their intervals, and undo with Ctrl+Z', async ({ app, open }) => {
  await app.clock.install({ time: START });
  await open('#/library/minusma/lesson/forces-and-footprint');
  await app.getByRole('button', { name: 'Mark as studied' }).click();
  await expect(app.getByRole('button', { name: 'Mark as not studied' })).toBeVisible();

  await open('#/progress');
  await app.getByRole('region', { name: 'Review today' }).getByRole('link', { name: 'Flashcards: rate yourself' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Flashcards' })).toBeVisible();
  await expect(app.getByText(/^Card 1 of \d+\./)).toBeVisible();
  await expect(app.getByRole('group', { name: 'How well did you know it?' })).toHaveCount(0);

  await app.keyboard.press('Space');
  const ratings = app.getByRole('group', { name: 'How well did you know it?' }).getByRole('button');
  await expect(ratings).toHaveText([/^Again 1\s*1 min$/, /^Hard 2\s*\d+ min$/, /^Good 3\s*\d+ min$/, /^Easy 4\s*\d+ d$/]);
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await app.screenshot({ path: `${SHOTS}/flashcards-${scheme}.png` });
  }
  await app.emulateMedia({ colorScheme: 'light' });

  await app.keyboard.press('4');
  await expect(app.getByText(/^Card 2 of \d+\./)).toBeVisible();
  await expect.poll(async () => (await readStore<{ rating: number }>(app, 'reviewLogs')).map((l) => l.rating)).toEqual([4]);
  expect(await readStore(app, 'cards')).toHaveLength(1);

  await app.keyboard.press('Control+z');
  await expect(app.getByText(/^Card 1 of \d+\./)).toBeVisible();
  await expect(ratings.first()).toBeVisible();
  await expect.poll(async () => (await readStore(app, 'reviewLogs')).length).toBe(0);
  expect(await readStore(app, 'cards')).toHaveLength(0);

  await app.keyboard.press('1');
  await expect(app.getByText(/^Card 2 of \d+\./)).toBeVisible();
  await expect.poll(async () => (await readStore<{ rating: number }>(app, 'reviewLogs')).map((l) => l.rating)).toEqual([1]);
});

test('the course says it is dated, and its closing lesson tells how the mission ended, with quizzable facts', async ({ app, open }) => {
  await open('#/library');
  await expect(app.getByText(/as of November 2017/).first()).toBeVisible();
  await app.screenshot({ path: `${SHOTS}/course-card-light.png` });
  await open('#/library/minusma/lesson/why-minusma-matters');
  await expect(app.getByText(/describes the mission as it stood in/)).toBeVisible();
  await open('#/library/minusma/lesson/how-it-ended');
  await expect(app.getByRole('heading', { level: 1, name: 'How the mission ended' })).toBeVisible();
  const text = app.locator('.reading');
  await expect(text.locator('mark.fact-resolution').first()).toContainText('resolution 2690');
  await expect(text.locator('mark.fact-date')).toContainText(['30 June 2023', '31 December 2023', '1 January 2024']);
  await expect(app.getByRole('link', { name: 'Quiz this lesson' })).toHaveAttribute('href', '#/quiz?lessons=how-it-ended');
});
