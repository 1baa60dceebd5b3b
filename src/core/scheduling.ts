// Spaced repetition: how a graded answer becomes an FSRS rating, and what that rating does to a card.
// Every fact is a card scheduled by ts-fsrs with its default parameters; time is always passed in.
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { QuestionType } from './types';

export { Rating, State, type Grade };

/**
 * The memory state of one fact, as stored: the fields of a ts-fsrs `Card` with times in milliseconds.
 * `state` is a ts-fsrs {@link State} (0 new, 1 learning, 2 review, 3 relearning).
 */
export interface CardState {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview?: number;
}

/** What a review changed, as ts-fsrs logs it: the card's state *before* the rating, and when it was given. */
export interface ReviewLogState {
  rating: Grade;
  state: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: number;
}

/**
 * How long a correct answer may take and still count as fast (Easy), or before it counts as slow (Hard),
 * per question type, in milliseconds at standard time. Between the two it is Good.
 *
 * Why these values: a question's cost is reading it plus producing the answer. True/false is one
 * statement and one key; multiple choice adds four short options to scan; a typed answer needs the
 * value recalled and keyed in (recall without cues is slower than recognition); ordering and matching
 * involve four or five items and several moves. "Fast" is roughly the time to read and answer without
 * hesitating; "slow" roughly three times that, when the learner was clearly reconstructing the fact.
 */
export const RATING_THRESHOLDS: Readonly<Record<QuestionType, { fastMs: number; slowMs: number }>> = {
  truefalse: { fastMs: 3_000, slowMs: 10_000 },
  choice: { fastMs: 4_000, slowMs: 12_000 },
  typed: { fastMs: 8_000, slowMs: 25_000 },
  order: { fastMs: 10_000, slowMs: 40_000 },
  match: { fastMs: 12_000, slowMs: 45_000 },
};

export interface GradedAnswer {
  correct: boolean;
  timedOut: boolean;
  elapsedMs: number;
  type: QuestionType;
  /**
   * The extended-time accommodation the quiz ran with (1, 1.5 or 2): a learner given twice the time
   * is not marked slow for using it, so the thresholds stretch by the same factor.
   */
  timeFactor?: number;
}

/** The FSRS rating of a graded answer: wrong or timed out → Again; correct and slow → Hard; fast → Easy; else Good. */
export function rateAnswer(answer: GradedAnswer): Grade {
  if (!answer.correct || answer.timedOut) return Rating.Again;
  const factor = answer.timeFactor !== undefined && Number.isFinite(answer.timeFactor) && answer.timeFactor > 0 ? answer.timeFactor : 1;
  const { fastMs, slowMs } = RATING_THRESHOLDS[answer.type];
  const ms = Number.isFinite(answer.elapsedMs) ? Math.max(0, answer.elapsedMs) : 0;
  if (ms > slowMs * factor) return Rating.Hard;
  if (ms < fastMs * factor) return Rating.Easy;
  return Rating.Good;
}

/** The scheduler every card goes through: ts-fsrs with its default parameters (90% retention, no fuzz). */
export const scheduler = fsrs();

function toFsrs(card: CardState): Card {
  const out: Card = {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
  };
  if (card.lastReview !== undefined) out.last_review = new Date(card.lastReview);
  return out;
}

function fromFsrs(card: Card): CardState {
  const out: CardState = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) out.lastReview = card.last_review.getTime();
  return out;
}

/** A card never reviewed, due at `now`. */
export function newCardState(now: number): CardState {
  return fromFsrs(createEmptyCard(new Date(now)));
}

/** Applies one rating at `now`: the card's next state and the log of the review. */
export function reviewCard(card: CardState, rating: Grade, now: number): { card: CardState; log: ReviewLogState } {
  const { card: next, log } = scheduler.next(toFsrs(card), new Date(now), rating);
  return {
    card: fromFsrs(next),
    log: {
      rating,
      state: log.state,
      due: log.due.getTime(),
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      reviewedAt: log.review.getTime(),
    },
  };
}

/** What each of the four ratings would do to a card at `now` (a fact never reviewed starts empty): the learner sees it on the buttons. */
export function previewRatings(card: CardState | null, now: number): Record<Grade, CardState> {
  const preview = scheduler.repeat(toFsrs(card ?? newCardState(now)), new Date(now));
  return {
    [Rating.Again]: fromFsrs(preview[Rating.Again].card),
    [Rating.Hard]: fromFsrs(preview[Rating.Hard].card),
    [Rating.Good]: fromFsrs(preview[Rating.Good].card),
    [Rating.Easy]: fromFsrs(preview[Rating.Easy].card),
  };
}

/** A time until the next review as Anki writes it on its buttons: `<1 min`, `10 min`, `3 h`, `4 d`, `2 mo`, `1.5 y`. */
export function intervalLabel(ms: number): string {
  const min = ms / 60_000;
  if (min < 1) return '<1 min';
  if (min < 60) return `${Math.round(min)} min`;
  const hours = min / 60;
  if (hours < 24) return `${Math.round(hours)} h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)} d`;
  if (days < 365) return `${Math.round(days / 30)} mo`;
  return `${Math.round((days / 365) * 10) / 10} y`;
}

const DAY_MS = 86_400_000;

/**
 * The predicted probability (0–1) of recalling the card at `at`, from the FSRS forgetting curve.
 * A card never reviewed has nothing to recall: 0.
 */
export function retrievability(card: Pick<CardState, 'state' | 'stability' | 'lastReview'>, at: number): number {
  if (card.state === State.New || card.lastReview === undefined || !(card.stability > 0)) return 0;
  const days = Math.max(0, (at - card.lastReview) / DAY_MS);
  return scheduler.forgetting_curve(days, card.stability);
}

/** Whether the card is due by `at` (a card never reviewed is always due). */
export function isDue(card: Pick<CardState, 'due' | 'state'>, at: number): boolean {
  return card.state === State.New || card.due <= at;
}

/** Labels for FSRS ratings, for logs and screens. */
export const RATING_LABELS: Readonly<Record<Grade, string>> = {
  [Rating.Again]: 'Again',
  [Rating.Hard]: 'Hard',
  [Rating.Good]: 'Good',
  [Rating.Easy]: 'Easy',
};
