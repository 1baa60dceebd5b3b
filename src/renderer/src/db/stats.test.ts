import { describe, expect, it, vi } from 'vitest';
import { useTestDbs } from './test-db';
import { mulberry32 } from '../../../core/rng';
import { cachedDashboardSource, latestRatings, loadDashboardSource, saveExamDate } from './stats';

const fresh = useTestDbs('stats');


describe('loadDashboardSource', () => {
  it('reads aggregates, cards, lessons and the exam date, not the answers', async () => {
    const db = fresh();
    await db.dailyStats.bulkPut([
      { day: '2026-03-01', answers: 3, correct: 2, totalMs: 9000 },
      { day: '2026-03-02', answers: 1, correct: 1, totalMs: 2000 },
    ]);
    await db.cards.put({ factId: 'f', courseId: 'c', docId: 'd', kind: 'date', due: 1, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: 0 });
    await db.answers.put({ sessionId: 's', questionId: 'q', factIds: ['f'], kind: 'date', type: 'choice', response: 'x', correct: true, timedOut: false, elapsedMs: 1, answeredAt: 1 });
    await saveExamDate('2026-04-01', db);

    let answersRead = 0;
    db.answers.hook('reading', (row) => (answersRead++, row));
    const source = await loadDashboardSource(db);
    expect(source.dailyStats.map((d) => d.day)).toEqual(['2026-03-01', '2026-03-02']);
    expect(source.cards).toHaveLength(1);
    expect(source.lessonProgress).toEqual([]);
    expect(source.examDate).toBe('2026-04-01');
    expect(answersRead).toBe(0);
  });

  it("keeps each card's five latest ratings, oldest first, reading only those logs", async () => {
    const db = fresh();
    const card = (factId: string) => ({ factId, courseId: 'c', docId: 'd', kind: 'date' as const, due: 1, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: 0 });
    await db.cards.bulkPut([card('a'), card('b'), card('unrated')]);
    const log = (factId: string, reviewedAt: number, rating: number) => ({ factId, rating, state: 2, due: 0, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, reviewedAt });
    // Written out of order: the order that counts is the review's time.
    await db.reviewLogs.bulkAdd([log('a', 50, 4), log('a', 10, 1), log('b', 5, 3), ...[20, 30, 40, 60, 70].map((t, i) => log('a', t, (i % 3) + 1)), log('b', 5, 2)]);
    let logsRead = 0;
    db.reviewLogs.hook('reading', (row) => (logsRead++, row));
    const { ratings } = await loadDashboardSource(db);
    // a: 10:1 20:1 30:2 40:3 50:4 60:1 70:2 -> the latest five, oldest first.
    expect(ratings?.get('a')).toEqual([2, 3, 4, 1, 2]);
    // Two logs at one moment keep the order they were written in.
    expect(ratings?.get('b')).toEqual([3, 2]);
    expect(ratings?.has('unrated')).toBe(false);
    expect(logsRead).toBe(7);
    expect(await latestRatings(db)).toEqual(ratings);
  });

  it('has no exam date until one is set, and forgets it when cleared', async () => {
    const db = fresh();
    expect((await loadDashboardSource(db)).examDate).toBeNull();
    await saveExamDate('2026-05-05', db);
    await saveExamDate(null, db);
    expect((await loadDashboardSource(db)).examDate).toBeNull();
  });
});

describe('cachedDashboardSource', () => {
  it('reads the store once until one of its tables changes, then reads it again', async () => {
    const db = fresh();
    const source = cachedDashboardSource(db);
    let reads = 0;
    db.dailyStats.hook('reading', (row) => (reads++, row));
    await db.dailyStats.put({ day: '2026-03-01', answers: 1, correct: 1, totalMs: 1000 });
    expect((await source()).dailyStats).toHaveLength(1);
    expect((await source()).dailyStats).toHaveLength(1);
    expect(reads).toBe(1);

    // A write elsewhere (a quiz's session) does not touch the dashboard's tables.
    await db.quizSessions.put({ id: 's', status: 'finished' } as never);
    await source();
    expect(reads).toBe(1);

    // Only the day written is read again.
    await db.dailyStats.put({ day: '2026-03-02', answers: 2, correct: 1, totalMs: 3000 });
    expect((await source()).dailyStats.map((d) => d.day)).toEqual(['2026-03-01', '2026-03-02']);
    expect(reads).toBe(2);

    await saveExamDate('2026-04-01', db);
    expect((await source()).examDate).toBe('2026-04-01');
    await db.dailyStats.clear();
    expect((await source()).dailyStats).toEqual([]);
  });

  it('patches a write in before the next visit, once the dashboard has been read', async () => {
    const db = fresh();
    const queued: (() => void)[] = [];
    const source = cachedDashboardSource(db, (run) => queued.push(run));
    let reads = 0;
    db.dailyStats.hook('reading', (row) => (reads++, row));

    // Before the first visit nothing is read ahead.
    await db.dailyStats.put({ day: '2026-03-01', answers: 1, correct: 1, totalMs: 1000 });
    expect(queued).toHaveLength(0);
    await source();
    expect(reads).toBe(1);

    // An answer's writes (a day's totals, twice) make one read, in a task of its own.
    await db.dailyStats.put({ day: '2026-03-02', answers: 1, correct: 1, totalMs: 1000 });
    await db.dailyStats.put({ day: '2026-03-02', answers: 2, correct: 2, totalMs: 2000 });
    expect(queued).toHaveLength(1);
    expect(reads).toBe(1);
    queued.shift()?.();
    await vi.waitFor(() => expect(reads).toBe(2));

    // The visit finds it done: no store read, the figures as a full read gives them.
    const seen = await source();
    expect(reads).toBe(2);
    expect(seen).toEqual(await loadDashboardSource(db));
    expect(seen.dailyStats.find((d) => d.day === '2026-03-02')?.answers).toBe(2);
  });

  it('does not keep a failed read', async () => {
    const db = fresh();
    const source = cachedDashboardSource(db);
    db.close();
    await expect(source()).rejects.toThrow();
    await db.open();
    expect((await source()).dailyStats).toEqual([]);
  });
});

describe('cachedDashboardSource, followed through writes of every kind', () => {
  it('always gives what a full read gives', async () => {
    const db = fresh();
    const source = cachedDashboardSource(db);
    const rng = mulberry32(14);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
    const days = Array.from({ length: 8 }, (_, i) => `2026-03-0${i + 1}`);
    const facts = ['a', 'b', 'c', 'd', 'e', 'f'];
    const card = (factId: string) => ({ factId, courseId: 'c', docId: 'd', kind: 'date' as const, due: Math.floor(rng() * 1e6), stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: 0 });
    const log = (factId: string) => ({ factId, rating: 1 + Math.floor(rng() * 4), state: 2, due: 0, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, reviewedAt: Math.floor(rng() * 1000) });
    const ops: (() => Promise<unknown>)[] = [
      () => db.dailyStats.put({ day: pick(days), answers: Math.floor(rng() * 9), correct: 1, totalMs: 1000 }),
      () => db.dailyStats.delete(pick(days)),
      () => db.cards.put(card(pick(facts))),
      async () => {
        const f = pick(facts);
        await db.transaction('rw', db.cards, db.reviewLogs, async () => {
          await db.cards.delete(f);
          await db.reviewLogs.where('factId').equals(f).delete();
        });
      },
      async () => {
        const f = pick(facts);
        await db.transaction('rw', db.cards, db.reviewLogs, async () => {
          if (!(await db.cards.get(f))) await db.cards.put(card(f));
          await db.reviewLogs.add(log(f));
        });
      },
      async () => {
        const ids = (await db.reviewLogs.toCollection().primaryKeys()) as number[];
        if (ids.length) await db.reviewLogs.delete(pick(ids));
      },
      async () => {
        const all = await db.reviewLogs.toArray();
        if (all.length) await db.reviewLogs.put({ ...pick(all), rating: 1 + Math.floor(rng() * 4) });
      },
      () => db.lessonProgress.put({ courseId: 'c', lessonId: pick(['l1', 'l2']), state: 'studied', percent: 100, position: 1, updatedAt: 1, studiedAt: 1 } as never),
      () => saveExamDate(rng() < 0.5 ? null : pick(days), db),
      () => db.reviewLogs.bulkAdd(Array.from({ length: 60 }, () => log(pick(facts)))),
      () => db.reviewLogs.clear(),
      () => db.dailyStats.bulkPut(days.map((day) => ({ day, answers: 2, correct: 2, totalMs: 10 }))),
    ];
    let compared = 0;
    for (let i = 0; i < 300; i++) {
      await pick(ops)();
      if (rng() < 0.5) continue;
      const [kept, read] = [await source(), await loadDashboardSource(db)];
      expect(kept.dailyStats, `after step ${i}`).toEqual(read.dailyStats);
      expect(kept.cards, `after step ${i}`).toEqual(read.cards);
      expect(kept.lessonProgress, `after step ${i}`).toEqual(read.lessonProgress);
      expect(kept.examDate, `after step ${i}`).toBe(read.examDate);
      expect(new Map([...(kept.ratings ?? [])].sort()), `after step ${i}`).toEqual(new Map([...(read.ratings ?? [])].sort()));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
