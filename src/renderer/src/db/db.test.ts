import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb, requestPersistence } from './db';
import { useTestDbs } from './test-db';
import { getSetting, setSetting } from './settings';

const fresh = useTestDbs('test');


describe('the store', () => {
  it('creates every table the product needs, at the latest version', async () => {
    const db = fresh();
    await db.open();
    expect(db.verno).toBe(3);
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

describe('the schema upgrade to version 3', () => {
  it('opens a version-1 database with its data intact and its review logs found by the new indexes', async () => {
    const name = `v1-${Math.random().toString(36).slice(2)}`;
    // Version 1 exactly as it shipped.
    const old = new Dexie(name);
    old.version(1).stores({
      courses: 'id',
      lessonProgress: '[courseId+lessonId], courseId, updatedAt',
      quizSessions: 'id, status, startedAt, courseId',
      answers: '[sessionId+questionId], sessionId, answeredAt, *factIds',
      cards: 'factId, due, courseId, docId, kind',
      reviewLogs: '++id, factId, reviewedAt',
      dailyStats: 'day',
      settings: 'key',
    });
    const log = { rating: 3, state: 0, due: 9, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1 };
    await old.table('reviewLogs').bulkAdd([
      { ...log, factId: 'f1', reviewedAt: 100, sessionId: 's1', questionId: 'q1', before: null },
      { ...log, factId: 'f1', reviewedAt: 200, sessionId: 's2', questionId: 'q4', before: null },
      { ...log, factId: 'f2', reviewedAt: 150, sessionId: 's1', questionId: 'q1', before: null },
    ]);
    await old.table('settings').put({ key: 'theme', value: 'dark' });
    await old.table('dailyStats').put({ day: '2025-03-03', answers: 3, correct: 2, totalMs: 900 });
    const before = await old.table('reviewLogs').toArray();
    old.close();

    const db = createDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(3);
      expect(await db.reviewLogs.toArray()).toEqual(before);
      expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
      expect(await db.dailyStats.get('2025-03-03')).toMatchObject({ answers: 3 });
      const own = await db.reviewLogs.where('[sessionId+questionId]').equals(['s1', 'q1']).toArray();
      expect(own.map((l) => l.factId).sort()).toEqual(['f1', 'f2']);
      const later = await db.reviewLogs.where('[factId+reviewedAt]').between(['f1', 150], ['f1', Dexie.maxKey]).toArray();
      expect(later.map((l) => l.reviewedAt)).toEqual([200]);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
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
