import type { FactKind, Question } from '../../../core/types';
import { gradeResponse } from '../../../core/index';
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
import { getSession, sessionAnswers, type QuizSessionRow } from '../db/quiz';
import { courseById } from './course';
import { links } from './links';
import { quizHub } from './quiz.svelte';
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
  loaded = $state(false);
  busy = $state(false);
  error = $state('');

  get duration(): string {
    return formatDuration(this.session?.score?.durationMs ?? this.session?.activeMs ?? 0);
  }

  get setup(): string {
    const s = this.session?.settings;
    if (!s) return '';
    const mode = s.mode === 'exam' ? 'Exam' : 'Practice';
    const extra = s.timeFactor !== 1 && s.timing.kind !== 'untimed' ? ` (extended time ×${s.timeFactor})` : '';
    return `${mode} · ${timingLabel(s.timing)}${extra}`;
  }

  async load(sessionId: string): Promise<void> {
    this.loaded = false;
    try {
      const session = await getSession(sessionId);
      this.session = session ?? null;
      if (!session) return;
      const answers: ReadonlyMap<string, GivenAnswer> = answersById(await sessionAnswers(sessionId));
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
        };
      });
      this.error = '';
    } catch (err) {
      this.error = `The results could not be read. ${describeError(err)}`;
    } finally {
      this.loaded = true;
    }
  }

  /** Starts a new quiz of the questions missed; resolves to its id, or null (see `error`). */
  async retryMissed(): Promise<string | null> {
    if (!this.session || this.busy) return null;
    this.busy = true;
    try {
      return await quizHub.retryMissed(this.session.id, this.missed);
    } catch (err) {
      this.error = describeError(err);
      return null;
    } finally {
      this.busy = false;
    }
  }
}
