// What a learner reads when the store itself fails (issue 15): with no IndexedDB at all, as in a
// private window that refuses site data, the Progress, Settings and course screens say in one
// sentence what to do next, and no Dexie or IndexedDB message, error name or stack reaches the screen.
import { expect, test } from './support/fixtures';

const RAW = /MissingAPIError|IndexedDB|Dexie|Error:|at \S+:\d+/;

test('without IndexedDB, Progress, Settings and the course say to open a normal window, never what Dexie said', async ({ app, open, appKind }) => {
  test.skip(appKind !== 'web', 'the desktop app always has IndexedDB');
  await app.context().addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await app.reload();
  await open('#/progress');
  const alert = app.getByRole('alert');
  await expect(alert).toHaveText(/^Your progress could not be read\. Dossier cannot store anything here \(this may be a private window/);
  await expect(app.getByText('Loading your progress…')).toHaveCount(0);
  expect(await app.locator('main').innerText()).not.toMatch(RAW);
  await open('#/settings');
  await expect(app.getByRole('alert').first()).toHaveText(/^Your settings could not be read, so the defaults apply\. Dossier cannot store anything here/);
  expect(await app.locator('main').innerText()).not.toMatch(RAW);
  await open('#/library/minusma');
  await expect(app.getByRole('alert')).toHaveText(/^Your reading progress could not be read\. Dossier cannot store anything here/);
  expect(await app.locator('main').innerText()).not.toMatch(RAW);
});
