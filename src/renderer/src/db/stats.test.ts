import { describe, expect, it } from 'vitest';
import { useTestDbs } from './test-db';
import { loadDashboardSource, saveExamDate } from './stats';

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

  it('has no exam date until one is set, and forgets it when cleared', async () => {
    const db = fresh();
    expect((await loadDashboardSource(db)).examDate).toBeNull();
    await saveExamDate('2026-05-05', db);
    await saveExamDate(null, db);
    expect((await loadDashboardSource(db)).examDate).toBeNull();
  });
});
