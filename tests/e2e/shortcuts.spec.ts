// The keyboard shortcut list:
// - `?` opens it from a screen, as a modal dialog named "Keyboard shortcuts" with focus inside; Tab stays
//   inside it; Escape closes it;
// - it lists the keys of every part of the app (places, search, quiz answers, ordering, flashcards);
// - `?` typed into a text field is only typed, and opens nothing;
// - the Nav's "Keyboard shortcuts" button opens it too, and focus returns to the button on Escape;
// - axe finds no serious violation on the open dialog, in the light and the dark theme;
// - `/` and `?` pressed as soon as the Library shows, before its dialogs are mounted (they mount once
//   the first frame is painted), still open search and the list.
import { expect, seriousViolations, test } from './support/fixtures';

const SHOTS = process.env['QUIZ_SCREENS'] ?? 'test-results/screens';

test('? opens every shortcut in a focus-keeping dialog that Escape closes', async ({ app }) => {
  const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeHidden();
  await app.getByRole('heading', { level: 1 }).first().click();
  await app.keyboard.press('Shift+Slash');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: /Close/ })).toBeFocused();

  for (const group of ['Anywhere', 'In search', 'Answering a quiz question', 'Putting items in order', 'Reviewing flashcards']) {
    await expect(dialog.getByRole('heading', { level: 3, name: group })).toBeVisible();
  }
  const text = (await dialog.innerText()).replace(/\s+/g, ' ');
  for (const keys of ['Alt+1', 'Alt+4', 'Ctrl+K', 'Alt+↑', 'Alt+↓', 'Ctrl+Z', 'Space', 'Enter', 'Esc']) {
    expect(text, `lists ${keys}`).toContain(keys);
  }
  for (const does of ['Again', 'Hard', 'Good', 'Easy', 'Undo the last rating', 'Move the focused item up or down', 'True or false']) {
    expect(text, `lists “${does}”`).toContain(does);
  }

  for (let i = 0; i < 4; i++) {
    await app.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await app.screenshot({ path: `${SHOTS}/shortcuts-light.png` });
  expect(await seriousViolations(app), 'light').toEqual([]);
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: `${SHOTS}/shortcuts-dark.png` });
  expect(await seriousViolations(app), 'dark').toEqual([]);
  await app.emulateMedia({ colorScheme: 'light' });

  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('? typed in a text field is typed, and opens nothing', async ({ app }) => {
  await app.keyboard.press('/');
  const field = app.getByRole('combobox', { name: 'Search the lessons and the glossary' });
  await expect(field).toBeFocused();
  await app.keyboard.type('why?');
  await expect(field).toHaveValue('why?');
  await expect(app.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('the Nav button opens the list and focus comes back to it', async ({ app }) => {
  const button = app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Keyboard shortcuts' });
  await button.click();
  const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  // Closed with its own button, too.
  await app.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /Close/ }).click();
  await expect(dialog).toBeHidden();
});


test('/ and ? pressed before the dialogs are mounted open them as they mount', async ({ app, appKind }) => {
  test.skip(appKind !== 'web', 'frames are held back through the page context');
  // No frame callback ever runs: the dialogs wait the longest the app waits for a first frame (500 ms).
  await app.context().addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await app.keyboard.press('/');
  const field = app.getByRole('combobox', { name: 'Search the lessons and the glossary' });
  await expect(field).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(field).toBeHidden();

  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await app.keyboard.press('Shift+Slash');
  const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: /Close/ })).toBeFocused();
});
