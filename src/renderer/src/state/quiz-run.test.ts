// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../../core/types';
import { db, type QuizSettings } from '../db/db';
import { answerSettled, createSession, finishSession, getSession, overrideAnswer, recordAnswer, saveProgress, sessionAnswers, type AnswerInput } from '../db/quiz';
import { QuizRun, type QuizStore } from './quiz-run.svelte';

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
async function start(
  over: Partial<QuizSettings>,
  remainingMs: number | null,
  store?: QuizStore,
): Promise<{ run: QuizRun; finished: string[] }> {
  const session = await createSession(settings(over), questions, 1, Date.now(), remainingMs);
  const finished: string[] = [];
  const run = await QuizRun.open(session.id, (id) => finished.push(id), store ? { store } : {});
  if (!run) throw new Error('session did not open');
  runs.push(run);
  return { run, finished };
}

/** The real store, with some of its methods replaced. */
function realStore(over: Partial<QuizStore> = {}): QuizStore {
  return {
    getSession: (id) => getSession(id),
    sessionAnswers: (id) => sessionAnswers(id),
    saveProgress: (id, p, now) => saveProgress(id, p, now),
    finishSession: (id, o) => finishSession(id, o),
    overrideAnswer: (s, q, now) => overrideAnswer(s, q, now),
    recordAnswer: (input) => recordAnswer(input),
    settled: () => answerSettled(),
    ...over,
  };
}

/**
 * The real store, except that each answer's write waits until the test lets it through (or fails it):
 * what the screen shows while a transaction has not committed.
 */
function heldStore(): { store: QuizStore; held: () => number; release: () => Promise<void>; fail: () => Promise<void> } {
  const waiting: { go: () => void; no: (e: Error) => void }[] = [];
  const store = realStore({
    recordAnswer: (input: AnswerInput) => new Promise<void>((go, no) => waiting.push({ go, no })).then(() => recordAnswer(input)),
  });
  const settle = async (): Promise<void> => {
    await vi.advanceTimersByTimeAsync(0);
    await vi.waitFor(() => expect(waiting.length).toBeGreaterThan(0));
  };
  return {
    store,
    held: () => waiting.length,
    release: async () => {
      await settle();
      waiting.shift()?.go();
    },
    fail: async () => {
      await settle();
      waiting.shift()?.no(new Error('disk full'));
    },
  };
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
    // The killed run's listeners would otherwise outlive the test.
    runs.push(first.run);
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

describe('an answer counts once it is stored', () => {
  it('counts an answer once the safety copy has it, while an exam that runs out is submitted after the commits alone', async () => {
    let release = (): void => {};
    const copied = new Promise<void>((r) => (release = r));
    const store = realStore({ settled: () => copied });
    const { run, finished } = await start({ mode: 'exam', timing: { kind: 'per-question', seconds: 15 } }, 15_000, store);
    // Every question runs out, one after another, while the copy has not answered for any of them.
    await advance(45_000);
    await vi.waitFor(() => expect(finished).toEqual([run.session.id]));
    expect((await getSession(run.session.id))?.status).toBe('finished');
    expect(await sessionAnswers(run.session.id)).toHaveLength(3);
    release();
    await run.settled();
    expect(run.answeredCount).toBe(3);
  });

  it('practice: no verdict and no count while the write is held; both appear once it commits', async () => {
    const h = heldStore();
    const { run } = await start({}, null, h.store);
    run.setResponse('11,200');
    const checking = run.submit();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.saving).toBe(true);
    expect(run.isPending(questions[0] as Question)).toBe(true);
    expect(run.feedback).toBeNull();
    expect(run.answeredCount).toBe(0);
    expect(run.editable).toBe(false);
    // Enter again while it is written does nothing: it neither moves on nor writes twice.
    expect(await run.submit()).toBe('none');
    expect(run.index).toBe(0);
    await h.release();
    expect(await checking).toBe('checked');
    expect(run.saving).toBe(false);
    expect(run.feedback?.correct).toBe(true);
    expect(run.answeredCount).toBe(1);
    expect(await sessionAnswers(run.session.id)).toHaveLength(1);
  });

  it('practice: a write that fails is not counted and the quiz does not move past it', async () => {
    const h = heldStore();
    const { run } = await start({}, null, h.store);
    run.setResponse('11,200');
    const checking = run.submit();
    await h.fail();
    expect(await checking).toBe('none');
    expect(run.answeredCount).toBe(0);
    expect(run.feedback).toBeNull();
    expect(run.notice).toMatch(/could not be saved/);
    await run.next();
    expect(run.index).toBe(0);
    expect(run.editable).toBe(true);
  });

  it('exam: "save and next" moves on with the answer shown as saving, counted once stored', async () => {
    const h = heldStore();
    const { run } = await start({ mode: 'exam' }, null, h.store);
    run.setResponse('11,200');
    expect(await run.submit()).toBe('moved');
    expect(run.index).toBe(1);
    expect(run.statusOf(questions[0] as Question)).toBe('unanswered');
    expect(run.isPending(questions[0] as Question)).toBe(true);
    expect(run.saving).toBe(true);
    await h.release();
    await run.settled();
    expect(run.statusOf(questions[0] as Question)).toBe('answered');
    expect(run.saving).toBe(false);
  });

  it('exam: leaving a question by the palette shows its answer pending until it is stored', async () => {
    const h = heldStore();
    const { run } = await start({ mode: 'exam' }, null, h.store);
    run.setResponse('11,200');
    run.goTo(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(run.isPending(questions[0] as Question)).toBe(true);
    expect(run.answeredCount).toBe(0);
    // Submitting the quiz waits for it too: the stored result has the answer, not a blank.
    const submitting = run.submitQuiz();
    await h.release();
    await submitting;
    expect(run.phase).toBe('finished');
    expect((await sessionAnswers(run.session.id)).find((a) => a.questionId === 'q1')).toMatchObject({ response: '11,200', correct: true });
  });
});

describe('a hidden window', () => {
  let hidden = false;
  beforeEach(() => {
    hidden = false;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  });
  const setHidden = (value: boolean): void => {
    hidden = value;
    document.dispatchEvent(new Event('visibilitychange'));
  };

  it('stops the 250 ms tick while hidden and keeps one timeout for the deadline', async () => {
    const { run } = await start({ mode: 'exam', timing: { kind: 'whole-quiz', minutes: 5 } }, 300_000);
    await run.settled();
    const visible = vi.getTimerCount();
    setHidden(true);
    await run.settled();
    // Only the tick goes; the deadline's timeout stays (and still ends the quiz, below).
    expect(vi.getTimerCount()).toBe(visible - 1);
    await advance(60_000);
    expect(run.now).toBe(T0);
    setHidden(false);
    expect(run.now).toBe(T0 + 60_000);
    expect(vi.getTimerCount()).toBe(visible);
  });

  it('submits a whole-quiz exam at its deadline while hidden, timed at the deadline', async () => {
    const { run, finished } = await start({ mode: 'exam', timing: { kind: 'whole-quiz', minutes: 5 } }, 300_000);
    await advance(10_000);
    setHidden(true);
    await advance(290_000);
    await vi.waitFor(() => expect(finished).toEqual([run.session.id]));
    expect((await getSession(run.session.id))?.finishedAt).toBe(T0 + 300_000);
  });

  it('on coming back, closes every overdue question at its own deadline, chained from the one before', async () => {
    const { run } = await start({ mode: 'exam', timing: { kind: 'per-question', seconds: 15 } }, 15_000);
    setHidden(true);
    // The one timeout fires late (a throttled window): 40 s, not 15 s, after the start.
    vi.clearAllTimers();
    vi.setSystemTime(T0 + 40_000);
    setHidden(false);
    await run.settled();
    const answers = await sessionAnswers(run.session.id);
    expect(answers.map((a) => [a.questionId, a.timedOut, a.answeredAt, a.elapsedMs])).toEqual([
      ['q1', true, T0 + 15_000, 15_000],
      ['q2', true, T0 + 30_000, 15_000],
    ]);
    // The third question started at the second's deadline: 5 s of its 15 are left, not 15.
    expect(run.index).toBe(2);
    expect(run.remaining).toBe(5_000);
  });

  it('ends a per-question exam at the last deadline when every clock ran out while hidden', async () => {
    const { run, finished } = await start({ mode: 'exam', timing: { kind: 'per-question', seconds: 15 } }, 15_000);
    setHidden(true);
    vi.clearAllTimers();
    vi.setSystemTime(T0 + 600_000);
    setHidden(false);
    await vi.waitFor(() => expect(finished).toEqual([run.session.id]));
    const answers = await sessionAnswers(run.session.id);
    expect(answers.map((a) => a.answeredAt)).toEqual([T0 + 15_000, T0 + 30_000, T0 + 45_000]);
    expect((await getSession(run.session.id))?.finishedAt).toBe(T0 + 45_000);
  });
});
