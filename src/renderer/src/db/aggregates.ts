import type { Question } from '../../../core/types';
import { localDay, type DayStat, type Tally } from '../../../core/stats';
import { applyAnswerToCards, isReview } from './cards';
import type { AnswerRecord, DailyStat, DossierDb, QuizSession } from './db';

export { localDay };

/** Tables an answer's write touches; recordAnswer opens its transaction over all of them. */
export const ANSWER_TABLES = ['answers', 'quizSessions', 'cards', 'reviewLogs', 'dailyStats'] as const;

/**
 * A day's row as stored: the version-1 fields plus per-type and per-kind tallies (extra fields on the
 * row, not indexed, so no schema change). Rows written before they existed simply lack them.
 */
export type DailyStatRow = DailyStat & Pick<DayStat, 'byType' | 'byKind'>;

function adjust(tally: Tally | undefined, answer: AnswerRecord, sign: 1 | -1): Tally {
  const t = tally ?? { answers: 0, correct: 0, totalMs: 0 };
  return {
    answers: t.answers + sign,
    correct: t.correct + (answer.correct ? sign : 0),
    totalMs: t.totalMs + sign * answer.elapsedMs,
  };
}

/** A day's row with an answer added (or taken back with `sign` -1); `stat` is the row as stored, if any. */
export function countedDay(stat: DailyStatRow | undefined, answer: AnswerRecord, sign: 1 | -1): DailyStatRow {
  const row: DailyStatRow = stat ?? { day: localDay(answer.answeredAt), answers: 0, correct: 0, totalMs: 0 };
  return {
    ...row,
    ...adjust(row, answer, sign),
    byType: { ...row.byType, [answer.type]: adjust(row.byType?.[answer.type], answer, sign) },
    byKind: { ...row.byKind, [answer.kind]: adjust(row.byKind?.[answer.kind], answer, sign) },
  };
}

/** Adds an answer to its day's row (or takes it back with `sign` -1). */
async function countAnswer(db: DossierDb, answer: AnswerRecord, sign: 1 | -1): Promise<void> {
  const stat = (await db.dailyStats.get(localDay(answer.answeredAt))) as DailyStatRow | undefined;
  await db.dailyStats.put(countedDay(stat, answer, sign));
}

/**
 * Updates everything derived from one graded answer. Must run inside the transaction that stores
 * the answer (over {@link ANSWER_TABLES}), so the answer and its aggregates never disagree:
 * the day's counts and response times, and the FSRS card of every fact the question asked about
 * (with a review log). `previous` is the answer it replaces (exam mode), whose share is taken back first.
 * `session` is the answer's session when the caller has already read it, so it is not read again.
 */
export async function applyAnswerAggregates(
  db: DossierDb,
  answer: AnswerRecord,
  question: Question,
  previous?: AnswerRecord,
  session?: QuizSession,
): Promise<void> {
  // A question nobody attempted (left blank when the quiz ended) is not an answer: it counts in the
  // quiz's score, not in the day's answers or response times.
  if (previous && isReview(previous)) await countAnswer(db, previous, -1);
  if (isReview(answer)) await countAnswer(db, answer, 1);
  const known = session ?? ((await db.quizSessions.get(answer.sessionId)) as QuizSession | undefined);
  await applyAnswerToCards(db, answer, question, known, previous);
}
