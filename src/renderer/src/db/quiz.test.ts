import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../../core/types';
import type { QuizSettings } from './db';
import { useTestDbs } from './test-db';
import {
  abandonSession,
  activeSession,
  createSession,
  finishedSessions,
  finishSession,
  getSession,
  QuizSessionError,
  recordAnswer,
  saveProgress,
  sessionAnswers,
  studiedLessonIds,
} from './quiz';

const fresh = useTestDbs('quiz');

afterEach(() => vi.restoreAllMocks());

// 3 March 2025, 10:00 local time: every write below happens the same day.
const T0 = new Date(2025, 2, 3, 10, 0, 0).getTime();

const settings: QuizSettings = {
  courseId: 'minusma',
  lessonIds: ['creating-the-mission'],
  kinds: ['date', 'resolution', 'figure'],
  types: ['choice', 'typed'],
  length: 3,
  mode: 'practice',
  timing: { kind: 'per-question', seconds: 30 },
  timeFactor: 1,
};

const question = (n: number): Question => ({
  id: `q${n}`,
  type: 'choice',
  kind: 'resolution',
  prompt: `Question ${n}?`,
  options: ['Resolution 2085', 'Resolution 2100', 'Resolution 2164', 'Resolution 2227'],
  answer: 'Resolution 2100',
  factIds: [`creating-the-mission:resolution:${n}`],
  explanation: 'From "Creating the mission": "The Council did so in resolution 2100."',
  docId: 'creating-the-mission',
});
const questions = [question(1), question(2), question(3)];

const answer = (sessionId: string, n: number, correct: boolean, at: number, remainingMs: number | null = 20_000) => ({
  sessionId,
  question: question(n),
  response: correct ? 'Resolution 2100' : 'Resolution 2085',
  correct,
  timedOut: false,
  elapsedMs: 10_000,
  answeredAt: at,
  progress: { current: n, remainingMs, activeMs: n * 10_000 },
});

describe('a quiz session', () => {
  it('is stored the moment it starts, with its questions, seed and settings', async () => {
    const db = fresh();
    const s = await createSession(settings, questions, 42, T0, 30_000, db);
    const stored = await getSession(s.id, db);
    expect(stored).toMatchObject({ status: 'active', seed: 42, settings, questions, startedAt: T0, current: 0, remainingMs: 30_000, flagged: [] });
    expect((await activeSession(db))?.id).toBe(s.id);
  });

  it('sets aside a quiz still running when a new one starts, so only one can be resumed', async () => {
    const db = fresh();
    const first = await createSession(settings, questions, 1, T0, null, db);
    const second = await createSession(settings, questions, 2, T0 + 1000, null, db);
    expect((await getSession(first.id, db))?.status).toBe('abandoned');
    expect((await activeSession(db))?.id).toBe(second.id);
  });
});

describe('recordAnswer', () => {
  it('writes the answer, the session position and the day total together', async () => {
    const db = fresh();
    const s = await createSession(settings, questions, 1, T0, 30_000, db);
    await recordAnswer(answer(s.id, 1, true, T0 + 10_000, 30_000), db);
    expect(await db.answers.get([s.id, 'q1'])).toMatchObject({ correct: true, response: 'Resolution 2100', elapsedMs: 10_000, answeredAt: T0 + 10_000, docId: 'creating-the-mission', kind: 'resolution', type: 'choice' });
    expect(await getSession(s.id, db)).toMatchObject({ current: 1, remainingMs: 30_000, activeMs: 10_000, updatedAt: T0 + 10_000 });
    expect(await db.dailyStats.get('2025-03-03')).toMatchObject({ day: '2025-03-03', answers: 1, correct: 1, totalMs: 10_000 });
    // The spaced-repetition card of the fact asked about is updated in the same write.
    expect(await db.cards.get('creating-the-mission:resolution:1')).toBeDefined();
  });

  it('replaces a changed answer (exam mode) and takes the old one back out of the totals', async () => {
    const db = fresh();
    const s = await createSession({ ...settings, mode: 'exam' }, questions, 1, T0, null, db);
    await recordAnswer(answer(s.id, 1, false, T0 + 5000), db);
    await recordAnswer(answer(s.id, 1, true, T0 + 9000), db);
    expect(await sessionAnswers(s.id, db)).toHaveLength(1);
    expect((await db.answers.get([s.id, 'q1']))?.correct).toBe(true);
    expect(await db.dailyStats.get('2025-03-03')).toMatchObject({ day: '2025-03-03', answers: 1, correct: 1, totalMs: 10_000 });
  });

  it('writes nothing at all when any part of the transaction fails', async () => {
    const db = fresh();
    const s = await createSession(settings, questions, 1, T0, 30_000, db);
    vi.spyOn(db.dailyStats, 'put').mockRejectedValue(new Error('disk full'));
    await expect(recordAnswer(answer(s.id, 1, true, T0 + 10_000), db)).rejects.toThrow('disk full');
    expect(await db.answers.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect((await getSession(s.id, db))?.current).toBe(0);
  });

  it('refuses an answer to a quiz that is over', async () => {
    const db = fresh();
    const s = await createSession(settings, questions, 1, T0, 30_000, db);
    await finishSession(s.id, { now: T0 + 1000, activeMs: 1000, unanswered: 'no-answer' }, db);
    await expect(recordAnswer(answer(s.id, 1, true, T0 + 2000), db)).rejects.toBeInstanceOf(QuizSessionError);
    await expect(recordAnswer(answer('nope', 1, true, T0 + 2000), db)).rejects.toBeInstanceOf(QuizSessionError);
  });
});

describe('finishSession', () => {
  it('marks the questions left unanswered as timed out and wrong, and writes the score', async () => {
    const db = fresh();
    const s = await createSession({ ...settings, timing: { kind: 'whole-quiz', minutes: 5 } }, questions, 1, T0, 300_000, db);
    await recordAnswer(answer(s.id, 1, true, T0 + 10_000), db);
    const done = await finishSession(s.id, { now: T0 + 300_000, activeMs: 300_000, unanswered: 'timed-out' }, db);
    expect(done).toMatchObject({ status: 'finished', finishedAt: T0 + 300_000, score: { correct: 1, total: 3, durationMs: 300_000 } });
    expect(await getSession(s.id, db)).toMatchObject({ status: 'finished', score: { correct: 1, total: 3 } });
    const rows = await sessionAnswers(s.id, db);
    expect(rows.map((r) => [r.questionId, r.correct, r.timedOut, r.response])).toEqual([
      ['q1', true, false, 'Resolution 2100'],
      ['q2', false, true, null],
      ['q3', false, true, null],
    ]);
    expect(await db.dailyStats.get('2025-03-03')).toMatchObject({ answers: 3, correct: 1 });
    expect(await activeSession(db)).toBeUndefined();
  });

  it('records an unanswered exam question as "no answer", not as timed out', async () => {
    const db = fresh();
    const s = await createSession({ ...settings, mode: 'exam', timing: { kind: 'untimed' } }, questions, 1, T0, null, db);
    await finishSession(s.id, { now: T0 + 60_000, activeMs: 60_000, unanswered: 'no-answer' }, db);
    expect((await sessionAnswers(s.id, db)).every((r) => r.response === null && !r.timedOut && !r.correct)).toBe(true);
  });
});

describe('progress and history', () => {
  it('saves the clock and flags of a running quiz, and leaves a finished one alone', async () => {
    const db = fresh();
    const s = await createSession({ ...settings, mode: 'exam' }, questions, 1, T0, 300_000, db);
    await saveProgress(s.id, { current: 2, remainingMs: 123_000, activeMs: 177_000, flagged: ['q2'], clocks: { q1: 4000 } }, T0 + 5000, db);
    expect(await getSession(s.id, db)).toMatchObject({ current: 2, remainingMs: 123_000, activeMs: 177_000, flagged: ['q2'], clocks: { q1: 4000 } });
    await finishSession(s.id, { now: T0 + 6000, activeMs: 178_000, unanswered: 'no-answer' }, db);
    await saveProgress(s.id, { current: 0, remainingMs: 1, activeMs: 1 }, T0 + 7000, db);
    expect((await getSession(s.id, db))?.current).toBe(2);
  });

  it('lists finished quizzes newest first and forgets abandoned ones', async () => {
    const db = fresh();
    const a = await createSession(settings, questions, 1, T0, null, db);
    await finishSession(a.id, { now: T0 + 1, activeMs: 1, unanswered: 'no-answer' }, db);
    const b = await createSession(settings, questions, 2, T0 + 100, null, db);
    await abandonSession(b.id, T0 + 200, db);
    const c = await createSession(settings, questions, 3, T0 + 300, null, db);
    await finishSession(c.id, { now: T0 + 301, activeMs: 1, unanswered: 'no-answer' }, db);
    expect((await finishedSessions(20, db)).map((s) => s.id)).toEqual([c.id, a.id]);
    expect((await getSession(b.id, db))?.status).toBe('abandoned');
    expect(await activeSession(db)).toBeUndefined();
  });

  it('finds the lessons a learner studied', async () => {
    const db = fresh();
    await db.lessonProgress.bulkPut([
      { courseId: 'minusma', lessonId: 'a', state: 'studied', percent: 100, position: 1, updatedAt: T0 },
      { courseId: 'minusma', lessonId: 'b', state: 'in-progress', percent: 40, position: 0.4, updatedAt: T0 },
      { courseId: 'other', lessonId: 'c', state: 'studied', percent: 100, position: 1, updatedAt: T0 },
    ]);
    expect(await studiedLessonIds('minusma', db)).toEqual(['a']);
  });
});
