// Timed quizzes, driven like a learner in the built app:
// - a 10-question timed quiz (Quick quiz) is started and finished with the keyboard alone, and the results
//   (score, breakdowns, review) agree with the feedback given after each answer;
// - a per-question timer counts down from a deadline, warns and announces near the end, then expires
//   (Playwright's clock drives it) and the question is submitted as timed out, wrong, in the store too;
// - the extended-time factor from Settings (×1.5) stretches the limit;
// - a whole-quiz timer warns in its last fifth, then ends the quiz, and the questions never answered are
//   marked "Timed out";
// - a page closed mid-quiz and reopened offers "Resume", with the earlier answers and the time that was left;
// - exam mode: answers change until submitted, flags and the palette, the submit dialog's counts, the review;
// - order and match questions are answered by keyboard (Alt+arrows, selects);
// - the set-up remembers the last choice, honours ?lessons=, refuses a choice with no questions;
// - "Retry the ones I missed" starts a quiz of exactly those; past quizzes are listed with their scores;
// - axe finds no serious violation on set-up, questions, feedback, the exam palette and results (light and dark).
import type { Locator, Page } from '@playwright/test';
import { expect, seriousViolations, test } from './support/fixtures';
import { readStore } from './support/store';

const START = new Date('2025-03-03T09:00:00');
const SHOTS = process.env['QUIZ_SCREENS'] ?? 'test-results/screens';

/** Presses Tab until `target` has focus (the way a keyboard user gets there). */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

type QuestionKind = 'choice' | 'truefalse' | 'typed' | 'order' | 'match';

async function kindOfQuestion(page: Page): Promise<QuestionKind> {
  const card = page.locator('.question-card');
  if (await card.locator('input.typed').count()) return 'typed';
  if (await card.locator('ol.order').count()) return 'order';
  if (await card.locator('select').count()) return 'match';
  return (await card.locator('input[type="radio"]').count()) === 2 ? 'truefalse' : 'choice';
}

/** Gives some answer to the question on screen using only the keyboard. */
async function answerByKeyboard(page: Page, n: number): Promise<QuestionKind> {
  const kind = await kindOfQuestion(page);
  const card = page.locator('.question-card');
  switch (kind) {
    case 'choice':
      await page.keyboard.press(n % 2 ? 'B' : '3');
      await expect(card.locator('input[type="radio"]:checked')).toBeFocused();
      break;
    case 'truefalse':
      await page.keyboard.press(n % 2 ? 't' : 'f');
      break;
    case 'typed':
      await expect(card.locator('input.typed')).toBeFocused();
      await page.keyboard.type(n % 2 ? '2100' : '25 April 2013');
      break;
    case 'order':
      await tabTo(page, card.locator('ol.order li').first());
      await page.keyboard.press('Alt+ArrowDown');
      break;
    case 'match': {
      const selects = card.locator('select');
      for (let i = 0; i < (await selects.count()); i++) {
        await tabTo(page, selects.nth(i));
        for (let k = 0; k <= i; k++) await page.keyboard.press('ArrowDown');
      }
      break;
    }
  }
  return kind;
}

/** The verdict shown after checking an answer in practice mode. */
async function verdict(page: Page): Promise<'correct' | 'wrong'> {
  const panel = page.locator('.feedback');
  await expect(panel).toBeVisible();
  return (await panel.locator('.verdict').innerText()).startsWith('Correct') ? 'correct' : 'wrong';
}


/** The countdown's reading in seconds. */
async function secondsLeft(page: Page): Promise<number> {
  const [m = 0, sec = 0] = (await page.getByRole('timer').innerText()).split(':').map(Number);
  return m * 60 + sec;
}

interface StoredAnswer {
  questionId: string;
  response: unknown;
  correct: boolean;
  timedOut: boolean;
  elapsedMs: number;
}

/** Sets up a quiz from the form with the mouse; `timing` is a radio label. */
async function setUp(
  page: Page,
  options: { length?: string; mode?: 'Practice' | 'Exam'; timing?: string; types?: string[] } = {},
): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
  if (options.types) {
    for (const t of ['Multiple choice', 'Typed answer', 'True or false', 'Put in order', 'Match pairs']) {
      await page.getByRole('checkbox', { name: t }).setChecked(options.types.includes(t));
    }
  }
  if (options.length) await page.getByRole('radio', { name: options.length }).check();
  if (options.mode) await page.getByRole('radio', { name: new RegExp(`^${options.mode}`) }).check();
  if (options.timing) await page.getByRole('radio', { name: options.timing }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Question 1 of \d+$/ })).toBeVisible();
}

test('a 10-question timed quiz is finished entirely by keyboard, and the results agree', async ({ app }) => {
  await app.clock.install({ time: START });
  await app.keyboard.press('Alt+2');
  await expect(app.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
  await tabTo(app, app.getByRole('button', { name: 'Quick quiz' }));
  await app.keyboard.press('Enter');

  const verdicts: ('correct' | 'wrong')[] = [];
  const kinds = new Set<QuestionKind>();
  for (let n = 1; n <= 10; n++) {
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(`Question ${n} of 10`);
    await expect(app.getByRole('timer')).toBeVisible();
    // Each new question takes focus (its heading, or the box of a typed answer), never the bare page.
    await expect.poll(() => app.evaluate(() => document.activeElement?.tagName)).toMatch(/^(H1|INPUT)$/);
    kinds.add(await answerByKeyboard(app, n));
    await app.keyboard.press('Enter');
    verdicts.push(await verdict(app));
    const next = app.getByRole('button', { name: n === 10 ? 'See the results' : 'Next question' });
    await expect(next).toBeFocused();
    await expect(app.getByText(`${n} of 10 answered`)).toBeVisible();
    await app.keyboard.press('Enter');
  }

  await expect(app.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(app.getByRole('heading', { level: 1, name: 'Results' })).toBeFocused();
  const right = verdicts.filter((v) => v === 'correct').length;
  await expect(app.getByTestId('score')).toContainText(`${right} of 10`);
  await expect(app.getByTestId('score')).toContainText(`(${right * 10}%)`);
  expect(kinds.size, `question types met: ${[...kinds].join(', ')}`).toBeGreaterThanOrEqual(3);

  // Each breakdown covers the ten questions and the right answers exactly once.
  for (const name of ['By kind', 'By lesson']) {
    const rows = app.getByRole('region', { name }).locator('tbody tr');
    let correct = 0;
    let total = 0;
    for (let i = 0; i < (await rows.count()); i++) {
      correct += Number(await rows.nth(i).locator('td').nth(0).innerText());
      total += Number(await rows.nth(i).locator('td').nth(1).innerText());
    }
    expect({ name, correct, total }).toEqual({ name, correct: right, total: 10 });
  }

  // The review lists every question with the same verdict the learner saw, and links to the lesson.
  const items = app.locator('ol.review > li');
  await expect(items).toHaveCount(10);
  for (let i = 0; i < 10; i++) {
    await expect(items.nth(i).locator('.outcome')).toHaveText(verdicts[i] === 'correct' ? 'Correct' : 'Incorrect');
    await expect(items.nth(i).getByRole('link', { name: /^Read it in “.+”$/ })).toHaveAttribute('href', /^#\/library\/minusma\/lesson\/[a-z-]+\?fact=/);
  }
  const stored = await readStore<StoredAnswer>(app, 'answers');
  expect(stored).toHaveLength(10);
  expect(stored.filter((a) => a.correct)).toHaveLength(right);
  expect(stored.every((a) => a.elapsedMs >= 0 && !a.timedOut)).toBe(true);
  await app.screenshot({ path: `${SHOTS}/quiz-results-light.png`, fullPage: true });
});

test('a per-question timer warns, announces, then expires and submits the question as timed out', async ({ app }) => {
  await app.clock.install({ time: START });
  // Time stands still except when the test moves it, so the readings below are exact.
  await app.clock.pauseAt(new Date(START.getTime() + 1000));
  await setUp(app, { length: '5 questions', mode: 'Practice', timing: '15 seconds per question', types: ['Multiple choice'] });
  const timer = app.getByRole('timer');
  await expect(timer).toHaveText('0:15');
  await expect(app.getByText('Almost out of time')).toHaveCount(0);

  await app.clock.runFor(6_000);
  await expect(timer).toHaveText('0:09');
  await expect(app.getByTestId('countdown')).toHaveClass(/warning/);
  await expect(app.getByText('Almost out of time')).toBeVisible();
  await expect(app.getByTestId('time-announcement')).toHaveText('10 seconds left');
  await app.screenshot({ path: `${SHOTS}/quiz-warning-light.png` });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: `${SHOTS}/quiz-warning-dark.png` });
  await app.emulateMedia({ colorScheme: 'light' });

  // A hidden window or a busy machine: one jump past the deadline, no ticks in between.
  await app.clock.fastForward(10_000);
  await expect(app.locator('.feedback .verdict')).toHaveText('Time ran out: counted as wrong');
  await expect(app.getByTestId('time-announcement')).toHaveText('Time is up for this question.');
  await expect(app.getByText('1 of 5 answered')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Next question' })).toBeFocused();
  await expect.poll(async () => (await readStore<StoredAnswer>(app, 'answers')).length).toBe(1);
  const [record] = await readStore<StoredAnswer>(app, 'answers');
  expect(record).toMatchObject({ response: null, correct: false, timedOut: true });
  expect(record?.elapsedMs).toBeGreaterThanOrEqual(15_000);

  // The next question gets a fresh 15 seconds.
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Question 2 of 5');
  await expect(timer).toHaveText('0:15');
});

test('the extended-time accommodation from Settings stretches every limit', async ({ app }) => {
  await app.clock.install({ time: START });
  // Time stands still except when the test moves it, so the readings below are exact.
  await app.clock.pauseAt(new Date(START.getTime() + 1000));
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await app.getByRole('radio', { name: '×1.5' }).check();
  await setUp(app, { length: '5 questions', mode: 'Practice', timing: '15 seconds per question', types: ['Multiple choice'] });
  await expect(app.getByRole('timer')).toHaveText('0:23');
  await app.clock.runFor(12_000);
  await expect(app.getByRole('timer')).toHaveText('0:11');
  await expect(app.locator('.feedback')).toHaveCount(0);
  await app.clock.runFor(11_000);
  await expect(app.locator('.feedback .verdict')).toHaveText('Time ran out: counted as wrong');
});

test('a whole-quiz timer ends the quiz and marks the questions never answered as timed out', async ({ app }) => {
  await app.clock.install({ time: START });
  await setUp(app, { length: '5 questions', mode: 'Exam', timing: '5 minutes for the whole quiz', types: ['Multiple choice'] });
  await expect(app.getByRole('timer')).toHaveText('5:00');
  await app.keyboard.press('A');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Question 2 of 5');
  // The last fifth of the quiz: the warning state, announced, and accessible in both themes.
  await app.clock.runFor(4 * 60_000 + 10_000);
  await expect(app.getByTestId('countdown')).toHaveClass(/warning/);
  await expect(app.getByTestId('time-announcement')).toHaveText('1 minute left');
  for (const theme of ['dark', 'light'] as const) {
    await app.emulateMedia({ colorScheme: theme });
    expect(await seriousViolations(app), `warning state (${theme})`).toEqual([]);
  }
  await app.clock.runFor(60_000);
  await expect(app.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  const outcomes = await app.locator('ol.review .outcome').allInnerTexts();
  expect(outcomes.slice(1)).toEqual(['Timed out', 'Timed out', 'Timed out', 'Timed out']);
  expect(['Correct', 'Incorrect']).toContain(outcomes[0]);
  await expect(app.getByTestId('duration')).toHaveText(/^5 min 0\d s$/);
  const stored = await readStore<StoredAnswer>(app, 'answers');
  expect(stored.filter((a) => a.timedOut && a.response === null)).toHaveLength(4);
});

test('a page closed mid-quiz offers to resume it, with the answers and the time that was left', async ({ app, baseURL }) => {
  await app.clock.install({ time: START });
  await setUp(app, { length: '10 questions', mode: 'Exam', timing: '10 minutes for the whole quiz', types: ['Multiple choice', 'True or false'] });
  for (let n = 1; n <= 3; n++) {
    await app.keyboard.press(((await kindOfQuestion(app)) === 'truefalse' ? 't' : '2'));
    await app.clock.runFor(20_000);
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(`Question ${n + 1} of 10`);
  }
  await expect(app.getByText('3 of 10 answered')).toBeVisible();
  // 60 s of quiz time went by; the clock is not paused, so a slow machine may add a second or two.
  expect(await secondsLeft(app)).toBeGreaterThanOrEqual(530);
  expect(await secondsLeft(app)).toBeLessThanOrEqual(540);
  await expect.poll(async () => (await readStore<StoredAnswer>(app, 'answers')).length).toBe(3);

  const context = app.context();
  await app.close({ runBeforeUnload: true });
  const page = await context.newPage();
  // Reopened an hour later: the hour does not count against the quiz.
  await page.clock.install({ time: new Date(START.getTime() + 3_600_000) });
  await page.goto(`${baseURL}/index.html#/quiz`);
  const offer = page.getByRole('region', { name: 'Unfinished quiz' });
  await expect(offer).toContainText('3 of 10 answered');
  expect(await seriousViolations(page)).toEqual([]);
  await offer.getByRole('link', { name: 'Resume' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 4 of 10');
  await expect(page.getByText('3 of 10 answered')).toBeVisible();
  // About nine minutes left, as at the last write: the hour the app was closed did not count.
  expect(await secondsLeft(page)).toBeGreaterThanOrEqual(520);
  expect(await secondsLeft(page)).toBeLessThanOrEqual(540);
  // The earlier answers are there, in the palette and on the questions themselves.
  const palette = page.getByRole('navigation', { name: 'Questions' });
  for (const n of [1, 2, 3]) await expect(palette.getByRole('button', { name: `Question ${n}, answered` })).toBeVisible();
  await palette.getByRole('button', { name: 'Question 1, answered' }).click();
  await expect(page.locator('.question-card input[type="radio"]:checked')).toHaveCount(1);
});

test('exam mode: answers change until submitted, flags show in the palette and the submit dialog', async ({ app }) => {
  await app.clock.install({ time: START });
  await setUp(app, { length: '5 questions', mode: 'Exam', timing: 'Untimed', types: ['Multiple choice'] });
  const palette = app.getByRole('navigation', { name: 'Questions' });
  const options = app.locator('.question-card input[type="radio"]');

  await app.keyboard.press('1');
  const firstChoice = await options.nth(0).inputValue();
  await app.keyboard.press('Enter');
  await app.keyboard.press('2');
  await app.getByRole('button', { name: 'Flag for review' }).click();
  await expect(app.getByText('Flagged for review', { exact: true })).toBeVisible();
  await expect(palette.getByRole('button', { name: 'Question 2, answered, flagged' })).toBeVisible();
  await app.screenshot({ path: `${SHOTS}/quiz-exam-light.png` });
  expect(await seriousViolations(app)).toEqual([]);

  // Back to question 1: the answer is kept and can still change.
  await app.getByRole('button', { name: 'Previous' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Question 1 of 5');
  await expect(options.nth(0)).toBeChecked();
  await app.keyboard.press('D');
  const changed = await options.nth(3).inputValue();
  await expect.poll(async () => (await readStore<StoredAnswer>(app, 'answers')).find((a) => a.response === changed)).toBeTruthy();
  expect(changed).not.toBe(firstChoice);

  await app.getByRole('button', { name: 'Submit quiz' }).click();
  const dialog = app.getByRole('dialog', { name: 'Submit the quiz?' });
  await expect(dialog).toContainText('2 of 5 questions answered');
  await expect(dialog).toContainText('3 unanswered');
  await expect(dialog).toContainText('1 flagged for review');
  await expect(dialog.getByRole('button', { name: 'Keep working' })).toBeFocused();
  expect(await seriousViolations(app)).toEqual([]);
  await dialog.getByRole('button', { name: 'Submit quiz' }).click();

  await expect(app.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  const review = app.locator('ol.review > li');
  await expect(review).toHaveCount(5);
  await expect(review.nth(0).locator('dd').first()).toHaveText(changed);
  for (const i of [2, 3, 4]) await expect(review.nth(i).locator('.outcome')).toHaveText('No answer');
  const outcomes = await app.locator('ol.review .outcome').allInnerTexts();
  const right = outcomes.filter((o) => o === 'Correct').length;
  await expect(app.getByTestId('score')).toContainText(`${right} of 5`);
  const stored = await readStore<StoredAnswer>(app, 'answers');
  expect(stored).toHaveLength(5);
  expect(stored.filter((a) => a.correct)).toHaveLength(right);
});

test('order and match questions are answered with the keyboard', async ({ app }) => {
  await app.clock.install({ time: START });
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
  // A stored session with one question of each type, as a crash would leave it: the app resumes it.
  const id = 'e2e-every-type';
  await app.evaluate(async (sessionId) => {
    const questions = [
      {
        id: 'q-order',
        type: 'order',
        kind: 'date',
        prompt: 'Put these events from the briefing in chronological order, earliest first. Which order is right?',
        options: ['UNOM was set up', 'AFISMA was authorised', 'MINUSMA was created'],
        answer: ['AFISMA was authorised', 'UNOM was set up', 'MINUSMA was created'],
        factIds: ['what-came-before:date:a', 'what-came-before:date:b', 'what-came-before:date:c'],
        explanation: 'From "What came before": "…"',
        docId: 'what-came-before',
      },
      {
        id: 'q-match',
        type: 'match',
        kind: 'resolution',
        prompt: 'Match each Security Council resolution with what it did, according to the briefing. Which goes with which?',
        left: ['Resolution 2085', 'Resolution 2100'],
        options: ['established MINUSMA', 'authorised AFISMA'],
        answer: ['authorised AFISMA', 'established MINUSMA'],
        factIds: ['what-came-before:resolution:2085', 'creating-the-mission:resolution:2100'],
        explanation: 'From "What came before": "…"',
      },
      {
        id: 'q-choice',
        type: 'choice',
        kind: 'figure',
        prompt: 'According to the briefing, up to how many military personnel could MINUSMA comprise?',
        options: ['1,440', '9,800', '11,200', '12,640'],
        answer: '11,200',
        factIds: ['forces-and-footprint:figure:11200'],
        explanation: 'From "Forces and footprint": "MINUSMA could comprise up to 11,200 military personnel."',
        docId: 'forces-and-footprint',
      },
      {
        id: 'q-typed',
        type: 'typed',
        kind: 'resolution',
        prompt: 'According to the briefing, which Security Council resolution established MINUSMA?',
        answer: '2100',
        factIds: ['creating-the-mission:resolution:2100'],
        explanation: 'From "Creating the mission": "…"',
        docId: 'creating-the-mission',
      },
      {
        id: 'q-tf',
        type: 'truefalse',
        kind: 'date',
        prompt: 'True or false? According to the briefing: “The Council adopted resolution 2100 on 25 April 2013”',
        answer: true,
        factIds: ['creating-the-mission:date:2013-04-25'],
        explanation: 'From "Creating the mission": "…"',
        docId: 'creating-the-mission',
      },
    ];
    const now = Date.now();
    const session = {
      id: sessionId,
      courseId: 'minusma',
      status: 'active',
      settings: { courseId: 'minusma', lessonIds: [], kinds: ['date', 'resolution', 'figure'], types: ['order', 'match'], length: 5, mode: 'practice', timing: { kind: 'untimed' }, timeFactor: 1 },
      seed: 1,
      questions,
      startedAt: now,
      updatedAt: now,
      current: 0,
      remainingMs: null,
      flagged: [],
    };
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('dossier');
      req.onsuccess = () => {
        const tx = req.result.transaction('quizSessions', 'readwrite');
        tx.objectStore('quizSessions').put(session);
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, id);
  await app.reload();
  await app.getByRole('link', { name: 'Resume' }).click();

  // Order: Alt+↓ on the focused first item moves it down and keeps focus on it.
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Question 1 of 5');
  const items = app.locator('ol.order li');
  await app.screenshot({ path: `${SHOTS}/quiz-type-order-light.png` });
  await tabTo(app, items.first());
  await app.keyboard.press('Alt+ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await expect(items.locator('.text')).toHaveText(['AFISMA was authorised', 'UNOM was set up', 'MINUSMA was created']);
  await app.keyboard.press('Enter');
  expect(await verdict(app)).toBe('correct');
  await app.keyboard.press('Enter');

  // Match: each item's partner is chosen from its list with the arrow keys.
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Question 2 of 5');
  await app.screenshot({ path: `${SHOTS}/quiz-type-match-light.png` });
  await tabTo(app, app.getByRole('combobox', { name: 'Resolution 2085' }));
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await tabTo(app, app.getByRole('combobox', { name: 'Resolution 2100' }));
  await app.keyboard.press('ArrowDown');
  await expect(app.getByRole('combobox', { name: 'Resolution 2085' })).toHaveValue('authorised AFISMA');
  await expect(app.getByRole('combobox', { name: 'Resolution 2100' })).toHaveValue('established MINUSMA');
  await app.keyboard.press('Enter');
  expect(await verdict(app)).toBe('correct');
  await app.keyboard.press('Enter');

  // Choice, typed, true/false: one screenshot of each, then answered.
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Question 3 of 5');
  await app.screenshot({ path: `${SHOTS}/quiz-type-choice-light.png` });
  await app.keyboard.press('c');
  await app.keyboard.press('Enter');
  expect(await verdict(app)).toBe('correct');
  await app.screenshot({ path: `${SHOTS}/quiz-feedback-light.png` });
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Question 4 of 5');
  await app.screenshot({ path: `${SHOTS}/quiz-type-typed-light.png` });
  await app.keyboard.type('Resolution 2100');
  await app.keyboard.press('Enter');
  expect(await verdict(app)).toBe('correct');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Question 5 of 5');
  await app.screenshot({ path: `${SHOTS}/quiz-type-truefalse-light.png` });
  await app.keyboard.press('f');
  await app.keyboard.press('Enter');
  expect(await verdict(app)).toBe('wrong');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('score')).toContainText('4 of 5');
  await expect(app.locator('ol.review > li').nth(1).locator('dd').first()).toHaveText(
    'Resolution 2085 → authorised AFISMA; Resolution 2100 → established MINUSMA',
  );
});

test('the set-up remembers the last choice, takes ?lessons= and refuses a choice with no questions', async ({ app, open }) => {
  await setUp(app, { length: '5 questions', mode: 'Exam', timing: '60 seconds per question' });
  await app.getByRole('button', { name: 'Leave quiz' }).click();
  const dialog = app.getByRole('dialog', { name: 'Leave this quiz?' });
  await expect(dialog.getByRole('button', { name: 'Stay' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Leave quiz' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Unfinished quiz' })).toContainText('0 of 5 answered');

  await app.reload();
  await expect(app.getByRole('radio', { name: '5 questions' })).toBeChecked();
  await expect(app.getByRole('radio', { name: /^Exam/ })).toBeChecked();
  await expect(app.getByRole('radio', { name: '60 seconds per question' })).toBeChecked();

  await open('#/quiz?lessons=creating-the-mission');
  await expect(app.getByRole('checkbox', { name: '2. Creating the mission' })).toBeChecked();
  await expect(app.getByRole('checkbox', { name: '1. Why MINUSMA matters' })).not.toBeChecked();
  await expect(app.locator('#setup-count')).toContainText(/\d+ questions? available/);

  for (const kind of ['Dates', 'Resolutions', 'Figures', 'Names and places', 'Acronyms', 'Lists', 'Glossary terms']) {
    await app.getByRole('checkbox', { name: kind, exact: true }).uncheck();
  }
  await expect(app.getByRole('button', { name: 'Start quiz' })).toBeDisabled();
  await expect(app.getByText('Choose at least one kind of fact.')).toBeVisible();
  await app.getByRole('checkbox', { name: 'Dates' }).check();
  await expect(app.getByRole('button', { name: 'Start quiz' })).toBeEnabled();
});

test('"Retry the ones I missed" starts a quiz of exactly those; past quizzes show their scores', async ({ app }) => {
  await app.clock.install({ time: START });
  await setUp(app, { length: '5 questions', mode: 'Exam', timing: 'Untimed', types: ['Typed answer'] });
  // Nothing typed: every question is missed.
  await app.getByRole('button', { name: 'Submit quiz' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Submit quiz' }).click();
  await expect(app.getByTestId('score')).toContainText('0 of 5');
  const prompts = await app.locator('ol.review .prompt-text').allInnerTexts();
  await app.getByRole('button', { name: 'Retry the ones I missed (5)' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Question 1 of 5');
  await expect(app.locator('.question-card legend')).toHaveText(prompts[0] ?? '');

  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  const past = app.getByRole('region', { name: 'Past quizzes' });
  await expect(past.locator('tbody tr')).toHaveCount(1);
  await expect(past.locator('tbody tr')).toContainText('0 / 5 (0%)');
});

// Split in two per theme (set-up, a question and its feedback; then the results of a whole quiz): one test with
// four axe passes and ten answers used the whole of its 30 s on a loaded machine.
for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious violation on set-up, a question and its feedback (${theme})`, async ({ app, open }) => {
    // Three axe passes, or a whole quiz and one: over a minute at load 25 on 2 cores.
    test.slow();
    await app.emulateMedia({ colorScheme: theme });
    await app.clock.install({ time: START });
    await open('#/quiz');
    await expect(app.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
    expect(await seriousViolations(app), 'set-up').toEqual([]);
    await app.screenshot({ path: `${SHOTS}/quiz-setup-${theme}.png`, fullPage: true });
    await app.getByRole('button', { name: 'Quick quiz' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Question 1 of 10' })).toBeVisible();
    expect(await seriousViolations(app), 'question').toEqual([]);
    await app.screenshot({ path: `${SHOTS}/quiz-question-${theme}.png` });
    await answerByKeyboard(app, 1);
    await app.keyboard.press('Enter');
    await verdict(app);
    expect(await seriousViolations(app), 'feedback').toEqual([]);
    await app.screenshot({ path: `${SHOTS}/quiz-feedback-${theme}.png` });
  });

  test(`axe finds no serious violation on the results (${theme})`, async ({ app, open }) => {
    // Three axe passes, or a whole quiz and one: over a minute at load 25 on 2 cores.
    test.slow();
    await app.emulateMedia({ colorScheme: theme });
    await app.clock.install({ time: START });
    await open('#/quiz');
    await app.getByRole('button', { name: 'Quick quiz' }).click();
    for (let n = 1; n <= 10; n++) {
      await expect(app.getByRole('heading', { level: 1 })).toHaveText(`Question ${n} of 10`);
      await answerByKeyboard(app, n);
      await app.keyboard.press('Enter');
      await verdict(app);
      await app.keyboard.press('Enter');
    }
    await expect(app.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
    expect(await seriousViolations(app), 'results').toEqual([]);
    await app.screenshot({ path: `${SHOTS}/quiz-results-${theme}.png`, fullPage: true });
  });
}

test('starting a quiz while one is unfinished asks first: cancel keeps it, discard keeps its answers', async ({ app, open }) => {
  await open('#/quiz');
  await app.getByRole('button', { name: 'Quick quiz' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Question 1 of 10' })).toBeVisible();
  await answerByKeyboard(app, 1);
  await app.keyboard.press('Enter');
  await verdict(app);
  await expect(app.getByText('1 of 10 answered')).toBeVisible();
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await app.getByRole('button', { name: 'Quick quiz' }).click();
  const ask = app.getByRole('dialog', { name: 'You have an unfinished quiz' });
  await expect(ask).toContainText('1 of 10 questions answered');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(app.getByRole('region', { name: 'Unfinished quiz' })).toContainText('1 of 10 answered');
  await app.getByRole('button', { name: 'Quick quiz' }).click();
  await ask.getByRole('button', { name: 'Discard it and start' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Question 1 of 10' })).toBeVisible();
  await expect(app.getByText('0 of 10 answered')).toBeVisible();
  const sessions = await readStore<{ status: string }>(app, 'quizSessions');
  expect(sessions.map((s) => s.status).sort()).toEqual(['abandoned', 'active']);
  expect(await readStore(app, 'answers')).toHaveLength(1);
});
