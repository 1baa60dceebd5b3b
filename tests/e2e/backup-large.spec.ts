// A 50 MB backup is read without freezing the window: the file is read, parsed and validated in a
// worker (workers/backup.worker.ts), which sends the window only a summary and keeps the rows for the
// restore it writes itself. While the file is checked the window runs no task of a second or more
// (measured: longest 208 ms; 6,887 ms when the worker sent the validated rows back), and the
// confirmation then names the file. A file over the size limit is refused with its sentence, unread.
import { writeFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { BACKUP_MAX_CHARS, createBackup, serializeBackup } from '../../src/core/backup';

const MB = 1024 * 1024;

/** A valid backup of about `size` characters: real-looking settings rows, signed as the app signs them. */
async function backupOfSize(size: number): Promise<string> {
  const row = (i: number): { key: string; value: unknown } => ({
    key: `e2e.padding.${i}`,
    value: { note: `Row ${i} of a large backup, written to weigh what years of answers weigh.`, seen: [i, i + 1, i + 2], at: 1_700_000_000_000 + i },
  });
  const per = JSON.stringify(row(100_000)).length + 1;
  const settings = Array.from({ length: Math.ceil(size / per) }, (_, i) => row(i));
  const file = await createBackup(
    { lessonProgress: [], quizSessions: [], answers: [], cards: [], reviewLogs: [], dailyStats: [], settings },
    { now: Date.UTC(2026, 2, 2, 9, 0, 0), appVersion: 'e2e' },
  );
  return serializeBackup(file);
}

test('a 50 MB backup is checked in a worker: the window never freezes and the file is offered for import', async ({ app, appKind }, testInfo) => {
  test.skip(appKind === 'electron', 'The same renderer code; the web build is enough to time its main thread.');
  test.setTimeout(120_000);
  const text = await backupOfSize(50 * MB);
  const path = testInfo.outputPath('large-backup.json');
  writeFileSync(path, text);

  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  // Every task of the window's thread over 50 ms, from now on.
  await app.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await app.getByLabel('Backup file to import').setInputFiles(path);
  const confirm = app.getByRole('dialog', { name: 'Replace your progress with this backup?' });
  await expect(confirm).toBeVisible({ timeout: 90_000 });
  const seconds = (Date.now() - started) / 1000;
  await expect(confirm).toContainText('large-backup.json');
  const tasks = await app.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const longest = Math.max(0, ...tasks);
  console.log(`[backup] ${Math.round(text.length / MB)} MB checked in ${seconds.toFixed(1)} s; window tasks over 50 ms: ${tasks.length}, longest ${longest} ms`);
  expect(longest, 'the longest task of the window while the file was checked (ms)').toBeLessThan(1_000);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
});

test('a backup over the size limit is refused with a sentence, unread', async ({ app }) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  // The limit is checked on the file's size, so a sparse file is enough; its text is never read.
  const path = test.info().outputPath('too-large.json');
  writeFileSync(path, '');
  const { truncateSync } = await import('node:fs');
  truncateSync(path, BACKUP_MAX_CHARS + 1);
  await app.getByLabel('Backup file to import').setInputFiles(path);
  await expect(app.getByRole('alert').filter({ hasText: `larger than ${BACKUP_MAX_CHARS / MB} MB` }).first()).toBeVisible();
});
