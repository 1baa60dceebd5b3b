import type { Question, Response } from '../../../core/types';
import { staleAsks, type LearnPlan } from '../../../core/learn';
import { ANSWER_TABLES, applyAnswerAggregates, countedDay, localDay, type DailyStatRow } from './aggregates';
import { isReview, reviewedCards } from './cards';
import { db as defaultDb, type AnswerRecord, type DossierDb, type QuizSession, type QuizSettings } from './db';
import { settled } from './journal';

/**
 * A session row as this module writes it. The extra fields ride on the row (no index, so no schema
 * change): `activeMs` is the time spent in the quiz with the app open, and `clocks` the time left on
 * each question's own clock when the quiz is timed per question.
 */
export interface QuizSessionRow extends QuizSession {
  activeMs?: number;
  clocks?: Record<string, number>;
  /** Learn mode only: the items to learn and the questions kept to re-ask a miss in another type. */
  learn?: LearnPlan;
}

/**
 * An answer row as this module writes it. When the learner said a typed answer marked wrong was right
 * ("I was right"), `correct` becomes true and the row keeps when that was and the grader's verdict
 * (`originalCorrect`); the response itself is never changed. Not indexed, so no schema change.
 */
export interface AnswerRow extends AnswerRecord {
  overriddenAt?: number;
  originalCorrect?: boolean;
}

/**
 * A write aimed at a session that is `missing` (deleted by a reset or a restore) or `over` (finished or
 * abandoned), or an "I was right" on an answer that is `not-overridable` (not a typed answer marked wrong).
 */
export class QuizSessionError extends Error {
  override name = 'QuizSessionError';
  constructor(
    readonly code: 'missing' | 'over' | 'not-overridable',
    detail?: string,
  ) {
    super(detail ?? code);
  }
}

/** Where the learner is in a running quiz, written with every answer and when the window is hidden. */
export interface QuizProgress {
  /** Index of the question on screen. */
  current: number;
  /** Time left on the running clock (the whole quiz's, or the current question's); null when untimed. */
  remainingMs: number | null;
  activeMs: number;
  clocks?: Record<string, number>;
  flagged?: string[];
}

/** One answer as given. */
export interface AnswerInput {
  sessionId: string;
  question: Question;
  response: Response | null;
  correct: boolean;
  timedOut: boolean;
  elapsedMs: number;
  answeredAt: number;
  progress: QuizProgress;
  /** Learn mode: questions to ask later (a miss asked again), added to the session with the answer. */
  append?: Question[];
}

/** A short unique id that sorts by creation time. */
export function newSessionId(now: number): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return `${now.toString(36)}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Stores a new quiz the moment it starts, with its questions, seed and settings, so it can be resumed
 * exactly. A quiz still running is set aside (abandoned) in the same transaction: one runs at a time.
 */
export async function createSession(
  settings: QuizSettings,
  questions: Question[],
  seed: number,
  now: number,
  remainingMs: number | null,
  db: DossierDb = defaultDb,
): Promise<QuizSessionRow> {
  const session: QuizSessionRow = {
    id: newSessionId(now),
    courseId: settings.courseId,
    status: 'active',
    settings,
    seed,
    questions,
    startedAt: now,
    updatedAt: now,
    current: 0,
    remainingMs,
    flagged: [],
    activeMs: 0,
  };
  await db.transaction('rw', db.quizSessions, async () => {
    await db.quizSessions.where('status').equals('active').modify({ status: 'abandoned', updatedAt: now });
    await db.quizSessions.add(session);
  });
  return session;
}

/** Stores a new learn session: like {@link createSession}, untimed, with its plan of items and re-asks. */
export async function createLearnSession(
  settings: QuizSettings,
  questions: Question[],
  plan: LearnPlan,
  seed: number,
  now: number,
  db: DossierDb = defaultDb,
): Promise<QuizSessionRow> {
  const session: QuizSessionRow = {
    id: newSessionId(now),
    courseId: settings.courseId,
    status: 'active',
    settings,
    seed,
    questions,
    startedAt: now,
    updatedAt: now,
    current: 0,
    remainingMs: null,
    flagged: [],
    activeMs: 0,
    learn: plan,
  };
  await db.transaction('rw', db.quizSessions, async () => {
    await db.quizSessions.where('status').equals('active').modify({ status: 'abandoned', updatedAt: now });
    await db.quizSessions.add(session);
  });
  return session;
}

async function runningSession(db: DossierDb, id: string): Promise<QuizSessionRow> {
  const session = (await db.quizSessions.get(id)) as QuizSessionRow | undefined;
  if (!session) throw new QuizSessionError('missing', `No quiz with id ${id}.`);
  if (session.status !== 'active') throw new QuizSessionError('over', 'This quiz is already over; its answers can no longer change.');
  return session;
}

function withProgress(session: QuizSessionRow, progress: QuizProgress, now: number): QuizSessionRow {
  const next: QuizSessionRow = {
    ...session,
    current: progress.current,
    remainingMs: progress.remainingMs,
    activeMs: progress.activeMs,
    updatedAt: now,
  };
  if (progress.clocks) next.clocks = progress.clocks;
  if (progress.flagged) next.flagged = progress.flagged;
  return next;
}

/**
 * Records one answer in ONE transaction: the answer itself (replacing an earlier one to the same
 * question, as exam mode allows), where the learner is in the session, and every aggregate derived
 * from answers (with the replaced answer's share taken back first).
 */
export async function recordAnswer(input: AnswerInput, db: DossierDb = defaultDb): Promise<AnswerRecord> {
  const { question } = input;
  const answer: AnswerRecord = {
    sessionId: input.sessionId,
    questionId: question.id,
    factIds: question.factIds,
    kind: question.kind,
    type: question.type,
    response: input.response,
    correct: input.correct,
    timedOut: input.timedOut,
    elapsedMs: Math.max(0, Math.round(input.elapsedMs)),
    answeredAt: input.answeredAt,
  };
  if (question.docId !== undefined) answer.docId = question.docId;
  const factIds = [...new Set(answer.factIds)];
  await db.transaction('rw', [...ANSWER_TABLES], async () => {
    // One round of reads (everything the answer's writes depend on), then one round of writes, none
    // waiting for another: requests in one transaction run in the order they are made.
    const [session, previous, day, cards] = await Promise.all([
      runningSession(db, input.sessionId),
      db.answers.get([input.sessionId, question.id]),
      db.dailyStats.get(localDay(answer.answeredAt)) as Promise<DailyStatRow | undefined>,
      db.cards.bulkGet(factIds),
    ]);
    const next = withProgress(session, input.progress, input.answeredAt);
    if (input.append?.length) {
      const ids = new Set(session.questions.map((q) => q.id));
      next.questions = [...session.questions, ...input.append.filter((q) => !ids.has(q.id))];
    }
    const writes: Promise<unknown>[] = [db.answers.put(answer), db.quizSessions.put(next)];
    if (previous && isReview(previous)) {
      // A changed exam answer: its first verdict's share is taken back first (the longer way, in aggregates.ts).
      writes.push(applyAnswerAggregates(db, answer, question, previous, session));
    } else if (isReview(answer)) {
      const reviewed = reviewedCards(answer, question, session, cards);
      writes.push(db.dailyStats.put(countedDay(day, answer, 1)), db.cards.bulkPut(reviewed.cards), db.reviewLogs.bulkAdd(reviewed.logs));
    }
    await Promise.all(writes);
  });
  // Committed. It counts once it is also in the safety copy (answerSettled below), which the caller
  // awaits apart, so that the next write (a deadline's answer, the quiz's submission) need not wait for it.
  return answer;
}

/**
 * Resolves once every committed write is also in the safety copy (db/journal.ts), which outlives a store
 * Chromium deletes after a crash: an answer is shown as counted only then.
 */
export function answerSettled(db: DossierDb = defaultDb): Promise<void> {
  return settled(db);
}

/**
 * "I was right": counts a typed answer the grader marked wrong as right, in ONE transaction — the
 * answer's verdict (keeping the original verdict and when it changed), the day's totals, the FSRS
 * review it gave (taken back and given again as a right answer at the same time, later reviews
 * replayed), the finished quiz's score, and, in learn mode, the re-ask the miss had queued. Works on
 * a running or a finished quiz.
 */
export async function overrideAnswer(
  sessionId: string,
  questionId: string,
  now: number,
  db: DossierDb = defaultDb,
): Promise<{ answer: AnswerRow; session: QuizSessionRow }> {
  return db.transaction('rw', [...ANSWER_TABLES], async () => {
    const [session, previous] = await Promise.all([
      db.quizSessions.get(sessionId) as Promise<QuizSessionRow | undefined>,
      db.answers.get([sessionId, questionId]) as Promise<AnswerRow | undefined>,
    ]);
    if (!session) throw new QuizSessionError('missing', `No quiz with id ${sessionId}.`);
    if (session.status === 'abandoned') throw new QuizSessionError('over', 'This quiz was discarded; its answers can no longer change.');
    const question = session.questions.find((q) => q.id === questionId);
    if (!question || !previous) throw new QuizSessionError('missing', 'That question has no answer to count as right.');
    if (question.type !== 'typed' || previous.correct || previous.response === null || previous.overriddenAt !== undefined) {
      throw new QuizSessionError('not-overridable', 'Only a typed answer marked wrong can be counted as right.');
    }
    const answer: AnswerRow = { ...previous, correct: true, overriddenAt: now, originalCorrect: previous.correct };
    const next: QuizSessionRow = { ...session, updatedAt: Math.max(session.updatedAt, now) };
    if (session.learn && session.status === 'active') {
      const answers = new Map((await db.answers.where('sessionId').equals(sessionId).toArray()).map((a) => [a.questionId, a]));
      answers.set(questionId, answer);
      const stale = new Set(staleAsks(session.questions, answers));
      next.questions = session.questions.filter((q) => !stale.has(q.id));
    }
    if (session.score) next.score = { ...session.score, correct: Math.min(session.score.total, session.score.correct + 1) };
    await Promise.all([db.answers.put(answer), db.quizSessions.put(next), applyAnswerAggregates(db, answer, question, previous, session)]);
    return { answer, session: next };
  });
}

/** Writes where the learner is (clock, position, flags) without an answer: on hide, on leaving, on flagging. */
export async function saveProgress(sessionId: string, progress: QuizProgress, now: number, db: DossierDb = defaultDb): Promise<void> {
  await db.transaction('rw', db.quizSessions, async () => {
    const session = (await db.quizSessions.get(sessionId)) as QuizSessionRow | undefined;
    if (!session || session.status !== 'active') return;
    await db.quizSessions.put(withProgress(session, progress, now));
  });
}

/** How the questions still without an answer end when a quiz is finished. */
export type Unanswered = 'timed-out' | 'no-answer';

/**
 * Ends a quiz in ONE transaction: every question still without an answer gets a wrong one (`timedOut`
 * when the clock ended the quiz), its aggregates are applied, and the score is written with the status.
 */
export async function finishSession(
  sessionId: string,
  options: { now: number; activeMs: number; unanswered: Unanswered },
  db: DossierDb = defaultDb,
): Promise<QuizSessionRow> {
  return db.transaction('rw', [...ANSWER_TABLES], async () => {
    const session = await runningSession(db, sessionId);
    const given = new Map((await db.answers.where('sessionId').equals(sessionId).toArray()).map((a) => [a.questionId, a]));
    for (const question of session.questions) {
      if (given.has(question.id)) continue;
      const answer: AnswerRecord = {
        sessionId,
        questionId: question.id,
        factIds: question.factIds,
        kind: question.kind,
        type: question.type,
        response: null,
        correct: false,
        timedOut: options.unanswered === 'timed-out',
        elapsedMs: 0,
        answeredAt: options.now,
      };
      if (question.docId !== undefined) answer.docId = question.docId;
      await db.answers.put(answer);
      await applyAnswerAggregates(db, answer, question, undefined, session);
      given.set(question.id, answer);
    }
    const correct = session.questions.filter((q) => given.get(q.id)?.correct).length;
    const finished: QuizSessionRow = {
      ...session,
      status: 'finished',
      finishedAt: options.now,
      updatedAt: options.now,
      activeMs: options.activeMs,
      score: { correct, total: session.questions.length, durationMs: Math.max(0, Math.round(options.activeMs)) },
    };
    await db.quizSessions.put(finished);
    return finished;
  });
}

/** Sets a running quiz aside for good (the learner discarded it); its answers stay. */
export async function abandonSession(sessionId: string, now: number, db: DossierDb = defaultDb): Promise<void> {
  await db.quizSessions.where('id').equals(sessionId).and((s) => s.status === 'active').modify({ status: 'abandoned', updatedAt: now });
}

export async function getSession(sessionId: string, db: DossierDb = defaultDb): Promise<QuizSessionRow | undefined> {
  return (await db.quizSessions.get(sessionId)) as QuizSessionRow | undefined;
}

/** Every answer given in a session. */
export async function sessionAnswers(sessionId: string, db: DossierDb = defaultDb): Promise<AnswerRow[]> {
  return db.answers.where('sessionId').equals(sessionId).toArray();
}

/** The quiz left running (closed or crashed mid-way), newest first if somehow there are several. */
export async function activeSession(db: DossierDb = defaultDb): Promise<QuizSessionRow | undefined> {
  const active = (await db.quizSessions.where('status').equals('active').toArray()) as QuizSessionRow[];
  return active.sort((a, b) => b.startedAt - a.startedAt)[0];
}

/** Finished quizzes, newest first. */
export async function finishedSessions(limit = 20, db: DossierDb = defaultDb): Promise<QuizSessionRow[]> {
  return (await db.quizSessions
    .orderBy('startedAt')
    .reverse()
    .filter((s) => s.status === 'finished')
    .limit(limit)
    .toArray()) as QuizSessionRow[];
}

/** The lessons of a course the learner marked as studied. */
export async function studiedLessonIds(courseId: string, db: DossierDb = defaultDb): Promise<string[]> {
  const rows = await db.lessonProgress.where('courseId').equals(courseId).toArray();
  return rows.filter((r) => r.state === 'studied').map((r) => r.lessonId);
}
