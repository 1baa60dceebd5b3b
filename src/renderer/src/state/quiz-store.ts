// What the quiz state classes read and write, as interfaces, and the one place they are wired to the
// real database and clock. Tests pass their own (a held or failing store, a fake clock).
import type { LearnPlan } from '../../../core/learn';
import type { Question } from '../../../core/types';
import type { QuizSettings } from '../db/db';
import {
  abandonSession,
  activeSession,
  createLearnSession,
  createSession,
  finishedSessions,
  finishSession,
  getSession,
  overrideAnswer,
  recordAnswer,
  answerSettled,
  saveProgress,
  sessionAnswers,
  studiedLessonIds,
  type AnswerInput,
  type AnswerRow,
  type QuizProgress,
  type QuizSessionRow,
  type Unanswered,
} from '../db/quiz';
import { getSetting, setSetting } from '../db/settings';
import { deadlineTimer, type DeadlineTimer } from './deadline-timer';

/** The time now, in milliseconds since the epoch. */
export type Clock = () => number;

/** The writes and reads a quiz being taken (or its results) makes. */
export interface QuizStore {
  getSession(id: string): Promise<QuizSessionRow | undefined>;
  sessionAnswers(id: string): Promise<AnswerRow[]>;
  /** Commits one answer; it counts once `settled` resolves too. */
  recordAnswer(input: AnswerInput): Promise<unknown>;
  /** Resolves once every committed write is also in the safety copy (db/quiz `answerSettled`). */
  settled(): Promise<void>;
  saveProgress(id: string, progress: QuizProgress, now: number): Promise<void>;
  finishSession(id: string, options: { now: number; activeMs: number; unanswered: Unanswered }): Promise<unknown>;
  /** "I was right" on a typed answer marked wrong; see db/quiz `overrideAnswer`. */
  overrideAnswer(sessionId: string, questionId: string, now: number): Promise<{ answer: AnswerRow; session: QuizSessionRow }>;
}

/** What the quiz area's hub reads and writes: sessions, the history, and the remembered set-up. */
export interface QuizHubStore {
  getSession(id: string): Promise<QuizSessionRow | undefined>;
  sessionAnswers(id: string): Promise<AnswerRow[]>;
  activeSession(): Promise<QuizSessionRow | undefined>;
  finishedSessions(limit: number): Promise<QuizSessionRow[]>;
  createSession(settings: QuizSettings, questions: Question[], seed: number, now: number, remainingMs: number | null): Promise<QuizSessionRow>;
  createLearnSession(settings: QuizSettings, questions: Question[], plan: LearnPlan, seed: number, now: number): Promise<QuizSessionRow>;
  abandonSession(id: string, now: number): Promise<void>;
  studiedLessonIds(courseId: string): Promise<string[]>;
  getSetting<T>(key: string, fallback: T): Promise<T>;
  setSetting(key: string, value: unknown): Promise<void>;
}

/** The timers a running quiz uses: an interval to re-render its clock, and a timer for its deadline; fakes in tests. */
export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** A new deadline timer (see deadline-timer.ts: also timed by a worker, so it fires in a hidden window). */
  deadline(): DeadlineTimer;
}

/** The application's database, behind both interfaces. */
export const dbQuizStore: QuizStore & QuizHubStore = {
  getSession: (id) => getSession(id),
  sessionAnswers: (id) => sessionAnswers(id),
  recordAnswer: (input) => recordAnswer(input),
  settled: () => answerSettled(),
  saveProgress: (id, progress, now) => saveProgress(id, progress, now),
  finishSession: (id, options) => finishSession(id, options),
  overrideAnswer: (sessionId, questionId, now) => overrideAnswer(sessionId, questionId, now),
  activeSession: () => activeSession(),
  finishedSessions: (limit) => finishedSessions(limit),
  createSession: (settings, questions, seed, now, remainingMs) => createSession(settings, questions, seed, now, remainingMs),
  createLearnSession: (settings, questions, plan, seed, now) => createLearnSession(settings, questions, plan, seed, now),
  abandonSession: (id, now) => abandonSession(id, now),
  studiedLessonIds: (courseId) => studiedLessonIds(courseId),
  getSetting: (key, fallback) => getSetting(key, fallback),
  setSetting: (key, value) => setSetting(key, value),
};

/** The system clock, read at each call (so a test's faked `Date` is honoured too). */
export const systemClock: Clock = () => Date.now();

/** The page's own interval (looked up at each call for the same reason) and the worker-backed deadline timer. */
export const browserTimers: Timers = {
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
  deadline: () => deadlineTimer(),
};
