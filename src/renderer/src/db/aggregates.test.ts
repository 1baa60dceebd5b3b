import { describe, expect, it } from 'vitest';
import type { Question } from '../../../core/types';
import { Rating, State } from '../../../core/scheduling';
import { ANSWER_TABLES, applyAnswerAggregates, type DailyStatRow } from './aggregates';
import { reviewsOf } from './cards';
import type { AnswerRecord, DossierDb, QuizSession } from './db';
import { useTestDbs } from './test-db';

const T0 = new Date(2026, 2, 2, 10, 0, 0).getTime();
const DAY = 86_400_000;

const freshDb = useTestDbs('agg');
async function fresh(timeFactor = 1): Promise<DossierDb> {
  const db = freshDb();
  const session: QuizSession = {
    id: 's1',
    courseId: 'minusma',
    status: 'active',
    settings: { courseId: 'minusma', lessonIds: [], kinds: [], types: [], length: 0, mode: 'exam', timing: { kind: 'untimed' }, timeFactor },
    seed: 1,
    questions: [],
    startedAt: T0,
    updatedAt: T0,
    current: 0,
    remainingMs: null,
    flagged: [],
  };
  await db.quizSessions.add(session);
  return db;
}


const F1 = 'forces:figure:11200:abcd1234';
const F2 = 'creating:date:2013-04-25:0badf00d';
const F3 = 'creating:resolution:2100:12345678';

function question(id: string, factIds: string[], type: Question['type'] = 'choice'): Question {
  return { id, type, kind: 'figure', prompt: '?', answer: 'x', factIds, explanation: '' };
}

function answer(q: Question, over: Partial<AnswerRecord> = {}): AnswerRecord {
  return { sessionId: 's1', questionId: q.id, factIds: q.factIds, kind: q.kind, type: q.type, response: 'x', correct: true, timedOut: false, elapsedMs: 6000, answeredAt: T0, ...over };
}

/** What recordAnswer does: the answer and its aggregates in one transaction. */
async function record(db: DossierDb, q: Question, a: AnswerRecord): Promise<void> {
  await db.transaction('rw', [...ANSWER_TABLES], async () => {
    const previous = await db.answers.get([a.sessionId, a.questionId]);
    await db.answers.put(a);
    await applyAnswerAggregates(db, a, q, previous);
  });
}

describe('applyAnswerAggregates', () => {
  it('creates the card of a fact on its first answer and logs the review', async () => {
    const db = await fresh();
    const q = question('q1', [F1]);
    await record(db, q, answer(q));
    const card = await db.cards.get(F1);
    expect(card).toMatchObject({ factId: F1, courseId: 'minusma', docId: 'forces', kind: 'figure', reps: 1, state: State.Learning, lastReview: T0 });
    const logs = await reviewsOf(F1, db);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: Rating.Good, state: State.New, reviewedAt: T0, sessionId: 's1', questionId: 'q1', before: null });
  });

  it('rates by correctness and speed: wrong → Again, slow → Hard, fast → Easy', async () => {
    const db = await fresh();
    const cases: [string, Partial<AnswerRecord>, Rating][] = [
      ['wrong', { correct: false, elapsedMs: 2000 }, Rating.Again],
      ['timeout', { correct: false, timedOut: true, response: null, elapsedMs: 30000 }, Rating.Again],
      ['slow', { elapsedMs: 20000 }, Rating.Hard],
      ['fast', { elapsedMs: 1500 }, Rating.Easy],
    ];
    for (const [name, over, rating] of cases) {
      const q = question(name, [`forces:figure:${name}:00000000`]);
      await record(db, q, answer(q, over));
      expect((await reviewsOf(q.factIds[0] as string, db))[0]?.rating, name).toBe(rating);
    }
  });

  it('gives the extended-time factor of the quiz to the rating', async () => {
    const db = await fresh(2);
    const q = question('q1', [F1]);
    await record(db, q, answer(q, { elapsedMs: 20000 }));
    expect((await reviewsOf(F1, db))[0]?.rating).toBe(Rating.Good);
  });

  it('reviews every fact of a question about several facts with the same rating', async () => {
    const db = await fresh();
    const q = question('m1', [F2, F3], 'match');
    await record(db, q, answer(q, { correct: false }));
    const cards = await db.cards.bulkGet([F2, F3]);
    expect(cards.map((c) => c?.kind)).toEqual(['date', 'resolution']);
    expect(cards.map((c) => c?.docId)).toEqual(['creating', 'creating']);
    for (const f of [F2, F3]) expect((await reviewsOf(f, db)).map((l) => l.rating)).toEqual([Rating.Again]);
  });

  it('counts answers per day, per question type and per kind', async () => {
    const db = await fresh();
    const a = question('a', [F1]);
    const b = question('b', [F2], 'typed');
    await record(db, a, answer(a, { elapsedMs: 4000 }));
    await record(db, b, answer(b, { correct: false, kind: 'date', elapsedMs: 10000 }));
    const day = (await db.dailyStats.get('2026-03-02')) as DailyStatRow;
    expect(day).toMatchObject({ answers: 2, correct: 1, totalMs: 14000 });
    expect(day.byType).toEqual({ choice: { answers: 1, correct: 1, totalMs: 4000 }, typed: { answers: 1, correct: 0, totalMs: 10000 } });
    expect(day.byKind).toEqual({ figure: { answers: 1, correct: 1, totalMs: 4000 }, date: { answers: 1, correct: 0, totalMs: 10000 } });
  });

  it('takes back a replaced answer entirely: counts, card and log, as if only the new one was given', async () => {
    const db = await fresh();
    const q = question('q1', [F1]);
    await record(db, q, answer(q, { correct: false }));
    await record(db, q, answer(q, { correct: true, answeredAt: T0 + 5000 }));

    const other = await fresh();
    await record(other, q, answer(q, { correct: true, answeredAt: T0 + 5000 }));

    expect(await db.cards.get(F1)).toEqual(await other.cards.get(F1));
    const logs = await reviewsOf(F1, db);
    expect(logs.map((l) => l.rating)).toEqual([Rating.Good]);
    expect(await db.dailyStats.get('2026-03-02')).toMatchObject({ answers: 1, correct: 1, totalMs: 6000 });
  });

  it('replays later reviews of the fact when an earlier answer is replaced', async () => {
    const db = await fresh();
    const q1 = question('q1', [F1]);
    const q2 = question('q2', [F1], 'typed');
    await record(db, q1, answer(q1, { correct: false }));
    await record(db, q2, answer(q2, { type: 'typed', elapsedMs: 12_000, answeredAt: T0 + 60_000 }));
    await record(db, q1, answer(q1, { correct: true, answeredAt: T0 + 120_000 }));

    const logs = await reviewsOf(F1, db);
    expect(logs.map((l) => [l.questionId, l.rating])).toEqual([
      ['q2', Rating.Good],
      ['q1', Rating.Good],
    ]);
    expect(logs[0]?.before).toBeNull();
    expect((await db.cards.get(F1))?.reps).toBe(2);
  });

  it('takes a replaced answer back from its own day', async () => {
    const db = await fresh();
    const q = question('q1', [F1]);
    await record(db, q, answer(q, { answeredAt: T0 }));
    await record(db, q, answer(q, { answeredAt: T0 + DAY }));
    expect(await db.dailyStats.get('2026-03-02')).toMatchObject({ answers: 0, correct: 0, totalMs: 0 });
    expect(await db.dailyStats.get('2026-03-03')).toMatchObject({ answers: 1, correct: 1 });
  });

  it('neither reviews a fact nor counts an answer for a question left without an attempt when the quiz ended', async () => {
    const db = await fresh();
    const q = question('q1', [F1]);
    await record(db, q, answer(q, { response: null, correct: false, elapsedMs: 0 }));
    expect(await db.cards.get(F1)).toBeUndefined();
    expect(await db.reviewLogs.count()).toBe(0);
    // Regression: blanks filled in at the end inflated the day's answers and diluted response times.
    expect(await db.dailyStats.get('2026-03-02')).toBeUndefined();
  });

  it('leaves nothing behind when the answer’s transaction fails', async () => {
    const db = await fresh();
    const q = question('q1', [F1]);
    await expect(
      db.transaction('rw', [...ANSWER_TABLES], async () => {
        const a = answer(q);
        await db.answers.put(a);
        await applyAnswerAggregates(db, a, q);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await db.answers.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect(await db.reviewLogs.count()).toBe(0);
    expect(await db.dailyStats.count()).toBe(0);
  });
});
