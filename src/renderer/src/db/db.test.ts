import { describe, expect, it } from 'vitest';
import { requestPersistence } from './db';
import { useTestDbs } from './test-db';
import { getSetting, setSetting } from './settings';

const fresh = useTestDbs('test');


describe('the store', () => {
  it('creates every table the product needs at the current version', async () => {
    const db = fresh();
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['answers', 'cards', 'courses', 'dailyStats', 'importedCourses', 'lessonProgress', 'quizSessions', 'reviewLogs', 'settings'].sort(),
    );
  });

  it('keeps settings across a reopen', async () => {
    const db = fresh();
    await setSetting('theme', 'dark', db);
    db.close();
    await db.open();
    expect(await getSetting('theme', 'system', db)).toBe('dark');
    expect(await getSetting('missing', 42, db)).toBe(42);
  });

  it('finds answers by session and by fact', async () => {
    const db = fresh();
    const base = { kind: 'figure' as const, type: 'choice' as const, response: '11,200', correct: true, timedOut: false, elapsedMs: 900 };
    await db.answers.bulkAdd([
      { ...base, sessionId: 's1', questionId: 'q1', factIds: ['f1'], answeredAt: 1 },
      { ...base, sessionId: 's1', questionId: 'q2', factIds: ['f2', 'f3'], answeredAt: 2 },
      { ...base, sessionId: 's2', questionId: 'q1', factIds: ['f3'], answeredAt: 3 },
    ]);
    expect(await db.answers.where('sessionId').equals('s1').count()).toBe(2);
    expect(await db.answers.where('factIds').equals('f3').count()).toBe(2);
    // An answer is keyed by session and question, so re-answering in exam mode replaces it.
    await db.answers.put({ ...base, sessionId: 's1', questionId: 'q1', factIds: ['f1'], answeredAt: 4, correct: false });
    expect(await db.answers.where('sessionId').equals('s1').count()).toBe(2);
    expect((await db.answers.get(['s1', 'q1']))?.correct).toBe(false);
  });

  it('orders cards by due date', async () => {
    const db = fresh();
    const card = { courseId: 'c', docId: 'd', kind: 'date' as const, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0 };
    await db.cards.bulkAdd([
      { ...card, factId: 'late', due: 300 },
      { ...card, factId: 'early', due: 100 },
    ]);
    expect((await db.cards.where('due').below(200).toArray()).map((c) => c.factId)).toEqual(['early']);
  });
});

describe('requestPersistence', () => {
  it('asks for persistent storage once and reports the answer', async () => {
    let asked = 0;
    const storage = { persisted: async () => false, persist: async () => (asked++, true) } as unknown as StorageManager;
    expect(await requestPersistence(storage)).toBe(true);
    expect(asked).toBe(1);
  });

  it('copes with no storage manager or a refusal', async () => {
    expect(await requestPersistence(undefined)).toBe(false);
    const refusing = { persisted: async () => false, persist: async () => { throw new Error('no'); } } as unknown as StorageManager;
    expect(await requestPersistence(refusing)).toBe(false);
  });
});
