// Results of a quiz: the score, breakdowns by kind and by lesson, and each answer in words.
import type { FactKind, Question, Response } from './types';

/** What the results need of one stored answer. */
export interface GivenAnswer {
  questionId: string;
  response: Response | null;
  correct: boolean;
  timedOut: boolean;
  elapsedMs: number;
}

export interface Score {
  correct: number;
  total: number;
  /** Whole percent, 0 when there are no questions. */
  percent: number;
}

/** One row of a breakdown table. */
export interface BreakdownRow<K extends string = string> {
  key: K;
  correct: number;
  total: number;
  percent: number;
}

const percentOf = (correct: number, total: number): number => (total === 0 ? 0 : Math.round((correct / total) * 100));

/** The score over every question of the quiz: a question with no answer counts as wrong. */
export function scoreOf(questions: readonly Question[], answers: ReadonlyMap<string, GivenAnswer>): Score {
  const correct = questions.filter((q) => answers.get(q.id)?.correct === true).length;
  return { correct, total: questions.length, percent: percentOf(correct, questions.length) };
}

/** Questions grouped by `keyOf`, in the order the groups first appear. */
export function breakdown<K extends string>(
  questions: readonly Question[],
  answers: ReadonlyMap<string, GivenAnswer>,
  keyOf: (q: Question) => K,
): BreakdownRow<K>[] {
  const rows = new Map<K, BreakdownRow<K>>();
  for (const q of questions) {
    const key = keyOf(q);
    const row = rows.get(key) ?? { key, correct: 0, total: 0, percent: 0 };
    row.total += 1;
    if (answers.get(q.id)?.correct) row.correct += 1;
    rows.set(key, row);
  }
  return [...rows.values()].map((r) => ({ ...r, percent: percentOf(r.correct, r.total) }));
}

/** Breakdown by the kind of fact asked about. */
export const byKind = (questions: readonly Question[], answers: ReadonlyMap<string, GivenAnswer>): BreakdownRow<FactKind>[] =>
  breakdown(questions, answers, (q) => q.kind);

/** Breakdown by lesson; a question spanning lessons falls under `''`. */
export const byLesson = (questions: readonly Question[], answers: ReadonlyMap<string, GivenAnswer>): BreakdownRow[] =>
  breakdown(questions, answers, (q) => q.docId ?? '');

/** The questions not answered correctly, in quiz order. */
export function missedQuestions(questions: readonly Question[], answers: ReadonlyMap<string, GivenAnswer>): Question[] {
  return questions.filter((q) => answers.get(q.id)?.correct !== true);
}

/** A learner's response in words: `1,440`, `True`, `A → B → C`, `2100 → created MINUSMA; …`. */
export function describeResponse(question: Question, response: Response | null): string {
  if (response === null) return '';
  if (typeof response === 'boolean') return response ? 'True' : 'False';
  if (typeof response === 'string') return response;
  if (question.type === 'match' && question.left) {
    return question.left.map((l, i) => `${l} → ${response[i] || '(no pair chosen)'}`).join('; ');
  }
  return response.join(' → ');
}

/** The number of questions a choice of length yields from `available` (0 means all of them). */
export function quizLength(length: number, available: number): number {
  return length === 0 ? available : Math.min(length, available);
}

/** Answers keyed by question id. */
export function answersById<A extends { questionId: string }>(answers: readonly A[]): ReadonlyMap<string, A> {
  return new Map(answers.map((a) => [a.questionId, a]));
}

/** A copy of `answers` with `answer` added or replacing the one to the same question. */
export function withAnswer<A extends { questionId: string }>(answers: ReadonlyMap<string, A>, answer: A): ReadonlyMap<string, A> {
  const next = new Map(answers);
  next.set(answer.questionId, answer);
  return next;
}

/** A copy of `answers` without the answer to `questionId`. */
export function withoutAnswer<A>(answers: ReadonlyMap<string, A>, questionId: string): ReadonlyMap<string, A> {
  const next = new Map(answers);
  next.delete(questionId);
  return next;
}
