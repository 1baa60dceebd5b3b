// What the quiz screen does with the pointer and with its own layout:
// - when a per-question timer stops (the answer is checked) and its box disappears, the heading and the
//   question card stay exactly where they were; they stay there too when the next question's clock starts;
// - an order question's item dragged with the mouse lands where it is dropped, a drop line shows the
//   place during the drag, the move is announced, and the Move buttons still work afterwards;
// - on a touch screen a finger on the grip drags the item the same way.
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const START = new Date('2025-03-03T09:00:00');
const SHOTS = process.env['QUIZ_SCREENS'] ?? 'test-results/screens';

async function setUp(page: Page, timing: string, types: string[]): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
  for (const t of ['Multiple choice', 'Typed answer', 'True or false', 'Put in order', 'Match pairs']) {
    await page.getByRole('checkbox', { name: t }).setChecked(types.includes(t));
  }
  await page.getByRole('radio', { name: '5 questions' }).check();
  await page.getByRole('radio', { name: /^Practice/ }).check();
  await page.getByRole('radio', { name: timing }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Question 1 of \d+$/ })).toBeVisible();
}

/** Where an element starts, measured from the top of the main area: scrolling (focus moving on) does not change it. */
async function top(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top - (document.querySelector('main')?.getBoundingClientRect().top ?? 0));
}

test('the question stays in place when the timer box hides and comes back', async ({ app }) => {
  await app.clock.install({ time: START });
  await app.clock.pauseAt(new Date(START.getTime() + 1000));
  await setUp(app, '15 seconds per question', ['Multiple choice']);
  await expect(app.getByRole('timer')).toHaveText('0:15');
  const before = { heading: await top(app, 'h1'), card: await top(app, '.question-card'), options: await top(app, '.question-card fieldset') };

  await app.keyboard.press('1');
  await app.keyboard.press('Enter');
  await expect(app.locator('.feedback')).toBeVisible();
  await expect(app.getByRole('timer')).toHaveCount(0);
  await app.screenshot({ path: `${SHOTS}/quiz-timer-stopped-light.png`, fullPage: true });
  expect({ heading: await top(app, 'h1'), card: await top(app, '.question-card'), options: await top(app, '.question-card fieldset') }).toEqual(before);

  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Question 2 of 5');
  await expect(app.getByRole('timer')).toHaveText('0:15');
  expect({ heading: await top(app, 'h1'), card: await top(app, '.question-card') }).toEqual({ heading: before.heading, card: before.card });

  // The warning look (a thicker edge) does not resize the box either.
  await app.clock.runFor(6_000);
  await expect(app.getByTestId('countdown')).toHaveClass(/warning/);
  expect(await top(app, '.question-card')).toBe(before.card);
});

test('an order item dragged with the mouse lands where it is dropped', async ({ app }) => {
  await app.clock.install({ time: START });
  await setUp(app, 'Untimed', ['Put in order']);
  const items = app.locator('ol.order li');
  const texts = await items.locator('.text').allInnerTexts();
  expect(texts.length).toBeGreaterThanOrEqual(3);
  const [a, b, c, ...rest] = texts as [string, string, string, ...string[]];

  // Drag the first item by its grip to just below the middle of the third.
  const grip = await items.nth(0).locator('.grip').boundingBox();
  const third = await items.nth(2).boundingBox();
  if (!grip || !third) throw new Error('the order list is not on screen');
  await app.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await app.mouse.down();
  await app.mouse.move(grip.x + grip.width / 2, third.y + third.height * 0.75, { steps: 12 });
  await expect(app.locator('ol.order li.lifted')).toHaveCount(1);
  await expect(app.locator('ol.order li.drop-before, ol.order li.drop-after')).toHaveCount(1);
  await app.screenshot({ path: `${SHOTS}/quiz-order-drag-light.png` });
  await app.mouse.up();

  await expect(items.locator('.text')).toHaveText([b, c, a, ...rest]);
  await expect(app.getByTestId('order-announcement')).toHaveText(`${a} moved to position 3 of ${texts.length}.`);
  await expect(app.locator('ol.order li.lifted, ol.order li.drop-before, ol.order li.drop-after')).toHaveCount(0);
  await expect(items.nth(2)).toBeFocused();

  // Dragging up from the text itself works too, and the buttons and keys still do their part.
  const moved = await items.nth(2).locator('.text').boundingBox();
  const first = await items.nth(0).boundingBox();
  if (!moved || !first) throw new Error('the order list is not on screen');
  await app.mouse.move(moved.x + 10, moved.y + moved.height / 2);
  await app.mouse.down();
  await app.mouse.move(moved.x + 10, first.y + 2, { steps: 12 });
  await app.mouse.up();
  await expect(items.locator('.text')).toHaveText([a, b, c, ...rest]);
  await items.nth(0).getByRole('button', { name: `Move “${a}” down` }).click();
  await expect(items.locator('.text')).toHaveText([b, a, c, ...rest]);
  await items.nth(1).focus();
  await app.keyboard.press('Alt+ArrowUp');
  await expect(items.locator('.text')).toHaveText([a, b, c, ...rest]);
});

test('a finger on the grip drags an order item on a touch screen', async ({ appKind, webBrowser, baseURL }) => {
  test.skip(appKind !== 'web', 'touch is emulated per context in Chromium');
  const browser: Browser = await webBrowser();
  const context = await browser.newContext({ baseURL, locale: 'en-GB', hasTouch: true });
  const page = await context.newPage();
  await page.clock.install({ time: START });
  await page.goto(`${baseURL}/index.html`);
  await setUp(page, 'Untimed', ['Put in order']);
  const items = page.locator('ol.order li');
  const texts = await items.locator('.text').allInnerTexts();
  const [a, b, c, ...rest] = texts as [string, string, string, ...string[]];
  const grip = await items.nth(0).locator('.grip').boundingBox();
  const third = await items.nth(2).boundingBox();
  if (!grip || !third) throw new Error('the order list is not on screen');

  // Chromium's own touch input (CDP), which the page receives as pointer events of type "touch".
  const cdp = await context.newCDPSession(page);
  const x = grip.x + grip.width / 2;
  const from = grip.y + grip.height / 2;
  const to = third.y + third.height * 0.75;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from }] });
  for (let i = 1; i <= 12; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: from + ((to - from) * i) / 12 }] });
  }
  await expect(page.locator('ol.order li.lifted')).toHaveCount(1);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(items.locator('.text')).toHaveText([b, c, a, ...rest]);
  await context.close();
});
