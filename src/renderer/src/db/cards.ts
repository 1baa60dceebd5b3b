import { Dexie } from 'dexie';
import type { FactKind, Question } from '../../../core/types';
import { newCardState, rateAnswer, reviewCard, type CardState, type Grade } from '../../../core/scheduling';
import { db as defaultDb, type AnswerRecord, type CardRecord, type DossierDb, type LessonProgress, type QuizSession, type ReviewLogRecord } from './db';

/**
 * A review log as stored: the version-1 fields plus, riding on the row (not indexed), the learning
 * step before the review, the answer that caused it, and the whole card before it (null when the
 * review created the card), so a replaced exam answer can be taken back exactly.
 */
export interface ReviewLogRow extends ReviewLogRecord {
  learningSteps?: number;
  sessionId?: string;
  questionId?: string;
  before?: CardState | null;
}

/** The FSRS part of a stored card. */
export function cardState(card: CardRecord): CardState {
  const out: CardState = {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.lastReview !== undefined) out.lastReview = card.lastReview;
  return out;
}

function withState(base: Pick<CardRecord, 'factId' | 'courseId' | 'docId' | 'kind'>, state: CardState): CardRecord {
  const { lastReview, ...rest } = state;
  const card: CardRecord = { ...base, ...rest };
  if (lastReview !== undefined) card.lastReview = lastReview;
  return card;
}

const FACT_ID = /^(.*?):(date|resolution|figure|name|acronym|list|term):/;

/** The lesson and kind a fact id names (`<lesson>:<kind>:<value>:<hash>`), falling back to the question's. */
function factOrigin(factId: string, question: Question): { docId: string; kind: FactKind } {
  const m = FACT_ID.exec(factId);
  return { docId: m?.[1] || question.docId || '', kind: (m?.[2] as FactKind | undefined) ?? question.kind };
}

/** Whether an answer says anything about memory: a question left without an attempt (quiz ended) is no review. */
export function isReview(answer: AnswerRecord): boolean {
  return answer.response !== null || answer.timedOut;
}

/** Log order: by review time, then by insertion. */
const byReview = (a: ReviewLogRow, b: ReviewLogRow): number => a.reviewedAt - b.reviewedAt || (a.id ?? 0) - (b.id ?? 0);

/**
 * Takes back the review an earlier answer to the same question gave each fact: the card returns to
 * its state before it, and any later review of the fact is replayed on top, so nothing is counted twice.
 * Reads only the answer's own logs and the fact's later ones (indexes of schema version 3), so the cost
 * does not grow with the fact's history.
 */
async function undoReview(db: DossierDb, previous: AnswerRecord): Promise<void> {
  const own = ((await db.reviewLogs.where('[sessionId+questionId]').equals([previous.sessionId, previous.questionId]).toArray()) as ReviewLogRow[]).sort(byReview);
  for (const factId of new Set(previous.factIds)) {
    const undone = own.filter((l) => l.factId === factId).at(-1);
    if (!undone || undone.before === undefined) continue;
    const later = ((await db.reviewLogs.where('[factId+reviewedAt]').between([factId, undone.reviewedAt], [factId, Dexie.maxKey], true, true).toArray()) as ReviewLogRow[])
      .filter((l) => l.id !== undone.id && byReview(l, undone) > 0)
      .sort(byReview);
    const card = await db.cards.get(factId);
    let state: CardState | null = undone.before;
    for (const log of later) {
      const { card: next, log: replayedLog } = reviewCard(state ?? newCardState(log.reviewedAt), log.rating as Grade, log.reviewedAt);
      const replayed: ReviewLogRow = { ...log, ...replayedLog, before: state };
      await db.reviewLogs.put(replayed);
      state = next;
    }
    if (undone.id !== undefined) await db.reviewLogs.delete(undone.id);
    if (state === null) await db.cards.delete(factId);
    else if (card) await db.cards.put(withState(card, state));
  }
}

/**
 * Reviews the card of every fact a graded answer is about, with the rating its correctness and speed
 * earn, and logs each review. Creates a fact's card on its first answer. Runs inside the answer's
 * transaction (see `applyAnswerAggregates`).
 */
export async function applyAnswerToCards(
  db: DossierDb,
  answer: AnswerRecord,
  question: Question,
  session: QuizSession | undefined,
  previous?: AnswerRecord,
): Promise<void> {
  if (previous && isReview(previous)) await undoReview(db, previous);
  if (!isReview(answer)) return;
  const factIds = [...new Set(answer.factIds)];
  const { cards, logs } = reviewedCards(answer, question, session, await db.cards.bulkGet(factIds));
  await Promise.all([db.cards.bulkPut(cards), db.reviewLogs.bulkAdd(logs)]);
}

/**
 * The cards and review logs a graded answer gives its facts (each fact once, in the order of
 * `answer.factIds`), from their cards as stored (`stored[i]` for the i-th distinct fact, undefined
 * where the answer creates the card). Pure: the caller reads and writes.
 */
export function reviewedCards(
  answer: AnswerRecord,
  question: Question,
  session: QuizSession | undefined,
  stored: readonly (CardRecord | undefined)[],
): { cards: CardRecord[]; logs: ReviewLogRow[] } {
  const rating = rateAnswer({
    correct: answer.correct,
    timedOut: answer.timedOut,
    elapsedMs: answer.elapsedMs,
    type: answer.type,
    timeFactor: session?.settings.timeFactor ?? 1,
  });
  const now = answer.answeredAt;
  const cards: CardRecord[] = [];
  const logs: ReviewLogRow[] = [];
  [...new Set(answer.factIds)].forEach((factId, i) => {
    const card = stored[i];
    const origin = factOrigin(factId, question);
    const base = card ?? { factId, courseId: session?.courseId ?? '', docId: origin.docId, kind: origin.kind };
    const before = card ? cardState(card) : null;
    const { card: after, log } = reviewCard(before ?? newCardState(now), rating, now);
    cards.push(withState(base, after));
    logs.push({ factId, ...log, sessionId: answer.sessionId, questionId: answer.questionId, before });
  });
  return { cards, logs };
}

/** Every card. */
export async function allCards(db: DossierDb = defaultDb): Promise<CardRecord[]> {
  return db.cards.toArray();
}

/** Every review logged for a fact, oldest first. */
export async function reviewsOf(factId: string, db: DossierDb = defaultDb): Promise<ReviewLogRow[]> {
  return ((await db.reviewLogs.where('factId').equals(factId).toArray()) as ReviewLogRow[]).sort((a, b) => a.reviewedAt - b.reviewedAt);
}

/** The lessons, of every course, the learner marked as studied. */
export async function studiedLessons(db: DossierDb = defaultDb): Promise<Pick<LessonProgress, 'courseId' | 'lessonId'>[]> {
  const rows = await db.lessonProgress.toArray();
  return rows.filter((r) => r.state === 'studied').map((r) => ({ courseId: r.courseId, lessonId: r.lessonId }));
}

/** How many facts had their very first review at or after `since` (new facts started today). */
export async function factsStartedSince(since: number, db: DossierDb = defaultDb): Promise<number> {
  const logs = await db.reviewLogs.where('reviewedAt').aboveOrEqual(since).toArray();
  return new Set(logs.filter((l) => l.state === 0).map((l) => l.factId)).size;
}

/** Where a fact's card belongs, for a card created by its first rating. */
export type CardBase = Pick<CardRecord, 'factId' | 'courseId' | 'docId' | 'kind'>;

/**
 * A self-rated review (reveal, then Again/Hard/Good/Easy): the card and its log written in one
 * transaction. The log keeps the card before it, so {@link undoRating} can take it back exactly.
 * Resolves the log's id and the card after.
 */
export async function rateFact(base: CardBase, rating: Grade, now: number, db: DossierDb = defaultDb): Promise<{ logId: number; card: CardState }> {
  return db.transaction('rw', ['cards', 'reviewLogs'], async () => {
    const stored = await db.cards.get(base.factId);
    const before = stored ? cardState(stored) : null;
    const { card, log } = reviewCard(before ?? newCardState(now), rating, now);
    await db.cards.put(withState(stored ?? base, card));
    const row: ReviewLogRow = { factId: base.factId, ...log, before };
    const logId = await db.reviewLogs.add(row);
    return { logId: logId as number, card };
  });
}

/**
 * Takes back a self-rated review in one transaction: its card returns to the state before it (or
 * goes, when the rating created it) and its log is deleted. Refused (false) when the fact has been
 * reviewed again since, so no later review is lost.
 */
export async function undoRating(logId: number, db: DossierDb = defaultDb): Promise<boolean> {
  return db.transaction('rw', ['cards', 'reviewLogs'], async () => {
    const log = (await db.reviewLogs.get(logId)) as ReviewLogRow | undefined;
    if (!log || log.before === undefined) return false;
    const later = await db.reviewLogs
      .where('factId')
      .equals(log.factId)
      .filter((l) => (l.id ?? 0) > logId)
      .count();
    if (later > 0) return false;
    const card = await db.cards.get(log.factId);
    if (log.before === null) await db.cards.delete(log.factId);
    else if (card) await db.cards.put(withState(card, log.before));
    await db.reviewLogs.delete(logId);
    return true;
  });
}
