import { gradeResponse } from '../../../core/grade';
import type { Grade, Question, Response } from '../../../core/types';
import {
  announcementThresholds,
  chainDeadlines,
  crossedThreshold,
  describeRemaining,
  isWarning,
  limitMs,
  deadlineFrom,
  remaining as remainingAt,
  type Timing,
} from '../../../core/timer';
import { answersById, withAnswer, withoutAnswer } from '../../../core/quiz-results';
import { learnProgress, reaskFor } from '../../../core/learn';
import type { AnswerRow, QuizProgress, QuizSessionRow, Unanswered } from '../db/quiz';
import { quizHub } from './quiz.svelte';
import { browserTimers, dbQuizStore, systemClock, type Clock, type QuizStore, type Timers } from './quiz-store';
import { describeError } from '../lib/describe-error';
import type { DeadlineTimer } from './deadline-timer';

export type { QuizStore };

/** What a quiz run is built from; every field has a default (the database, the system clock, the page's timers). */
export interface QuizRunDeps {
  store: QuizStore;
  now: Clock;
  timers: Timers;
  /** Told when a quiz ends, so the quiz area's lists are re-read. */
  hub: { refresh(): Promise<void> };
}

/** What the learner has put in a question so far. `touched` says they changed it themselves. */
export interface Draft {
  response: Response | null;
  touched: boolean;
}

/** A question's state as the palette and the screen show it. */
export type QuestionStatus = 'unanswered' | 'answered' | 'timed-out';

const TICK_MS = 250;
const PERSIST_EVERY_MS = 5_000;

function initialDraft(q: Question): Draft {
  if (q.type === 'order') return { response: [...(q.options ?? [])], touched: false };
  if (q.type === 'match') return { response: (q.left ?? []).map(() => ''), touched: false };
  return { response: null, touched: false };
}

/** Whether a draft is an answer the learner can submit on purpose. */
export function isComplete(q: Question, draft: Draft): boolean {
  const r = draft.response;
  switch (q.type) {
    case 'choice':
      return typeof r === 'string' && r !== '';
    case 'typed':
      return typeof r === 'string' && r.trim() !== '';
    case 'truefalse':
      return typeof r === 'boolean';
    case 'order':
      return Array.isArray(r);
    case 'match':
      return Array.isArray(r) && r.length === (q.left?.length ?? 0) && r.every((v) => v !== '');
  }
}

/** What to tell the learner when they submit an incomplete draft. */
export function incompleteHint(q: Question): string {
  switch (q.type) {
    case 'choice':
      return 'Choose one of the options first (keys 1–4 or A–D).';
    case 'typed':
      return 'Type your answer first.';
    case 'truefalse':
      return 'Choose True or False first (keys T or F).';
    case 'order':
      return 'Put the items in order first.';
    case 'match':
      return 'Choose a partner for every item first.';
  }
}

const sameResponse = (a: Response | null, b: Response | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A quiz being taken. The clock is a deadline: what is shown is always `deadline - this.#clock()`, the
 * interval only asks for a re-render, and stops while the window is hidden (one timeout then waits
 * for the exact deadline). Every answer is written the moment it is given, and counts on screen
 * (verdict, "N of M answered") only once its transaction has committed; until then it is `pending`.
 * Where the learner is (and the time left) is also written when the window is hidden or the quiz is left.
 */
export class QuizRun {
  readonly session: QuizSessionRow;
  /** The questions in the order asked; in learn mode a miss adds its re-ask at the end once stored. */
  questions = $state.raw<Question[]>([]);
  readonly mode: 'practice' | 'exam' | 'learn';
  readonly timing: Timing;
  /** The time allowed for one question or the whole quiz, extended-time factor applied; null when untimed. */
  readonly limit: number | null;
  readonly #thresholds: number[];

  index = $state(0);
  /** Answers the store has committed: only these count. */
  answers = $state.raw<ReadonlyMap<string, AnswerRow>>(answersById<AnswerRow>([]));
  /** Answers given whose write has not committed yet, by question id. */
  pending = $state.raw<ReadonlyMap<string, AnswerRow>>(answersById<AnswerRow>([]));
  drafts = $state.raw<Readonly<Record<string, Draft>>>({});
  /** Practice mode: the grade of the current question once answered. */
  feedback = $state.raw<Grade | null>(null);
  /** Learn mode, after a miss: whether it comes back in another type, or as it was (its item has no other). */
  reaskWay = $state<'other' | 'same' | null>(null);
  flagged = $state.raw<string[]>([]);
  /** Re-render trigger for the clock; the value shown is computed from the deadline. */
  now = $state(0);
  deadline = $state<number | null>(null);
  /** The latest time announcement for screen readers. */
  announcement = $state('');
  /** A sentence for the learner when something needs their attention (an incomplete answer, a failed write). */
  notice = $state('');
  phase = $state<'running' | 'finishing' | 'finished'>('running');

  #clocks: Record<string, number>;
  #spent: Record<string, number> = {};
  #shownAt: number;
  #activeBase: number;
  #segmentStart: number;
  #lastRemaining: number | null = null;
  #interval: unknown;
  /** The running clock's deadline: timed by a worker too, so that it fires on time in a hidden window. */
  #timeout: DeadlineTimer;
  #writes: Promise<unknown> = Promise.resolve();
  /** Every store write, in the order asked: what a later write waits for (see #commit). */
  #commits: Promise<unknown> = Promise.resolve();
  /** Set while submit/next/submit-quiz runs, so a repeated Enter cannot act twice (and skip a question). */
  #acting = false;
  #lastPersist: number;
  #onFinish: (id: string) => void;
  #disposers: (() => void)[] = [];
  #store: QuizStore;
  #clock: Clock;
  #timers: Timers;
  #hub: QuizRunDeps['hub'];

  /** Builds a run from a stored session and its answers; {@link QuizRun.open} reads them from the store. */
  constructor(session: QuizSessionRow, answers: AnswerRow[], onFinish: (id: string) => void, deps: QuizRunDeps) {
    this.#store = deps.store;
    this.#clock = deps.now;
    this.#timers = deps.timers;
    this.#timeout = deps.timers.deadline();
    this.#hub = deps.hub;
    const t = this.#clock();
    this.now = t;
    this.#shownAt = t;
    this.#segmentStart = t;
    this.#lastPersist = t;
    this.session = session;
    this.questions = session.questions;
    this.mode = session.settings.mode;
    this.timing = session.settings.timing;
    this.limit = limitMs(session.settings.timing, session.settings.timeFactor);
    this.#thresholds = this.limit === null ? [] : announcementThresholds(this.timing, this.limit);
    this.#clocks = { ...(session.clocks ?? {}) };
    this.#activeBase = session.activeMs ?? 0;
    this.flagged = [...session.flagged];
    this.answers = answersById(answers);
    const drafts: Record<string, Draft> = {};
    for (const q of this.questions) {
      const given = this.answers.get(q.id);
      drafts[q.id] = given && given.response !== null ? { response: given.response, touched: true } : initialDraft(q);
      if (given) this.#spent[q.id] = given.elapsedMs;
    }
    this.drafts = drafts;
    this.#onFinish = onFinish;
  }

  /**
   * Opens a stored session; null when it does not exist. A finished one opens with phase `finished`.
   * `deps` defaults to the database, the system clock and the page's timers.
   */
  static async open(id: string, onFinish: (id: string) => void, deps: Partial<QuizRunDeps> = {}): Promise<QuizRun | null> {
    const full: QuizRunDeps = { store: dbQuizStore, now: systemClock, timers: browserTimers, hub: quizHub, ...deps };
    const session = await full.store.getSession(id);
    if (!session) return null;
    const run = new QuizRun(session, await full.store.sessionAnswers(id), onFinish, full);
    if (session.status !== 'active') {
      run.phase = 'finished';
      return run;
    }
    run.#begin();
    return run;
  }

  /** Learn mode: the items answered right at least once, of all the session's items ("7 of 12 learned"). */
  get learned(): { learned: number; total: number } {
    return this.session.learn ? learnProgress(this.session.learn, this.questions, this.answers) : { learned: 0, total: 0 };
  }

  /**
   * Whether "I was right" is offered on the current question: a typed answer, stored, graded wrong,
   * not left blank or timed out, and not already counted as right. Practice and learn mode only (an
   * exam shows no verdict until its results, which offer it there).
   */
  get canOverride(): boolean {
    if (this.phase !== 'running' || this.mode === 'exam') return false;
    const q = this.current;
    const a = this.answers.get(q.id);
    return q.type === 'typed' && !!a && !a.correct && !a.timedOut && a.response !== null && a.overriddenAt === undefined && !this.pending.has(q.id);
  }

  /**
   * "I was right": the current typed answer counts as right — verdict, score, day's totals and FSRS
   * rating in one transaction; the original answer and verdict stay on the row. In learn mode the
   * re-ask its miss queued is dropped. Resolves whether it was stored.
   */
  async overrule(): Promise<boolean> {
    return this.#exclusive(false, async () => {
      if (!this.canOverride) return false;
      const q = this.current;
      await this.#writes;
      let ok = false;
      const write = this.#commit(() => this.#store.overrideAnswer(this.session.id, q.id, this.#clock())).then(({ answer, session }) => {
        this.answers = withAnswer(this.answers, answer);
        if (this.mode === 'learn') this.questions = session.questions;
        if (this.current.id === q.id) this.feedback = this.#feedbackOf(q, answer);
        ok = true;
      });
      this.#track(write);
      await this.#writes;
      return ok;
    });
  }

  get current(): Question {
    return this.questions[this.index] as Question;
  }

  get total(): number {
    return this.questions.length;
  }

  /** Questions with an answer (or out of time). */
  get answeredCount(): number {
    let n = 0;
    for (const q of this.questions) if (this.statusOf(q) !== 'unanswered') n++;
    return n;
  }

  get remaining(): number | null {
    return this.deadline === null ? null : remainingAt(this.now, this.deadline);
  }

  get warning(): boolean {
    const r = this.remaining;
    return r !== null && this.limit !== null && isWarning(r, this.limit);
  }

  /** Whether an answer is being written: the screen says "Saving…" and does not count it yet. */
  get saving(): boolean {
    return this.pending.size > 0;
  }

  isPending(q: Question): boolean {
    return this.pending.has(q.id);
  }

  get draft(): Draft {
    return this.drafts[this.current.id] ?? initialDraft(this.current);
  }

  statusOf(q: Question): QuestionStatus {
    const a = this.answers.get(q.id);
    if (!a) return 'unanswered';
    if (a.timedOut) return 'timed-out';
    return a.response === null ? 'unanswered' : 'answered';
  }

  /** Whether the current question still takes input. */
  get editable(): boolean {
    if (this.phase !== 'running') return false;
    if (this.timing.kind === 'per-question' && this.#clocks[this.current.id] === 0) return false;
    const a = this.#latest(this.current.id);
    if (!a) return true;
    if (a.timedOut) return false;
    return this.mode === 'exam';
  }

  /** The answer last given to a question: the one being written, else the committed one. */
  #latest(id: string): AnswerRow | undefined {
    return this.pending.get(id) ?? this.answers.get(id);
  }

  isFlagged(q: Question): boolean {
    return this.flagged.includes(q.id);
  }

  /** The learner changed their answer to the current question. */
  setResponse(response: Response | null): void {
    if (!this.editable) return;
    const q = this.current;
    this.drafts = { ...this.drafts, [q.id]: { response, touched: true } };
    this.notice = '';
    // In an exam a click on an option is an answer given: save it now, feedback comes at the end.
    if (this.mode === 'exam' && (q.type === 'choice' || q.type === 'truefalse')) void this.#saveExamDraft(q);
  }

  /**
   * Enter: in practice, checks the answer (or moves on once checked); in an exam, saves it and moves
   * to the next question. Returns `last` when an exam's last question was saved, so the screen can
   * offer to submit.
   */
  async submit(): Promise<'checked' | 'moved' | 'last' | 'incomplete' | 'finished' | 'none'> {
    return this.#exclusive('none', () => this.#submit());
  }

  async #submit(): Promise<'checked' | 'moved' | 'last' | 'incomplete' | 'finished' | 'none'> {
    if (this.phase !== 'running') return 'none';
    const q = this.current;
    if (this.mode !== 'exam') {
      if (this.pending.has(q.id)) {
        // Given by the clock and still being written: Enter waits for it rather than acting twice.
        await this.#writes;
        return 'none';
      }
      if (this.answers.has(q.id)) {
        await this.#next();
        return this.phase === 'running' ? 'moved' : 'finished';
      }
      const draft = this.draft;
      if (!isComplete(q, draft)) {
        this.notice = incompleteHint(q);
        return 'incomplete';
      }
      return (await this.#answerPractice(q, draft.response, false)) ? 'checked' : 'none';
    }
    if (this.editable && this.draft.touched && !isComplete(q, this.draft) && q.type !== 'typed') {
      this.notice = incompleteHint(q);
      return 'incomplete';
    }
    // The next question shows at once, so keys pressed meanwhile go to it; the palette shows the answer
    // left behind as saving until it is stored. The last one waits: submitting comes next.
    if (this.index < this.total - 1) {
      this.goTo(this.index + 1);
      return 'moved';
    }
    const at = this.index;
    if (!(await this.#saveExamDraft(q))) return 'none';
    if (this.index !== at || this.phase !== 'running') return 'none';
    return 'last';
  }

  /** Runs one learner action at a time; a second one while the first is under way does nothing. */
  async #exclusive<T>(busy: T, act: () => Promise<T>): Promise<T> {
    if (this.#acting) return busy;
    this.#acting = true;
    try {
      return await act();
    } finally {
      this.#acting = false;
    }
  }

  /** Practice: from a checked question to the next one, or to the results after the last. */
  async next(): Promise<void> {
    await this.#exclusive(undefined, () => this.#next());
  }

  async #next(): Promise<void> {
    if (this.phase !== 'running') return;
    const at = this.index;
    await this.#writes;
    if (this.index !== at || this.phase !== 'running') return;
    // An answer that failed to be written is not skipped: the question stays, with the notice.
    if (!this.answers.has(this.current.id)) return;
    // Learn mode ends once no ask is waiting (every item right once); the others after their last question.
    const done = this.mode === 'learn' ? this.questions.every((q) => this.answers.has(q.id)) : this.index >= this.total - 1;
    if (done) {
      await this.#finish('no-answer');
      return;
    }
    this.feedback = null;
    this.notice = '';
    this.index = this.#firstUnansweredFrom(this.index + 1);
    this.#showQuestion();
  }

  /** Exam: shows another question, saving the answer to the one being left. */
  goTo(i: number): void {
    if (this.phase !== 'running' || i < 0 || i >= this.total || i === this.index) return;
    const leaving = this.current;
    void this.#saveExamDraft(leaving);
    this.#leaveQuestion();
    this.index = i;
    this.notice = '';
    this.#showQuestion();
    void this.persist();
  }

  toggleFlag(): void {
    const id = this.current.id;
    this.flagged = this.flagged.includes(id) ? this.flagged.filter((f) => f !== id) : [...this.flagged, id];
    void this.persist();
  }

  /** Exam: ends the quiz now; questions without an answer count as wrong. */
  async submitQuiz(): Promise<void> {
    await this.#exclusive(undefined, async () => {
      if (this.phase !== 'running') return;
      if (!(await this.#saveExamDraft(this.current))) return;
      await this.#finish('no-answer');
    });
  }

  /** How the exam stands before submitting. */
  get unansweredCount(): number {
    return this.questions.filter((q) => this.statusOf(q) === 'unanswered' && !isComplete(q, this.drafts[q.id] ?? initialDraft(q))).length;
  }

  /** Writes where the learner is and the time left, so a crash or a close loses nothing of it. */
  async persist(): Promise<void> {
    if (this.phase !== 'running') return;
    const progress = this.#progress();
    const now = this.#clock();
    // Chained after the answers still being written, so it never overtakes them.
    this.#track(this.#commit(() => this.#store.saveProgress(this.session.id, progress, now)));
    await this.#writes;
  }

  /** Resolves once every write asked for so far is stored (or has failed and said so in `notice`). */
  settled(): Promise<void> {
    return this.#writes.then(() => undefined);
  }

  /** Stops the clock and listeners; the time left is written so the quiz resumes where it was. */
  dispose(): void {
    if (this.phase === 'running') void this.persist();
    this.#stopTimers();
    for (const d of this.#disposers) d();
    this.#disposers = [];
  }

  // ——— clock ———

  #begin(): void {
    this.#segmentStart = this.#clock();
    if (this.mode !== 'exam') this.index = this.#firstUnansweredFrom(0);
    else this.index = Math.min(Math.max(0, this.session.current), this.total - 1);
    if (this.timing.kind === 'whole-quiz' && this.limit !== null) {
      this.#startClock(this.session.remainingMs ?? this.limit);
    }
    this.#showQuestion();
    if (document.visibilityState !== 'hidden') this.#startTicking();
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') {
        // Nothing to re-render while hidden; the deadline timer (worker-timed) still fires on time.
        this.#stopTicking();
        this.#armDeadline();
        void this.persist();
      } else {
        this.#tick();
        if (this.phase === 'running') this.#startTicking();
      }
    };
    const onPageHide = (): void => void this.persist();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    this.#disposers.push(
      () => document.removeEventListener('visibilitychange', onHide),
      () => window.removeEventListener('pagehide', onPageHide),
    );
  }

  #firstUnansweredFrom(from: number): number {
    for (let i = from; i < this.total; i++) if (!this.answers.has((this.questions[i] as Question).id)) return i;
    for (let i = 0; i < from; i++) if (!this.answers.has((this.questions[i] as Question).id)) return i;
    return Math.min(from, this.total - 1);
  }

  #startTicking(): void {
    if (this.#interval === undefined) this.#interval = this.#timers.setInterval(() => this.#tick(), TICK_MS);
  }

  #stopTicking(): void {
    this.#timers.clearInterval(this.#interval);
    this.#interval = undefined;
  }

  /** One timeout for the running clock's exact deadline. */
  #armDeadline(): void {
    this.#timeout.cancel();
    if (this.deadline !== null) this.#timeout.arm(Math.max(0, this.deadline - this.#clock()), () => this.#tick());
  }

  /** Shows the current question; `from` is when it appeared (a deadline, when a clock closed the one before). */
  #showQuestion(from = this.#clock()): void {
    this.#shownAt = from;
    const q = this.current;
    const a = this.answers.get(q.id);
    if (this.mode !== 'exam' && a) this.feedback = this.#feedbackOf(q, a);
    if (this.timing.kind !== 'per-question' || this.limit === null) return;
    const closed = (a && (a.timedOut || this.mode !== 'exam')) || this.#clocks[q.id] === 0;
    if (closed) this.#clearClock();
    else this.#startClock(this.#clocks[q.id] ?? this.limit, from);
  }

  #leaveQuestion(): void {
    const q = this.current;
    this.#spent[q.id] = this.#spentOn(q);
    this.#shownAt = this.#clock();
    if (this.timing.kind === 'per-question') {
      const r = this.#remainingNow();
      if (r !== null) this.#clocks[q.id] = r;
      this.#clearClock();
    }
  }

  #remainingNow(): number | null {
    return this.deadline === null ? null : remainingAt(this.#clock(), this.deadline);
  }

  #spentOn(q: Question, at = this.#clock()): number {
    const before = this.#spent[q.id] ?? 0;
    return q.id === this.current.id && this.phase === 'running' ? before + Math.max(0, at - this.#shownAt) : before;
  }

  #startClock(budget: number, from = this.#clock()): void {
    this.now = this.#clock();
    this.deadline = deadlineFrom(from, budget);
    this.#lastRemaining = remainingAt(this.now, this.deadline);
    this.#armDeadline();
    if (this.deadline <= this.now) queueMicrotask(() => this.#tick());
  }

  #clearClock(): void {
    this.#timeout.cancel();
    this.deadline = null;
    this.#lastRemaining = null;
  }

  #tick(): void {
    const now = this.#clock();
    this.now = now;
    if (this.phase !== 'running') return;
    // A crash fires no event: writing the clock every few seconds bounds what a crash can give back.
    if (now - this.#lastPersist >= PERSIST_EVERY_MS) {
      this.#lastPersist = now;
      void this.persist();
    }
    if (this.deadline === null) return;
    const left = remainingAt(now, this.deadline);
    const crossed = this.#lastRemaining === null ? null : crossedThreshold(this.#lastRemaining, left, this.#thresholds);
    if (crossed !== null && left > 0) this.announcement = describeRemaining(crossed);
    this.#lastRemaining = left;
    if (left <= 0) this.#expire();
  }

  /** The running clock ran out (perhaps long ago, in a hidden window): everything closes at its deadline. */
  #expire(): void {
    const q = this.current;
    const at = this.deadline ?? this.#clock();
    this.#clearClock();
    const given = this.#givenOn(q);
    if (this.timing.kind === 'whole-quiz') {
      this.announcement = 'Time is up. The quiz was submitted.';
      void this.#endOnTime(q, given, at);
      return;
    }
    if (this.timing.kind !== 'per-question') return;
    if (this.mode !== 'exam') {
      this.announcement = 'Time is up for this question.';
      void this.#answerPractice(q, given, true, at);
      return;
    }
    // Exam, per question: the question closes with what was put in, and the next open one starts at
    // that deadline. Those whose own time also ran out meanwhile close at theirs, in turn.
    this.announcement = 'Time is up for this question. Moving to the next one.';
    const order = this.#openAfter(this.index);
    const budgetOf = (i: number): number => this.#clocks[(this.questions[i] as Question).id] ?? this.limit ?? 0;
    const chain = chainDeadlines(at, order.map(budgetOf), this.#clock());
    this.#closeOnTime(q, given, at);
    this.#spent[q.id] = this.#spentOn(q, at);
    chain.closedAt.forEach((deadline, k) => {
      const i = order[k] as number;
      const other = this.questions[i] as Question;
      this.index = i;
      this.#shownAt = deadline - budgetOf(i);
      this.#closeOnTime(other, this.#givenOn(other), deadline);
      this.#spent[other.id] = this.#spentOn(other, deadline);
    });
    if (chain.running === null) {
      void this.#commits.then(() => this.#finish('timed-out', chain.closedAt.at(-1) ?? at));
      return;
    }
    const next = order[chain.running.index] as number;
    const from = chain.running.deadline - budgetOf(next);
    this.index = next;
    this.#showQuestion(from);
  }

  /** What the learner put in a question that a clock is closing: their own change, if it can still count. */
  #givenOn(q: Question): Response | null {
    const draft = this.drafts[q.id];
    if (!draft?.touched) return null;
    const a = this.#latest(q.id);
    return a?.timedOut ? null : draft.response;
  }

  /** Exam, per question: closes one question at its deadline. An answer saved and not changed since stays as given. */
  #closeOnTime(q: Question, given: Response | null, at: number): void {
    this.#clocks[q.id] = 0;
    const saved = this.#latest(q.id);
    const unchanged = saved && (given === null || sameResponse(saved.response, given));
    if (!unchanged) void this.#record(q, given, true, at);
    else void this.persist();
  }

  /** The questions that still have time on their clocks, after `from` and wrapping round. */
  #openAfter(from: number): number[] {
    const out: number[] = [];
    for (let k = 1; k < this.total; k++) {
      const i = (from + k) % this.total;
      const q = this.questions[i] as Question;
      if (!this.#latest(q.id)?.timedOut && this.#clocks[q.id] !== 0) out.push(i);
    }
    return out;
  }

  async #endOnTime(q: Question, given: Response | null, at: number): Promise<void> {
    const saved = this.#latest(q.id);
    if (given !== null && !(saved && sameResponse(saved.response, given))) void this.#record(q, given, true, at);
    await this.#finish('timed-out', at);
  }

  // ——— answers ———

  /** Practice: records an answer; its verdict shows once it is stored. Resolves whether it was. */
  #answerPractice(q: Question, response: Response | null, timedOut: boolean, at = this.#clock()): Promise<boolean> {
    this.#clearClock();
    return this.#record(q, response, timedOut, at);
  }

  #gradeOf(q: Question, response: Response | null, timedOut: boolean): Grade {
    const grade = gradeResponse(q, response ?? '');
    if (response !== null) return grade;
    const why = timedOut ? 'Time ran out' : 'No answer was given';
    return { ...grade, correct: false, feedback: `${why}. The expected answer was ${grade.expected}.` };
  }

  /** The verdict shown for a stored answer: the grader's, unless the learner said it was right. */
  #feedbackOf(q: Question, a: AnswerRow): Grade {
    const grade = this.#gradeOf(q, a.response, a.timedOut);
    if (a.overriddenAt === undefined || !a.correct) return grade;
    return { ...grade, correct: true, feedback: `Counted as right at your word: the grader had marked it wrong. The expected answer was ${grade.expected}.` };
  }

  /** Exam: writes the draft of a question if it changed. Resolves once stored: false when the write failed. */
  async #saveExamDraft(q: Question): Promise<boolean> {
    if (this.mode !== 'exam' || this.phase !== 'running') return true;
    const a = this.#latest(q.id);
    if (a?.timedOut) return true;
    const draft = this.drafts[q.id];
    if (!draft?.touched) return true;
    const response = q.type === 'typed' && typeof draft.response === 'string' && draft.response.trim() === '' ? null : draft.response;
    if (a ? sameResponse(a.response, response) : response === null) {
      // Already given: wait for it to be stored all the same, so moving on never outruns the write.
      if (this.pending.has(q.id)) await this.#writes;
      return !this.pending.has(q.id) && this.answers.has(q.id);
    }
    return this.#record(q, response, false);
  }

  /**
   * Grades and records one answer at `now`. It is pending until its transaction commits, then counts
   * (and, in practice, shows its verdict); writes follow one another in order. Resolves whether it was stored.
   */
  #record(q: Question, response: Response | null, timedOut: boolean, now = this.#clock()): Promise<boolean> {
    if (this.phase !== 'running') return Promise.resolve(false);
    const correct = response !== null && gradeResponse(q, response).correct;
    const elapsedMs = this.#spentOn(q, now);
    const local: AnswerRow = {
      sessionId: this.session.id,
      questionId: q.id,
      factIds: q.factIds,
      kind: q.kind,
      type: q.type,
      response,
      correct,
      timedOut,
      elapsedMs,
      answeredAt: now,
    };
    if (q.docId !== undefined) local.docId = q.docId;
    this.pending = withAnswer(this.pending, local);
    if (timedOut && this.timing.kind === 'per-question') this.#clocks[q.id] = 0;
    const progress = this.#progress();
    if (this.mode !== 'exam') progress.current = Math.min(this.index + 1, this.total - 1);
    // Learn mode: a miss is asked again later, in another type where the item has one. The re-ask is
    // stored with the answer, so a reload finds it queued.
    const append = this.mode === 'learn' && !correct && this.session.learn ? [reaskFor(q, this.questions, this.session.learn.pool)] : [];
    const unpend = (): void => {
      if (this.pending.get(q.id) === local) this.pending = withoutAnswer(this.pending, q.id);
    };
    // Stores are written in order along #commits; the answer is shown as counted once it is also in the
    // safety copy. A write that follows (the next deadline's answer, the submission) waits for the commit
    // only, so a hidden exam's submission is not held up by the copy's flushes.
    const committed = this.#commit(() =>
      this.#store.recordAnswer({ sessionId: this.session.id, question: q, response, correct, timedOut, elapsedMs, answeredAt: now, progress, ...(append.length ? { append } : {}) }),
    );
    const write = committed
      .then(() => this.#store.settled())
      .then(
        () => {
          this.answers = withAnswer(this.answers, local);
          if (append.length) this.questions = [...this.questions, ...append];
          this.reaskWay = append[0] ? (append[0].type === q.type ? 'same' : 'other') : null;
          unpend();
          if (this.mode !== 'exam' && this.current.id === q.id) this.feedback = this.#gradeOf(q, response, timedOut);
        },
        // Not stored: the question stays as it stands in the store, so giving the answer again retries it.
        (err: unknown) => {
          unpend();
          throw err;
        },
      );
    this.#track(write);
    return write.then(
      () => true,
      () => false,
    );
  }

  /** Runs a store write after every write asked for before it has committed (or failed). */
  #commit<T>(write: () => Promise<T>): Promise<T> {
    const done = this.#commits.then(write);
    this.#commits = done.catch(() => undefined);
    return done;
  }

  /** Adds a write to those `#writes` waits for: stored, counted and shown, or failed and said so in `notice`. */
  #track(write: Promise<unknown>): void {
    const failed = write.catch((err: unknown) => {
      this.notice = `Your answer could not be saved; keep this window open. ${describeError(err)}`;
    });
    this.#writes = Promise.all([this.#writes, failed]);
  }

  #progress(): QuizProgress {
    const activeMs = this.#activeBase + (this.#clock() - this.#segmentStart);
    const r = this.#remainingNow();
    const progress: QuizProgress = { current: this.index, remainingMs: r, activeMs, flagged: [...this.flagged] };
    if (this.timing.kind === 'per-question') {
      const clocks = { ...this.#clocks };
      if (r !== null) clocks[this.current.id] = r;
      progress.clocks = clocks;
      if (r === null) progress.remainingMs = this.#clocks[this.current.id] ?? this.limit;
    }
    return progress;
  }

  /** Ends the quiz at `endedAt` (now, or the deadline that ended it). */
  async #finish(unanswered: Unanswered, endedAt = this.#clock()): Promise<void> {
    if (this.phase !== 'running') return;
    this.phase = 'finishing';
    this.#stopTimers();
    // Waiting for the last writes to land is not time spent on the quiz. Their commits are enough: the
    // submission is itself a write, in the copy after them.
    const activeMs = this.#activeBase + (endedAt - this.#segmentStart);
    await this.#commits;
    try {
      await this.#store.finishSession(this.session.id, { now: endedAt, activeMs, unanswered });
      this.phase = 'finished';
      void this.#hub.refresh();
      this.#onFinish(this.session.id);
    } catch (err) {
      this.phase = 'running';
      this.notice = `The quiz could not be submitted. ${describeError(err)}`;
      // The quiz goes on as it was: the clock keeps counting and still submits when it runs out.
      if (document.visibilityState !== 'hidden') this.#startTicking();
      this.#armDeadline();
    }
  }

  #stopTimers(): void {
    this.#stopTicking();
    this.#timeout.cancel();
  }
}
