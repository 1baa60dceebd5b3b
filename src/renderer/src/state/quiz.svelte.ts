import type { Question } from '../../../core/types';
import { quickQuiz, sanitizeChoice, type QuizChoice } from '../../../core/quiz-settings';
import { limitMs } from '../../../core/timer';
import { answersById } from '../../../core/quiz-results';
import { learnProgress } from '../../../core/learn';
import type { QuizSessionRow } from '../db/quiz';
import { allCourses, courseById, type CourseBundle } from './course';
import { settings } from './settings.svelte';
import { dbQuizStore, systemClock, type Clock, type QuizHubStore } from './quiz-store';
import { describeError } from '../lib/describe-error';
import { questionEngine, type QuestionSource } from './question-source';
import { QuizStartError } from '../../../core/errors';

export const LAST_SETTINGS_KEY = 'quiz.lastSettings';

/** A quiz left running, as the resume offer shows it. */
export interface ResumableQuiz {
  id: string;
  courseTitle: string;
  answered: number;
  total: number;
  startedAt: number;
  /** Whether it runs against a clock: an untimed quiz has no time left to speak of. */
  timed: boolean;
  /** Learn mode: items learned so far, of how many. */
  learn?: { learned: number; total: number };
}

/** A finished quiz in the history list. */
export interface PastQuiz {
  id: string;
  startedAt: number;
  lessons: string;
  correct: number;
  total: number;
  percent: number;
  mode: QuizChoice['mode'];
}

function lessonsLabel(bundle: CourseBundle | undefined, ids: readonly string[]): string {
  if (!bundle) return ids.join(', ');
  if (ids.length === bundle.course.lessons.length) return 'All lessons';
  return ids.map((id) => bundle.lessonById.get(id)?.title ?? id).join(', ');
}


/** The quiz area's shared state: what can be resumed, past quizzes, and starting new ones. */
export class QuizHub {
  resumable = $state.raw<ResumableQuiz | null>(null);
  past = $state.raw<PastQuiz[]>([]);
  loaded = $state(false);
  error = $state('');
  #store: QuizHubStore;
  #now: Clock;
  readonly questions: QuestionSource;

  constructor(store: QuizHubStore = dbQuizStore, now: Clock = systemClock, questions: QuestionSource = questionEngine) {
    this.#store = store;
    this.#now = now;
    this.questions = questions;
  }

  /** Re-reads the running quiz and the history from the store. */
  async refresh(): Promise<void> {
    try {
      const [active, finished] = await Promise.all([this.#store.activeSession(), this.#store.finishedSessions(20)]);
      this.resumable = active ? await this.#describe(active) : null;
      this.past = finished.map((s) => {
        const bundle = courseById(s.courseId);
        const correct = s.score?.correct ?? 0;
        const total = s.score?.total ?? s.questions.length;
        return {
          id: s.id,
          startedAt: s.startedAt,
          lessons: lessonsLabel(bundle, s.settings.lessonIds),
          correct,
          total,
          percent: total ? Math.round((correct / total) * 100) : 0,
          mode: s.settings.mode,
        };
      });
      this.error = '';
    } catch (err) {
      this.error = `Your quizzes could not be read. ${describeError(err)}`;
    } finally {
      this.loaded = true;
    }
  }

  async #describe(session: QuizSessionRow): Promise<ResumableQuiz> {
    const answers = await this.#store.sessionAnswers(session.id);
    const out: ResumableQuiz = {
      id: session.id,
      courseTitle: courseById(session.courseId)?.course.manifest.title ?? session.courseId,
      answered: answers.filter((a) => a.response !== null || a.timedOut).length,
      total: session.questions.length,
      startedAt: session.startedAt,
      timed: session.settings.timing.kind !== 'untimed',
    };
    if (session.learn) out.learn = learnProgress(session.learn, session.questions, answersById(answers));
    return out;
  }

  /** The choice made last time, fitted to the course, or the quick quiz's defaults. */
  async lastChoice(bundle: CourseBundle): Promise<QuizChoice> {
    const stored = await this.#store.getSetting<unknown>(LAST_SETTINGS_KEY, null);
    const lessons = bundle.course.lessons.map((l) => l.id);
    return sanitizeChoice(stored, bundle.course.manifest.id, lessons, settings.timeFactor);
  }

  /** Starts a quiz: generates its questions, stores the session and remembers the choice. Returns its id. */
  async start(bundle: CourseBundle, choice: QuizChoice, now = this.#now()): Promise<string> {
    if (!settings.loaded) await settings.load();
    const fitted: QuizChoice = { ...choice, timeFactor: settings.timeFactor };
    const seed = now >>> 0;
    let session: QuizSessionRow;
    if (fitted.mode === 'learn') {
      // Learn mode is untimed: it is about getting each item right, not about speed.
      const { questions, plan } = await this.questions.learn(bundle, fitted, seed);
      if (!questions.length) throw new QuizStartError('no-questions');
      session = await this.#store.createLearnSession({ ...fitted, timing: { kind: 'untimed' } }, questions, plan, seed, now);
    } else {
      const questions = await this.questions.questions(bundle, fitted, seed);
      if (!questions.length) throw new QuizStartError('no-questions');
      session = await this.#store.createSession(fitted, questions, seed, now, limitMs(fitted.timing, fitted.timeFactor));
    }
    await this.#store.setSetting(LAST_SETTINGS_KEY, $state.snapshot(fitted));
    await this.refresh();
    return session.id;
  }

  /** The one-click quiz over the lessons the learner studied, or all of them if none yet. */
  async quick(bundle: CourseBundle, now = this.#now()): Promise<string> {
    if (!settings.loaded) await settings.load();
    const all = bundle.course.lessons.map((l) => l.id);
    const studied = await this.#store.studiedLessonIds(bundle.course.manifest.id);
    const lessons = all.filter((id) => studied.includes(id));
    const choice = quickQuiz(bundle.course.manifest.id, lessons.length ? lessons : all, settings.timeFactor);
    // A few studied lessons may not yield ten questions; the whole course always does better.
    const pick = lessons.length && (await this.questions.counts(bundle, choice)).available < choice.length ? { ...choice, lessonIds: all } : choice;
    const seed = now >>> 0;
    const questions = await this.questions.questions(bundle, pick, seed);
    if (!questions.length) throw new QuizStartError('course-empty');
    const session = await this.#store.createSession(pick, questions, seed, now, limitMs(pick.timing, pick.timeFactor));
    await this.refresh();
    return session.id;
  }

  /** A new quiz of the questions missed in a finished one, with the same settings. */
  async retryMissed(sessionId: string, missed: Question[], now = this.#now()): Promise<string> {
    const old = await this.#store.getSession(sessionId);
    if (!old) throw new QuizStartError('quiz-gone');
    if (!missed.length) throw new QuizStartError('nothing-missed');
    // A learn session's misses were learned by its end; retried, they are a practice quiz.
    const mode = old.settings.mode === 'learn' ? 'practice' : old.settings.mode;
    const choice = { ...old.settings, mode, length: missed.length, timeFactor: settings.timeFactor };
    const session = await this.#store.createSession(choice, missed, now >>> 0, now, limitMs(choice.timing, choice.timeFactor));
    await this.refresh();
    return session.id;
  }

  /** Sets the running quiz aside for good. */
  async discard(sessionId: string): Promise<void> {
    await this.#store.abandonSession(sessionId, this.#now());
    await this.refresh();
  }

  /** The courses a quiz can be taken on. */
  courses(): CourseBundle[] {
    return allCourses();
  }
}

/** The quiz area's hub, on the application's database and the system clock. */
export const quizHub = new QuizHub(dbQuizStore, systemClock);

/**
 * Asks before a new quiz, review or quick quiz is started while one is unfinished: the learner
 * resumes it, or discards it (its answers stay in the history) and the new one starts. One per screen.
 */
export class StartGuard {
  /** The unfinished quiz the learner is being asked about; null when not asking. */
  asking = $state.raw<ResumableQuiz | null>(null);
  #open: ResumableQuiz | null = null;
  #start: (() => Promise<void>) | null = null;
  #hub: QuizHub;

  constructor(hub: QuizHub = quizHub) {
    this.#hub = hub;
  }

  /** Runs `start` at once when no quiz is unfinished; otherwise keeps it and asks. */
  async guard(start: () => Promise<void>): Promise<void> {
    await this.#hub.refresh();
    const open = this.#hub.resumable;
    if (!open) return start();
    this.#start = start;
    this.#open = open;
    this.asking = open;
  }

  /** The learner chose to discard the unfinished quiz: it is set aside, then the new one starts. */
  async discardAndStart(): Promise<void> {
    // The dialog closes (and cancels) just before it confirms: what was asked about is kept apart.
    const open = this.#open;
    const start = this.#start;
    this.#open = null;
    this.#start = null;
    this.asking = null;
    if (open) await this.#hub.discard(open.id);
    if (start) await start();
  }

  /** The learner resumed or closed the question: nothing new starts. */
  cancel(): void {
    this.asking = null;
  }
}
