import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, createBackup, readBackup, serializeBackup } from '../../../core/backup';
import { readProgress, replaceProgress, resetProgress } from './backup';
import type { DossierDb } from './db';
import { useTestDbs } from './test-db';

const NOW = Date.UTC(2026, 2, 2, 9, 0, 0);

const fresh = useTestDbs('backup');


async function seed(db: DossierDb, tag: string): Promise<void> {
  await db.lessonProgress.put({ courseId: 'minusma', lessonId: `lesson-${tag}`, state: 'studied', percent: 100, position: 1, updatedAt: NOW, studiedAt: NOW });
  await db.quizSessions.put({
    id: `s-${tag}`,
    courseId: 'minusma',
    status: 'finished',
    settings: { courseId: 'minusma', lessonIds: [], kinds: ['date'], types: ['typed'], length: 1, mode: 'practice', timing: { kind: 'untimed' }, timeFactor: 1 },
    seed: 3,
    questions: [{ id: 'q1', type: 'typed', kind: 'date', prompt: 'When?', answer: '25 April 2013', factIds: [`f-${tag}`], explanation: 'x' }],
    startedAt: NOW,
    updatedAt: NOW,
    current: 0,
    remainingMs: null,
    flagged: [],
  });
  await db.answers.put({ sessionId: `s-${tag}`, questionId: 'q1', factIds: [`f-${tag}`], kind: 'date', type: 'typed', response: '25 April 2013', correct: true, timedOut: false, elapsedMs: 9000, answeredAt: NOW });
  await db.cards.put({ factId: `f-${tag}`, courseId: 'minusma', docId: 'x', kind: 'date', due: NOW, stability: 2, difficulty: 5, elapsedDays: 0, scheduledDays: 2, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: NOW });
  await db.reviewLogs.add({ factId: `f-${tag}`, rating: 3, state: 0, due: NOW, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, reviewedAt: NOW });
  await db.dailyStats.put({ day: '2026-03-02', answers: 1, correct: 1, totalMs: 9000 });
  await db.settings.put({ key: 'theme', value: tag === 'a' ? 'dark' : 'light' });
}

async function snapshot(db: DossierDb): Promise<unknown> {
  return JSON.parse(JSON.stringify(await readProgress(db)));
}

describe('backup and restore in the store', () => {
  it('restores exactly what was exported, replacing what was there', async () => {
    const source = fresh();
    await seed(source, 'a');
    const text = serializeBackup(await createBackup(await readProgress(source), { now: NOW, appVersion: 'test' }));

    const target = fresh();
    await seed(target, 'b');
    await replaceProgress((await readBackup(text)).data, target);
    expect(await snapshot(target)).toEqual(await snapshot(source));
    for (const t of BACKUP_TABLES) expect(await target.table(t).count(), t).toBe(1);
  });

  it('changes nothing when a write fails half-way through a restore', async () => {
    const source = fresh();
    await seed(source, 'a');
    const data = (await readBackup(serializeBackup(await createBackup(await readProgress(source), { now: NOW, appVersion: 'test' })))).data;

    const target = fresh();
    await seed(target, 'b');
    const before = await snapshot(target);
    // The cards table is written after lessons, sessions and answers were already cleared and refilled.
    target.cards.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    await expect(replaceProgress(data, target)).rejects.toThrow();
    expect(await snapshot(target)).toEqual(before);
  });

  it('resets progress in one go but keeps the settings', async () => {
    const db = fresh();
    await seed(db, 'a');
    await db.settings.put({ key: 'exam.date', value: '2026-04-01' });
    await resetProgress(db);
    for (const t of ['lessonProgress', 'quizSessions', 'answers', 'cards', 'reviewLogs', 'dailyStats']) expect(await db.table(t).count(), t).toBe(0);
    expect(await db.settings.count()).toBe(2);
  });
});
