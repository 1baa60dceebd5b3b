import { QuizStartError } from '../../../core/errors';
import type { CardRecord, LessonProgress, QuizSettings, QuizTiming } from '../db/db';
import { describeError } from '../lib/describe-error';
import { dayStart, localDay } from '../../../core/stats';
import { limitMs } from '../../../core/timer';
import type { FactKind, Question, QuestionType } from '../../../core/types';
import { KINDS } from '../../../core/quiz-settings';
import type { CourseBundle } from './course';
import { cardsById, examPlanFor, reviewQueue, studiedIn, type ReviewQueue } from './review';
import type { SettingsState } from './settings.svelte';
import { questionsHere, type QuestionSource } from './question-source';
import { REVIEW_SESSION_MAX } from './review';

/** Seconds per question when the learner times a review. */
export const REVIEW_SECONDS = 30;

/** Today's reviews of one course, as the Review panel shows them. */
export interface ReviewSummary {
  courseId: string;
  courseTitle: string;
  queue: ReviewQueue;
  /** With an exam date today or later: days left and the plan's even pace (as the Exam panel says it); `cram` on the exam day itself. */
  exam: { day: string; daysLeft: number; perDay: number; cram: boolean } | null;
}

const ALL_KINDS: readonly FactKind[] = KINDS;
const ALL_TYPES: QuestionType[] = ['choice', 'typed', 'truefalse', 'order', 'match'];

/** What the review reads and where it stores the session it starts: the database in the app, plain data in tests. */
export interface ReviewRepository {
  cards(): Promise<CardRecord[]>;
  studiedLessons(): Promise<Pick<LessonProgress, 'courseId' | 'lessonId'>[]>;
  /** How many facts got their first card since `since` (ms). */
  factsStartedSince(since: number): Promise<number>;
  examDate(): Promise<string | null>;
  latestRatings(): Promise<Map<string, number[]>>;
  createSession(settings: QuizSettings, questions: Question[], seed: number, now: number, remainingMs: number | null): Promise<{ id: string }>;
}

/** What the review is built from. */
export interface ReviewDeps {
  repo: ReviewRepository;
  settings: Pick<SettingsState, 'loaded' | 'load' | 'timeFactor'>;
  courses: () => readonly CourseBundle[];
  now: () => number;
  /** The question engine (the worker's in the app; the calling thread's by default). */
  questions?: QuestionSource;
}

/** What is due today, and starting a review session of it. */
export class ReviewState {
  readonly #repo: ReviewRepository;
  readonly #settings: ReviewDeps['settings'];
  readonly #courses: () => readonly CourseBundle[];
  readonly #now: () => number;
  readonly #questions: QuestionSource;
  summary = $state.raw<ReviewSummary | null>(null);
  /** Whether the next review is timed, per question. */
  timed = $state(false);
  loaded = $state(false);
  busy = $state(false);
  error = $state('');
  #bundle: CourseBundle | undefined;
  #queue: ReviewQueue | undefined;

  constructor(deps: ReviewDeps) {
    this.#repo = deps.repo;
    this.#settings = deps.settings;
    this.#courses = deps.courses;
    this.#now = deps.now;
    this.#questions = deps.questions ?? questionsHere();
  }

  /** The course and queue of the last refresh: what Start review and the flashcards both take. */
  get current(): { bundle: CourseBundle; queue: ReviewQueue } | null {
    return this.#bundle && this.#queue ? { bundle: this.#bundle, queue: this.#queue } : null;
  }

  /** Re-reads cards, studied lessons and the exam date, and works out today's queue. */
  async refresh(): Promise<void> {
    const now = this.#now();
    try {
      const [cards, studied, startedToday, examDay, ratings] = await Promise.all([
        this.#repo.cards(),
        this.#repo.studiedLessons(),
        this.#repo.factsStartedSince(dayStart(localDay(now))),
        this.#repo.examDate(),
        this.#repo.latestRatings(),
      ]);
      let best: { bundle: CourseBundle; summary: ReviewSummary } | undefined;
      for (const bundle of this.#courses()) {
        const id = bundle.course.manifest.id;
        const courseCards = cardsById(cards, id);
        const plan = examDay ? examPlanFor(bundle, courseCards, now, examDay, ratings) : null;
        // The same plan as the Exam panel's, so "Review today" holds exactly what the plan asks for today.
        const live = plan && plan.status !== 'past' ? plan : null;
        const queue = reviewQueue({
          bundle,
          cards: courseCards,
          studied: studiedIn(studied, id),
          now,
          startedToday,
          exam: live && examDay ? { day: examDay, plan: live } : undefined,
        });
        const summary: ReviewSummary = {
          courseId: id,
          courseTitle: bundle.course.manifest.title,
          queue,
          exam: live && examDay ? { day: examDay, daysLeft: live.daysLeft, perDay: live.average, cram: live.status === 'today' } : null,
        };
        if (!best || queue.factIds.length > best.summary.queue.factIds.length) best = { bundle, summary };
      }
      this.#bundle = best?.bundle;
      this.#queue = best?.summary.queue;
      this.summary = best?.summary ?? null;
      this.error = '';
    } catch (err) {
      console.error('review: refresh', err);
      this.error = `Today's reviews could not be worked out. ${describeError(err)}`;
    } finally {
      this.loaded = true;
    }
  }

  /** Stores a review session of today's queue and resolves to its id; null when there is nothing to review. */
  async start(): Promise<string | null> {
    if (this.busy) return null;
    const now = this.#now();
    const settings = this.#settings;
    this.busy = true;
    this.error = '';
    try {
      if (!settings.loaded) await settings.load();
      await this.refresh();
      const bundle = this.#bundle;
      const queue = this.#queue;
      if (!bundle || !queue || !queue.factIds.length) throw new QuizStartError('nothing-due');
      const seed = now >>> 0;
      const questions = await this.#questions.review(bundle, queue.factIds, seed, REVIEW_SESSION_MAX);
      if (!questions.length) throw new QuizStartError('none-askable');
      const timing: QuizTiming = this.timed ? { kind: 'per-question', seconds: REVIEW_SECONDS } : { kind: 'untimed' };
      const lessonIds = bundle.course.lessons.map((l) => l.id).filter((id) => questions.some((q) => q.docId === id));
      const quiz: QuizSettings = {
        courseId: bundle.course.manifest.id,
        lessonIds,
        kinds: ALL_KINDS.filter((k) => questions.some((q) => q.kind === k)),
        types: ALL_TYPES.filter((t) => questions.some((q) => q.type === t)),
        length: questions.length,
        mode: 'practice',
        timing,
        timeFactor: settings.timeFactor,
        review: true,
      };
      const session = await this.#repo.createSession(quiz, questions, seed, now, limitMs(timing, settings.timeFactor));
      return session.id;
    } catch (err) {
      if (!(err instanceof QuizStartError)) console.error('review: start', err);
      this.error = err instanceof QuizStartError ? describeError(err) : `The review could not start. ${describeError(err)}`;
      return null;
    } finally {
      this.busy = false;
    }
  }
}
