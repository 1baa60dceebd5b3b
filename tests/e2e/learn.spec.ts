// Learn mode and "I was right", driven like a learner in the built app:
// - a learn session is set up (Learn beside Practice and Exam) and taken with the keyboard alone; one item
//   is missed, comes back at the end in another question type marked "Asked again", and the session ends
//   once every item has been answered right once ("5 of 5 learned"), its progress bar counting items;
// - a reload mid-session resumes it with the re-ask still queued;
// - a typed answer graded wrong is counted as right with R right after it is checked, and another from the
//   results screen's "I was right" button, a third there with R: the score, the dashboard's totals and the
//   stored answer (its original verdict kept) agree;
// - axe finds no serious violation on the re-ask, the "Counted as right" feedback and the results.
import type { Page } from '@playwright/test';
import { expect, seriousViolations, test } from './support/fixtures';
import { readStore } from './support/store';

const START = new Date('2025-03-03T09:00:00');
const SHOTS = process.env['QUIZ_SCREENS'] ?? 'test-results/screens';

interface StoredQuestion {
  id: string;
  type: 'choice' | 'typed' | 'truefalse' | 'order' | 'match';
  answer: string | boolean | string[];
  options?: string[];
  factIds: string[];
}

interface StoredSession {
  id: string;
  status: string;
  questions: StoredQuestion[];
}

/** The running session's question on screen, read from the store by its number in the heading. */
async function current(page: Page): Promise<StoredQuestion> {
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  const n = Number(/^Question (\d+)/.exec(heading)?.[1]);
  const [session] = (await readStore<StoredSession>(page, 'quizSessions')).filter((s) => s.status === 'active');
  const q = session?.questions[n - 1];
  if (!q) throw new Error(`no stored question for “${heading}”`);
  return q;
}

/** Answers the question on screen with the keyboard, right or wrong, and checks it (Enter). */
async function answer(page: Page, q: StoredQuestion, right: boolean): Promise<void> {
  if (q.type === 'choice') {
    const options = q.options ?? [];
    const at = options.indexOf(String(q.answer));
    const pick = right ? at : (at + 1) % options.length;
    await page.keyboard.press(String(pick + 1));
  } else if (q.type === 'truefalse') {
    await page.keyboard.press(q.answer === right ? 't' : 'f');
  } else {
    await expect(page.locator('.question-card input.typed')).toBeFocused();
    await page.keyboard.type(right ? String(q.answer) : 'not a clue');
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('.feedback .verdict')).toHaveText(right ? 'Correct' : 'Incorrect');
}

test('a learn session re-asks a miss in another type until every item is right once', async ({ app }) => {
  test.slow();
  await app.clock.install({ time: START });
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  for (const [t, on] of [
    ['Multiple choice', true],
    ['Typed answer', true],
    ['True or false', true],
    ['Put in order', false],
    ['Match pairs', false],
  ] as const) {
    await app.getByRole('checkbox', { name: t }).setChecked(on);
  }
  await app.getByRole('radio', { name: '5 questions' }).check();
  await app.getByRole('radio', { name: /^Learn/ }).check();
  await expect(app.getByText('Learn mode is untimed.')).toBeVisible();
  await expect(app.locator('#setup-count')).toContainText('this session will teach 5 items');
  await app.screenshot({ path: `${SHOTS}/learn-setup.png`, fullPage: true });
  await app.getByRole('button', { name: 'Start learning' }).click();

  await expect(app.getByRole('heading', { level: 1, name: 'Question 1' })).toBeVisible();
  const progress = app.getByTestId('learned');
  await expect(progress).toHaveText('0 of 5 learned');
  await expect(app.getByRole('progressbar')).toHaveAttribute('max', '5');

  const missed = await current(app);
  await answer(app, missed, false);
  // Asked another way where the item has a question of another type; the first question is drawn at random.
  await expect(app.locator('.feedback')).toContainText(/It will come back later in the session, asked (another way|the same way: this fact has no other kind of question)\./);
  const anotherWay = (await app.locator('.feedback').innerText()).includes('asked another way');
  await app.keyboard.press('Enter');

  for (let n = 2; n <= 5; n++) {
    await expect(app.getByRole('heading', { level: 1, name: `Question ${n}` })).toBeVisible();
    await answer(app, await current(app), true);
    await expect(progress).toHaveText(`${n - 1} of 5 learned`);
    await app.keyboard.press('Enter');
    if (n === 3) {
      // A reload mid-session (the page's address is the session's) resumes it, with the re-ask still queued.
      await app.reload();
      await expect(app.getByRole('heading', { level: 1, name: 'Question 4' })).toBeVisible();
      await expect(progress).toHaveText('2 of 5 learned');
    }
  }

  await expect(app.getByRole('heading', { level: 1, name: 'Question 6' })).toBeVisible();
  await expect(app.getByTestId('asked-again')).toBeVisible();
  const reask = await current(app);
  expect(reask.factIds).toEqual(missed.factIds);
  if (anotherWay) expect(reask.type).not.toBe(missed.type);
  else expect(reask.type).toBe(missed.type);
  await app.screenshot({ path: `${SHOTS}/learn-again.png`, fullPage: true });
  expect(await seriousViolations(app), 'learn re-ask').toEqual([]);
  await answer(app, reask, true);
  await expect(progress).toHaveText('5 of 5 learned');
  await expect(app.getByRole('button', { name: /See the results/ })).toBeFocused();
  await app.keyboard.press('Enter');

  await expect(app.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(app.getByTestId('learned')).toHaveText('5 of 5 learned');
  await expect(app.getByTestId('score')).toContainText('5 of 6');
  await expect(app.getByText(/^Learn · Untimed/)).toBeVisible();
  await app.screenshot({ path: `${SHOTS}/learn-results.png` });
  const stored = await readStore<{ questionId: string; correct: boolean }>(app, 'answers');
  expect(stored).toHaveLength(6);
  expect(stored.filter((a) => !a.correct).map((a) => a.questionId)).toEqual([missed.id]);
});

test('"I was right" counts a typed answer marked wrong as right, in the quiz and on the results', async ({ app }) => {
  test.slow();
  await app.clock.install({ time: START });
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  for (const t of ['Multiple choice', 'True or false', 'Put in order', 'Match pairs']) await app.getByRole('checkbox', { name: t }).setChecked(false);
  await app.getByRole('checkbox', { name: 'Typed answer' }).setChecked(true);
  await app.getByRole('radio', { name: '5 questions' }).check();
  await app.getByRole('radio', { name: /^Practice/ }).check();
  await app.getByRole('radio', { name: 'Untimed' }).check();
  await app.getByRole('button', { name: 'Start quiz' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Question 1 of 5' })).toBeVisible();

  const first = await current(app);
  await answer(app, first, false);
  const overrule = app.getByRole('button', { name: /I was right/ });
  await expect(overrule).toBeVisible();
  await expect(overrule).toHaveAttribute('aria-keyshortcuts', 'R');
  await app.keyboard.press('r');
  await expect(app.locator('.feedback .verdict')).toHaveText('Counted as right');
  await expect(overrule).toHaveCount(0);
  await app.screenshot({ path: `${SHOTS}/override-practice.png`, fullPage: true });
  expect(await seriousViolations(app), 'counted as right').toEqual([]);
  await app.keyboard.press('Enter');

  for (let n = 2; n <= 5; n++) {
    await expect(app.getByRole('heading', { level: 1, name: `Question ${n} of 5` })).toBeVisible();
    await answer(app, await current(app), false);
    await app.keyboard.press('Enter');
  }

  await expect(app.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(app.getByTestId('score')).toContainText('1 of 5');
  const items = app.locator('ol.review > li');
  await expect(items.nth(0)).toContainText('Counted as right');
  await expect(items.nth(0).getByRole('button', { name: /I was right/ })).toHaveCount(0);
  await expect(items.nth(1).getByRole('button', { name: /I was right/ })).toBeVisible();
  await app.screenshot({ path: `${SHOTS}/override-results.png`, fullPage: true });
  await items.nth(1).getByRole('button', { name: /I was right/ }).click();
  await expect(app.getByTestId('score')).toContainText('2 of 5');
  await expect(items.nth(1)).toContainText('Counted as right');
  expect(await seriousViolations(app), 'results with "I was right"').toEqual([]);
  // The key: R counts the answer of the item that has focus.
  await items.nth(2).getByRole('button', { name: /I was right/ }).focus();
  await app.keyboard.press('r');
  await expect(app.getByTestId('score')).toContainText('3 of 5');
  await expect(items.nth(2)).toContainText('Counted as right');
  await expect(items.nth(2)).toBeFocused();

  const answers = await readStore<{ questionId: string; response: unknown; correct: boolean; overriddenAt?: number; originalCorrect?: boolean }>(app, 'answers');
  const row = answers.find((a) => a.questionId === first.id);
  expect(row).toMatchObject({ response: 'not a clue', correct: true, originalCorrect: false });
  expect(typeof row?.overriddenAt).toBe('number');
  const [day] = await readStore<{ answers: number; correct: number }>(app, 'dailyStats');
  expect(day).toMatchObject({ answers: 5, correct: 3 });

  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(app.getByRole('list', { name: 'At a glance' })).toContainText('5 answers, 60% correct');
});
