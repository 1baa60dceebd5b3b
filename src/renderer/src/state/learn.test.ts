// @vitest-environment jsdom
// Learn mode and "I was right", on state built from plain data: questions written here, a fresh
// database per test, a fake clock that moves only when told, and timers that never fire.
import { describe, expect, it } from 'vitest';
import type { Question, QuestionType } from '../../../core/types';
import { planLearn } from '../../../core/learn';
import type { DossierDb, QuizSettings } from '../db/db';
import { useTestDbs } from '../db/test-db';
import type { ReviewLogRow } from '../db/cards';
import {
  createLearnSession,
  createSession,
  finishSession,
  getSession,
  overrideAnswer,
  recordAnswer,
  answerSettled,
  saveProgress,
  sessionAnswers,
} from '../db/quiz';
import { localDay } from '../db/aggregates';
import { QuizRun, type QuizRunDeps } from './quiz-run.svelte';
import { QuizResults } from './quiz-results.svelte';
import type { QuizStore, Timers } from './quiz-store';

const fresh = useTestDbs('learn');

// 3 March 2025, 9:00 local time.
const T0 = new Date(2025, 2, 3, 9, 0, 0).getTime();

const ask = (fact: string, type: QuestionType): Question => ({
  id: `${fact}-${type}`,
  type,
  kind: 'figure',
  prompt: `How many (${fact}, ${type})?`,
  answer: type === 'truefalse' ? true : '11,200',
  ...(type === 'choice' ? { options: ['1,440', '9,800', '11,200', '12,640'] } : {}),
  factIds: [`forces-and-footprint:figure:${fact}`],
  explanation: 'From "Forces and footprint": "MINUSMA could comprise up to 11,200 military personnel."',
  docId: 'forces-and-footprint',
});

const settings = (mode: QuizSettings['mode'], types: QuestionType[]): QuizSettings => ({
  courseId: 'minusma',
  lessonIds: ['forces-and-footprint'],
  kinds: ['figure'],
  types,
  length: 3,
  mode,
  timing: { kind: 'untimed' },
  timeFactor: 1,
});

const noTimers: Timers = { setInterval: () => 0, clearInterval: () => undefined, deadline: () => ({ arm: () => undefined, cancel: () => undefined }) };

/** The real repositories over one test database. */
function storeOn(db: DossierDb): QuizStore {
  return {
    getSession: (id) => getSession(id, db),
    sessionAnswers: (id) => sessionAnswers(id, db),
    recordAnswer: (input) => recordAnswer(input, db),
    settled: () => answerSettled(db),
    saveProgress: (id, p, now) => saveProgress(id, p, now, db),
    finishSession: (id, o) => finishSession(id, o, db),
    overrideAnswer: (s, q, now) => overrideAnswer(s, q, now, db),
  };
}

function setup(): { db: DossierDb; deps: QuizRunDeps; clock: { t: number } } {
  const db = fresh();
  const clock = { t: T0 };
  const deps: QuizRunDeps = { store: storeOn(db), now: () => clock.t, timers: noTimers, hub: { refresh: async () => undefined } };
  return { db, deps, clock };
}

async function open(id: string, deps: QuizRunDeps, finished: string[] = []): Promise<QuizRun> {
  const run = await QuizRun.open(id, (done) => finished.push(done), deps);
  if (!run) throw new Error('session did not open');
  return run;
}

/** Answers the question on screen: right, or wrong, in its own type. */
function respond(run: QuizRun, right: boolean): void {
  const q = run.current;
  if (q.type === 'truefalse') run.setResponse(right);
  else if (q.type === 'choice') run.setResponse(right ? '11,200' : '9,800');
  else run.setResponse(right ? '11200' : '9800');
}

async function learnSession(db: DossierDb): Promise<string> {
  const types: QuestionType[] = ['choice', 'typed', 'truefalse'];
  const every = ['a', 'b', 'c'].flatMap((f) => types.map((t) => ask(f, t)));
  const { questions, plan } = planLearn([ask('a', 'choice'), ask('b', 'choice'), ask('c', 'choice')], every);
  return (await createLearnSession(settings('learn', types), questions, plan, 1, T0, db)).id;
}

describe('learn mode', () => {
  it('says a miss comes back the same way when its item has no question of another type', async () => {
    const { db, deps } = setup();
    const { questions, plan } = planLearn([ask('a', 'truefalse'), ask('b', 'truefalse')], [ask('a', 'truefalse'), ask('b', 'truefalse')]);
    const run = await open((await createLearnSession(settings('learn', ['truefalse']), questions, plan, 1, T0, db)).id, deps);
    respond(run, false);
    expect(await run.submit()).toBe('checked');
    expect(run.reaskWay).toBe('same');
    expect(run.questions.at(-1)?.type).toBe('truefalse');
  });

  it('asks a missed item again in another type, and ends once every item was right once', async () => {
    const { db, deps, clock } = setup();
    const finished: string[] = [];
    const run = await open(await learnSession(db), deps, finished);
    expect(run.learned).toEqual({ learned: 0, total: 3 });

    respond(run, false);
    clock.t += 4_000;
    expect(await run.submit()).toBe('checked');
    expect(run.feedback?.correct).toBe(false);
    expect(run.questions).toHaveLength(4);
    const reask = run.questions[3] as Question;
    expect(reask.factIds).toEqual(run.questions[0]?.factIds);
    expect(reask.type).not.toBe('choice');
    expect(run.reaskWay).toBe('other');

    for (const _ of [1, 2]) {
      await run.submit();
      respond(run, true);
      clock.t += 3_000;
      await run.submit();
    }
    expect(run.learned).toEqual({ learned: 2, total: 3 });
    await run.submit();
    expect(run.current.id).toBe(reask.id);
    respond(run, true);
    await run.submit();
    expect(run.learned).toEqual({ learned: 3, total: 3 });
    await run.submit();

    expect(run.phase).toBe('finished');
    expect(finished).toEqual([run.session.id]);
    const session = await getSession(run.session.id, db);
    expect(session?.score).toMatchObject({ correct: 3, total: 4 });
    const answers = await sessionAnswers(run.session.id, db);
    expect(answers.map((a) => [a.questionId, a.correct])).toEqual(
      expect.arrayContaining([
        ['a-choice', false],
        [reask.id, true],
        ['b-choice', true],
        ['c-choice', true],
      ]),
    );
    // Learn answers rate the cards as quiz answers do: the missed fact has two reviews, a lapse then a pass.
    const logs = (await db.reviewLogs.where('factId').equals('forces-and-footprint:figure:a').toArray()) as ReviewLogRow[];
    expect(logs.map((l) => l.rating)).toEqual([1, expect.any(Number)]);
    expect(logs[1]?.rating).toBeGreaterThan(1);
    run.dispose();
  });

  it('resumes after a reload with the re-ask still queued, on the first question not yet answered', async () => {
    const { db, deps } = setup();
    const id = await learnSession(db);
    const first = await open(id, deps);
    respond(first, false);
    await first.submit();
    first.dispose();

    const again = await open(id, deps);
    expect(again.questions).toHaveLength(4);
    expect(again.current.id).toBe('b-choice');
    expect(again.learned).toEqual({ learned: 0, total: 3 });
    again.dispose();
  });

  it('re-asks the same question under a new id when only one type was chosen', async () => {
    const { db, deps } = setup();
    const { questions, plan } = planLearn([ask('a', 'typed')], [ask('a', 'typed')]);
    const run = await open((await createLearnSession(settings('learn', ['typed']), questions, plan, 1, T0, db)).id, deps);
    respond(run, false);
    await run.submit();
    expect(run.questions.map((q) => q.id)).toEqual(['a-typed', 'a-typed~2']);
    await run.submit();
    expect(run.current.id).toBe('a-typed~2');
    run.dispose();
  });
});

describe('"I was right"', () => {
  it('counts a typed answer marked wrong as right: verdict, day totals and FSRS rating, keeping the original', async () => {
    const { db, deps, clock } = setup();
    const id = (await createSession(settings('practice', ['typed']), [ask('a', 'typed'), ask('b', 'typed')], 1, T0, null, db)).id;
    const run = await open(id, deps);
    run.setResponse('eleven thousand two hundred troops at most');
    clock.t += 8_000;
    await run.submit();
    expect(run.feedback?.correct).toBe(false);
    expect(run.canOverride).toBe(true);
    const ratingBefore = (await db.reviewLogs.toArray())[0]?.rating;
    expect(ratingBefore).toBe(1);

    clock.t += 2_000;
    expect(await run.overrule()).toBe(true);
    expect(run.feedback?.correct).toBe(true);
    expect(run.canOverride).toBe(false);
    const [row] = await sessionAnswers(id, db);
    expect(row).toMatchObject({
      response: 'eleven thousand two hundred troops at most',
      correct: true,
      originalCorrect: false,
      overriddenAt: T0 + 10_000,
      answeredAt: T0 + 8_000,
    });
    expect(await db.dailyStats.get(localDay(T0))).toMatchObject({ answers: 1, correct: 1 });
    const logs = await db.reviewLogs.toArray();
    expect(logs).toHaveLength(1);
    expect(logs[0]?.rating).toBeGreaterThan(1);
    expect((await db.cards.get('forces-and-footprint:figure:a'))?.lapses).toBe(0);

    // A reload shows the answer as counted right, and offers nothing more.
    run.dispose();
    const again = await open(id, deps);
    expect(again.current.id).toBe('b-typed');
    again.dispose();
  });

  it('is not offered on a right answer, a choice question or in an exam', async () => {
    const { db, deps } = setup();
    const id = (await createSession(settings('practice', ['typed', 'choice']), [ask('a', 'typed'), ask('b', 'choice')], 1, T0, null, db)).id;
    const run = await open(id, deps);
    respond(run, true);
    await run.submit();
    expect(run.canOverride).toBe(false);
    await run.submit();
    respond(run, false);
    await run.submit();
    expect(run.canOverride).toBe(false);
    expect(await run.overrule()).toBe(false);
    await expect(overrideAnswer(id, 'b-choice', T0, db)).rejects.toMatchObject({ code: 'not-overridable' });
    run.dispose();
  });

  it('in learn mode drops the re-ask the miss had queued, so the session can end', async () => {
    const { db, deps } = setup();
    const { questions, plan } = planLearn([ask('a', 'typed')], [ask('a', 'typed'), ask('a', 'choice')]);
    const finished: string[] = [];
    const run = await open((await createLearnSession(settings('learn', ['typed', 'choice']), questions, plan, 1, T0, db)).id, deps, finished);
    run.setResponse('eleven thousand two hundred troops at most');
    await run.submit();
    expect(run.questions).toHaveLength(2);
    await run.overrule();
    expect(run.questions.map((q) => q.id)).toEqual(['a-typed']);
    expect(run.learned).toEqual({ learned: 1, total: 1 });
    await run.submit();
    expect(run.phase).toBe('finished');
    expect((await getSession(run.session.id, db))?.score).toMatchObject({ correct: 1, total: 1 });
  });

  it('on the results of a finished exam corrects the score and the review', async () => {
    const { db, deps, clock } = setup();
    const id = (await createSession({ ...settings('exam', ['typed']), length: 2 }, [ask('a', 'typed'), ask('b', 'typed')], 1, T0, null, db)).id;
    const run = await open(id, deps);
    run.setResponse('eleven thousand two hundred troops at most');
    await run.submit();
    run.setResponse('11200');
    await run.submitQuiz();
    expect(run.phase).toBe('finished');

    clock.t += 60_000;
    const results = new QuizResults(deps.store, deps.now, { refresh: async () => undefined, retryMissed: async () => '' });
    await results.load(id);
    expect(results.score).toMatchObject({ correct: 1, total: 2 });
    const item = results.review.find((r) => r.question.id === 'a-typed');
    expect(item).toMatchObject({ outcome: 'wrong', overridable: true, overridden: false });
    expect(await results.overrule('a-typed')).toBe(true);
    expect(results.score).toMatchObject({ correct: 2, total: 2, percent: 100 });
    expect(results.review.find((r) => r.question.id === 'a-typed')).toMatchObject({ outcome: 'correct', overridable: false, overridden: true });
    expect(results.missed).toEqual([]);
    expect((await getSession(id, db))?.score).toMatchObject({ correct: 2, total: 2 });
    expect(await db.dailyStats.get(localDay(T0))).toMatchObject({ answers: 2, correct: 2 });
    // Asked twice, the second time it is refused.
    expect(await results.overrule('a-typed')).toBe(false);
    expect(results.error).toMatch(/^Only a typed answer marked wrong can be counted as right/);
  });
});
