import type { Question } from '../../../core/types';
import type { AnswerRecord, DossierDb } from './db';

/** Tables an answer's write touches; recordAnswer opens its transaction over all of them. */
export const ANSWER_TABLES = ['answers', 'quizSessions', 'cards', 'reviewLogs', 'dailyStats'] as const;

/** The local calendar day of a timestamp, `YYYY-MM-DD`. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Updates everything derived from one graded answer. Must run inside the transaction that stores
 * the answer (over {@link ANSWER_TABLES}), so the answer and its aggregates never disagree.
 * `previous` is the answer it replaces (exam mode), whose counts are taken back first.
 */
export async function applyAnswerAggregates(
  db: DossierDb,
  answer: AnswerRecord,
  _question: Question,
  previous?: AnswerRecord,
): Promise<void> {
  const day = localDay(answer.answeredAt);
  const stat = (await db.dailyStats.get(day)) ?? { day, answers: 0, correct: 0, totalMs: 0 };
  if (previous && localDay(previous.answeredAt) === day) {
    stat.answers -= 1;
    stat.correct -= previous.correct ? 1 : 0;
    stat.totalMs -= previous.elapsedMs;
  }
  stat.answers += 1;
  stat.correct += answer.correct ? 1 : 0;
  stat.totalMs += answer.elapsedMs;
  await db.dailyStats.put(stat);
}
