import type { FactKind, Question } from '../../../core/types';
import { gradeResponse } from '../../../core/grade';
import { KIND_LABELS, TYPE_LABELS, timingLabel } from '../../../core/quiz-settings';
import {
  answersById,
  byKind,
  byLesson,
  describeResponse,
  missedQuestions,
  scoreOf,
  type BreakdownRow,
  type GivenAnswer,
  type Score,
} from '../../../core/quiz-results';
import { formatDuration } from '../../../core/timer';
import { learnProgress } from '../../../core/learn';
import type { AnswerRow, QuizSessionRow } from '../db/quiz';
import { courseById } from './course';
import { links } from './links';
import { quizHub, type QuizHub } from './quiz.svelte';
import { dbQuizStore, systemClock, type Clock, type QuizStore } from './quiz-store';
import { describeError } from '../lib/describe-error';

/** One question of the review, ready to show. */
export interface ReviewItem {
  number: number;
  question: Question;
  typeLabel: string;
  kindLabel: string;
  /** The learner's answer in words, or `Timed out` / `No answer`. */
  given: string;
  outcome: 'correct' | 'wrong' | 'timed-out' | 'unanswered';
  expected: string;
  explanation: string;
  lessonTitle: string;
  lessonHref: string | null;
  /** A typed answer graded wrong: "I was right" is offered. */
  overridable: boolean;
  /** Counted as right at the learner's word; the grader had marked it wrong. */
  overridden: boolean;
}

export interface NamedRow extends BreakdownRow {
  label: string;
}

/** A finished quiz's score, breakdowns and review, and the retry of what was missed. */
export class QuizResults {
  session = $state.raw<QuizSessionRow | null>(null);
  score = $state.raw<Score>({ correct: 0, total: 0, percent: 0 });
  kinds = $state.raw<NamedRow[]>([]);
  lessons = $state.raw<NamedRow[]>([]);
  review = $state.raw<ReviewItem[]>([]);
  missed = $state.raw<Question[]>([]);
  /** Learn mode: items learned, of how many (every one, once finished). */
  learned = $state.raw<{ learned: number; total: number } | null>(null);
  loaded = $state(false);
  busy = $state(false);
  error = $state('');
  #store: Pick<QuizStore, 'getSession' | 'sessionAnswers' | 'overrideAnswer'>;
  #now: Clock;
  #hub: Pick<QuizHub, 'refresh' | 'retryMissed'>;

  constructor(
    store: Pick<QuizStore, 'getSession' | 'sessionAnswers' | 'overrideAnswer'> = dbQuizStore,
    now: Clock = systemClock,
    hub: Pick<QuizHub, 'refresh' | 'retryMissed'> = quizHub,
  ) {
    this.#store = store;
    this.#now = now;
    this.#hub = hub;
  }

  get duration(): string {
    return formatDuration(this.session?.score?.durationMs ?? this.session?.activeMs ?? 0);
  }

  get setup(): string {
    const s = this.session?.settings;
    if (!s) return '';
    const mode = s.mode === 'exam' ? 'Exam' : s.mode === 'learn' ? 'Learn' : 'Practice';
    const extra = s.timeFactor !== 1 && s.timing.kind !== 'untimed' ? ` (extended time ×${s.timeFactor})` : '';
    return `${mode} · ${timingLabel(s.timing)}${extra}`;
  }

  async load(sessionId: string, quiet = false): Promise<void> {
    if (!quiet) this.loaded = false;
    try {
      const session = await this.#store.getSession(sessionId);
      this.session = session ?? null;
      if (!session) return;
      const answers: ReadonlyMap<string, GivenAnswer & Pick<AnswerRow, 'overriddenAt'>> = answersById(await this.#store.sessionAnswers(sessionId));
      this.learned = session.learn ? learnProgress(session.learn, session.questions, answers) : null;
      const bundle = courseById(session.courseId);
      const title = (docId: string): string => (docId ? (bundle?.lessonById.get(docId)?.title ?? docId) : 'Across lessons');
      this.score = scoreOf(session.questions, answers);
      this.kinds = byKind(session.questions, answers).map((r) => ({ ...r, label: KIND_LABELS[r.key as FactKind] }));
      this.lessons = byLesson(session.questions, answers).map((r) => ({ ...r, label: title(r.key) }));
      this.missed = missedQuestions(session.questions, answers);
      // A question over several lessons (an order question across the course) links to its first fact's lesson.
      const factDoc: Record<string, string | undefined> = Object.fromEntries(bundle?.facts.map((f) => [f.id, f.docId]) ?? []);
      this.review = session.questions.map((q, i) => {
        const a = answers.get(q.id);
        const firstFact = q.factIds[0] ?? '';
        const docId = q.docId ?? factDoc[firstFact];
        const outcome: ReviewItem['outcome'] = a?.correct
          ? 'correct'
          : a?.timedOut && a.response === null
            ? 'timed-out'
            : !a || a.response === null
              ? 'unanswered'
              : 'wrong';
        const given =
          outcome === 'timed-out' ? 'Timed out' : outcome === 'unanswered' ? 'No answer' : describeResponse(q, a?.response ?? null);
        return {
          number: i + 1,
          question: q,
          typeLabel: TYPE_LABELS[q.type],
          kindLabel: KIND_LABELS[q.kind],
          given: a?.timedOut && a.response !== null ? `${given} (submitted when time ran out)` : given,
          outcome,
          expected: gradeResponse(q, '').expected,
          explanation: q.explanation,
          lessonTitle: docId ? title(docId) : '',
          lessonHref: docId ? links.lesson(session.courseId, docId, { fact: firstFact }) : null,
          overridable: outcome === 'wrong' && q.type === 'typed' && !a?.timedOut && session.status !== 'abandoned',
          overridden: a?.overriddenAt !== undefined && a.correct,
        };
      });
      this.error = '';
    } catch (err) {
      this.error = `The results could not be read. ${describeError(err)}`;
    } finally {
      this.loaded = true;
    }
  }

  /**
   * "I was right" on a typed answer graded wrong: it counts as right (score, day's totals, FSRS rating,
   * in one transaction), then the results are read again. Resolves whether it was stored.
   */
  async overrule(questionId: string): Promise<boolean> {
    if (!this.session || this.busy) return false;
    this.busy = true;
    try {
      await this.#store.overrideAnswer(this.session.id, questionId, this.#now());
      await this.load(this.session.id, true);
      void this.#hub.refresh();
      return true;
    } catch (err) {
      this.error = describeError(err);
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Starts a new quiz of the questions missed; resolves to its id, or null (see `error`). */
  async retryMissed(): Promise<string | null> {
    if (!this.session || this.busy) return null;
    this.busy = true;
    try {
      return await this.#hub.retryMissed(this.session.id, this.missed);
    } catch (err) {
      this.error = describeError(err);
      return null;
    } finally {
      this.busy = false;
    }
  }
}
