// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../../core/types';
import { db, type QuizSettings } from '../db/db';
import { createSession, getSession, sessionAnswers } from '../db/quiz';
import { QuizRun } from './quiz-run.svelte';

const T0 = new Date(2025, 2, 3, 9, 0, 0).getTime();

const question = (n: number): Question => ({
  id: `q${n}`,
  type: 'choice',
  kind: 'figure',
  prompt: `Question ${n}?`,
  options: ['1,440', '9,800', '11,200', '12,640'],
  answer: '11,200',
  factIds: [`forces-and-footprint:figure:${n}`],
  explanation: 'From "Forces and footprint": "MINUSMA could comprise up to 11,200 military personnel."',
  docId: 'forces-and-footprint',
});
const questions = [question(1), question(2), question(3)];

const settings = (over: Partial<QuizSettings>): QuizSettings => ({
  courseId: 'minusma',
  lessonIds: ['forces-and-footprint'],
  kinds: ['figure'],
  types: ['choice'],
  length: 3,
  mode: 'practice',
  timing: { kind: 'untimed' },
  timeFactor: 1,
  ...over,
});

let runs: QuizRun[] = [];
async function start(over: Partial<QuizSettings>, remainingMs: number | null): Promise<{ run: QuizRun; finished: string[] }> {
  const session = await createSession(settings(over), questions, 1, Date.now(), remainingMs);
  const finished: string[] = [];
  const run = await QuizRun.open(session.id, (id) => finished.push(id));
  if (!run) throw new Error('session did not open');
  runs.push(run);
  return { run, finished };
}

/** Moves the fake clock on, letting the store's real asynchronous work finish in between. */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: T0 });
  await Promise.all(db.tables.map((t) => t.clear()));
});

afterEach(() => {
  for (const r of runs) r.dispose();
  runs = [];
  vi.useRealTimers();
});

describe('a per-question clock', () => {
  it('counts down from a deadline, warns, announces at 10 s and times the question out', async () => {
    const { run } = await start({ timing: { kind: 'per-question', seconds: 15 } }, 15_000);
    expect(run.remaining).toBe(15_000);
    expect(run.warning).toBe(false);
    await advance(6_000);
    expect(run.remaining).toBe(9_000);
    expect(run.warning).toBe(true);
    expect(run.announcement).toBe('10 seconds left');
    await advance(9_000);
    await run.settled();
    expect(run.feedback?.correct).toBe(false);
    const [a] = await sessionAnswers(run.session.id);
    expect(a).toMatchObject({ questionId: 'q1', response: null, correct: false, timedOut: true, elapsedMs: 15_000 });
  });

  it('submits a choice the learner made but did not confirm when time runs out, graded', async () => {
    const { run } = await start({ timing: { kind: 'per-question', seconds: 15 } }, 15_000);
    run.setResponse('11,200');
    await advance(15_000);
    await run.settled();
    expect(run.feedback?.correct).toBe(true);
    expect((await sessionAnswers(run.session.id))[0]).toMatchObject({ response: '11,200', correct: true, timedOut: true });
  });

  it('in an exam, closes the expired question and moves to the next one still open', async () => {
    const { run } = await start({ mode: 'exam', timing: { kind: 'per-question', seconds: 15 } }, 15_000);
    await advance(15_000);
    await run.settled();
    expect(run.index).toBe(1);
    expect(run.statusOf(questions[0] as Question)).toBe('timed-out');
    run.goTo(0);
    expect(run.editable).toBe(false);
    expect(run.remaining).toBeNull();
    run.goTo(1);
    expect(run.remaining).toBe(15_000);
  });
});

describe('a whole-quiz clock', () => {
  it('ends the quiz when it runs out, the answered question kept and the rest timed out', async () => {
    const { run, finished } = await start({ mode: 'exam', timing: { kind: 'whole-quiz', minutes: 5 } }, 300_000);
    run.setResponse('11,200');
    await advance(300_000);
    await vi.waitFor(() => expect(finished).toEqual([run.session.id]));
    const answers = await sessionAnswers(run.session.id);
    expect(answers.map((a) => [a.questionId, a.correct, a.timedOut])).toEqual([
      ['q1', true, false],
      ['q2', false, true],
      ['q3', false, true],
    ]);
    expect((await getSession(run.session.id))?.score).toEqual({ correct: 1, total: 3, durationMs: 300_000 });
  });

  it('resumes with the time left at the last write; the time the app was closed does not count', async () => {
    const first = await start({ mode: 'exam', timing: { kind: 'whole-quiz', minutes: 5 } }, 300_000);
    await advance(40_000);
    first.run.setResponse('9,800');
    await first.run.settled();
    expect((await getSession(first.run.session.id))?.remainingMs).toBe(260_000);
    // The app is killed: no farewell write. It starts again an hour later.
    runs = [];
    vi.setSystemTime(T0 + 3_600_000);
    const again = await QuizRun.open(first.run.session.id, () => undefined);
    if (!again) throw new Error('not resumed');
    runs.push(again);
    expect(again.remaining).toBe(260_000);
    expect(again.draft).toEqual({ response: '9,800', touched: true });
    expect(again.answeredCount).toBe(1);
  });
});

describe('practice and exam answers', () => {
  it('practice: grades on submit, refuses an empty answer, and finishes after the last question', async () => {
    const { run, finished } = await start({}, null);
    expect(await run.submit()).toBe('incomplete');
    expect(run.notice).toMatch(/Choose one of the options/);
    for (const response of ['11,200', '1,440', '11,200']) {
      run.setResponse(response);
      expect(await run.submit()).toBe('checked');
      await run.submit();
    }
    expect(finished).toEqual([run.session.id]);
    expect((await getSession(run.session.id))?.score).toMatchObject({ correct: 2, total: 3 });
  });

  it('exam: a changed answer replaces the saved one, flags are kept, unanswered count as wrong', async () => {
    const { run, finished } = await start({ mode: 'exam' }, null);
    run.setResponse('1,440');
    run.setResponse('11,200');
    run.toggleFlag();
    await run.settled();
    expect(await sessionAnswers(run.session.id)).toHaveLength(1);
    expect((await sessionAnswers(run.session.id))[0]?.response).toBe('11,200');
    expect((await getSession(run.session.id))?.flagged).toEqual(['q1']);
    expect(run.unansweredCount).toBe(2);
    await run.submitQuiz();
    expect(finished).toEqual([run.session.id]);
    const answers = await sessionAnswers(run.session.id);
    expect(answers.map((a) => [a.questionId, a.correct, a.response])).toEqual([
      ['q1', true, '11,200'],
      ['q2', false, null],
      ['q3', false, null],
    ]);
  });
});

describe('actions that race', () => {
  it('acts once on a repeated Enter: no question is skipped (regression)', async () => {
    const { run } = await start({ mode: 'practice' }, null);
    run.setResponse('11,200');
    await run.submit();
    expect(run.feedback?.correct).toBe(true);
    await Promise.all([run.submit(), run.submit()]);
    expect(run.index).toBe(1);
    expect(run.answers.has('q2')).toBe(false);
  });

  it('keeps an exam answer as given when its question clock later runs out (regression)', async () => {
    const { run } = await start({ mode: 'exam', timing: { kind: 'per-question', seconds: 15 } }, 15_000);
    run.setResponse('11,200');
    await run.settled();
    await advance(16_000);
    await run.settled();
    const [first] = await sessionAnswers(run.session.id);
    expect(first).toMatchObject({ questionId: 'q1', correct: true, timedOut: false });
    expect(run.statusOf(questions[0] as Question)).toBe('answered');
    expect(run.index).toBe(1);
  });
});
