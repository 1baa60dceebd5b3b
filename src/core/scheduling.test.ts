import { describe, expect, it } from 'vitest';
import { intervalLabel, isDue, newCardState, previewRatings, RATING_THRESHOLDS, rateAnswer, Rating, retrievability, reviewCard, State } from './scheduling';
import type { QuestionType } from './types';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0); // 2 March 2026, 09:00 UTC
const MIN = 60_000;
const DAY = 86_400_000;

describe('rateAnswer', () => {
  const types = Object.keys(RATING_THRESHOLDS) as QuestionType[];

  it('rates a wrong answer Again whatever its speed', () => {
    for (const type of types) {
      expect(rateAnswer({ correct: false, timedOut: false, elapsedMs: 500, type })).toBe(Rating.Again);
      expect(rateAnswer({ correct: false, timedOut: false, elapsedMs: 60_000, type })).toBe(Rating.Again);
    }
  });

  it('rates a timed-out answer Again even when marked correct', () => {
    expect(rateAnswer({ correct: true, timedOut: true, elapsedMs: 2_000, type: 'choice' })).toBe(Rating.Again);
  });

  it('rates by the thresholds of each type: fast Easy, slow Hard, between Good', () => {
    for (const type of types) {
      const { fastMs, slowMs } = RATING_THRESHOLDS[type];
      expect(fastMs).toBeLessThan(slowMs);
      expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: fastMs - 1, type })).toBe(Rating.Easy);
      expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: fastMs, type })).toBe(Rating.Good);
      expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: slowMs, type })).toBe(Rating.Good);
      expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: slowMs + 1, type })).toBe(Rating.Hard);
    }
  });

  it('gives more time to slower question types', () => {
    // Seven seconds is slow-ish for true/false but fast for typing an answer.
    expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: 7_000, type: 'truefalse' })).toBe(Rating.Good);
    expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: 7_000, type: 'typed' })).toBe(Rating.Easy);
    expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: 20_000, type: 'choice' })).toBe(Rating.Hard);
    expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: 20_000, type: 'match' })).toBe(Rating.Good);
  });

  it('stretches the thresholds by the extended-time factor', () => {
    expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: 15_000, type: 'choice' })).toBe(Rating.Hard);
    expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: 15_000, type: 'choice', timeFactor: 1.5 })).toBe(Rating.Good);
    expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: 7_000, type: 'choice', timeFactor: 2 })).toBe(Rating.Easy);
  });

  it('treats a nonsense duration as instant rather than failing', () => {
    expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: Number.NaN, type: 'choice' })).toBe(Rating.Easy);
    expect(rateAnswer({ correct: true, timedOut: false, elapsedMs: -5, type: 'typed' })).toBe(Rating.Easy);
  });
});

describe('reviewCard', () => {
  it('starts a new card due now with nothing to recall', () => {
    const card = newCardState(T0);
    expect(card).toMatchObject({ due: T0, state: State.New, reps: 0, lapses: 0, stability: 0 });
    expect(card.lastReview).toBeUndefined();
    expect(retrievability(card, T0)).toBe(0);
    expect(isDue(card, T0 - DAY)).toBe(true);
  });

  it('takes a new card through its learning steps to review in two days with Good', () => {
    const first = reviewCard(newCardState(T0), Rating.Good, T0);
    expect(first.card.state).toBe(State.Learning);
    expect(first.card.due).toBe(T0 + 10 * MIN);
    expect(first.log).toMatchObject({ rating: Rating.Good, state: State.New, reviewedAt: T0 });
    const second = reviewCard(first.card, Rating.Good, T0 + 10 * MIN);
    expect(second.card.state).toBe(State.Review);
    expect(second.card.scheduledDays).toBe(2);
    expect(second.card.due).toBe(T0 + 10 * MIN + 2 * DAY);
    expect(second.card.stability).toBeCloseTo(2.3065, 4);
  });

  it('sends an Easy new card straight to review, further out than Good', () => {
    const easy = reviewCard(newCardState(T0), Rating.Easy, T0).card;
    expect(easy.state).toBe(State.Review);
    expect(easy.scheduledDays).toBeGreaterThan(2);
  });

  it('counts a lapse and relearns when a review card is answered Again', () => {
    let card = reviewCard(newCardState(T0), Rating.Easy, T0).card;
    card = reviewCard(card, Rating.Again, card.due).card;
    expect(card.lapses).toBe(1);
    expect(card.state).toBe(State.Relearning);
  });

  it('grows the interval with each Good review on time', () => {
    let card = reviewCard(newCardState(T0), Rating.Easy, T0).card;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      card = reviewCard(card, Rating.Good, card.due).card;
      intervals.push(card.scheduledDays);
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1] as number);
  });

  it('predicts 90% recall after one stability of days, and less later', () => {
    const card = reviewCard(reviewCard(newCardState(T0), Rating.Good, T0).card, Rating.Good, T0 + 10 * MIN).card;
    const at = (card.lastReview as number) + card.stability * DAY;
    expect(retrievability(card, at)).toBeCloseTo(0.9, 6);
    expect(retrievability(card, at + 10 * DAY)).toBeLessThan(0.9);
    expect(retrievability(card, card.lastReview as number)).toBeCloseTo(1, 6);
  });
});

describe('the four buttons of a self-rated review', () => {
  const NOW_ = Date.UTC(2026, 2, 2, 10);

  it('previews what each rating would do, exactly as reviewing with it does', () => {
    const preview = previewRatings(null, NOW_);
    for (const g of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const) {
      expect(preview[g]).toEqual(reviewCard(newCardState(NOW_), g, NOW_).card);
    }
    expect(preview[Rating.Again].due).toBeLessThan(preview[Rating.Easy].due);
  });

  it('writes intervals the way Anki writes them on its buttons', () => {
    expect(intervalLabel(30_000)).toBe('<1 min');
    expect(intervalLabel(10 * 60_000)).toBe('10 min');
    expect(intervalLabel(3 * 3_600_000)).toBe('3 h');
    expect(intervalLabel(4 * 86_400_000)).toBe('4 d');
    expect(intervalLabel(61 * 86_400_000)).toBe('2 mo');
    expect(intervalLabel(548 * 86_400_000)).toBe('1.5 y');
  });
});
