// The exam-date plan: how many reviews a day bring every fact to at least 90% predicted recall on the
// exam day, and in what order to do them.
//
// The model, stated once: each planned review is assumed to be answered correctly at a normal pace
// (rated Good) and updates the card through the same FSRS scheduler the app uses. A fact never
// studied starts from an empty card and goes through its learning steps the day it is introduced.
// The exam is taken in the morning of the exam day; reviews happen on the days before it.
import { newCardState, Rating, retrievability, reviewCard, State, type CardState } from './scheduling';
import { addDays, dayStart, daysBetween, factMastery, localDay } from './stats';

/** The recall every fact should reach on the exam day. */
export const EXAM_TARGET = 0.9;
/** The hour of the exam on its day, local time. */
export const EXAM_HOUR = 9;
/** The hour planned reviews are assumed to happen on days after today. */
const REVIEW_HOUR = 12;
/** Learning steps are minutes apart; a new card cannot need more than this many the same day. */
const MAX_SAME_DAY_STEPS = 8;

/** A fact the plan covers: its card, or null when never reviewed. */
export interface PlanItem {
  id: string;
  card: CardState | null;
  /** Its review ratings, oldest first: on the exam day, a fact just missed is weak whatever its recall. */
  ratings?: readonly number[] | undefined;
}

export interface ExamPlanDay {
  day: string;
  reviews: number;
}

export interface ExamPlan {
  /** `planned`: there are days left; `today`: the exam is today (cram: every weak fact now); `past`: the date has gone by. */
  status: 'planned' | 'today' | 'past';
  examDay: string;
  /** Days on which reviews can still happen: today up to the day before the exam. */
  daysLeft: number;
  /** The fewest reviews a day that bring every fact to the target (the busiest day of the plan). */
  perDay: number;
  /** False when even unlimited daily reviews leave some fact short of the target (too little time left). */
  reachable: boolean;
  /** Every review the plan needs. */
  total: number;
  /** `total / daysLeft`, rounded up: the even pace. */
  average: number;
  schedule: ExamPlanDay[];
  /** The facts to review today, lowest predicted recall at the exam first. */
  today: string[];
  /** Facts already predicted at or above the target on the exam day with no further review. */
  ready: number;
  /** Facts studied but predicted below the target on the exam day. */
  atRisk: number;
  /** Facts never reviewed. */
  unseen: number;
  /** Predicted recall on the exam day of every fact if it is not reviewed again. */
  recallAtExam: Map<string, number>;
}

/** When the exam takes place, in ms. */
export function examMoment(examDay: string): number {
  return dayStart(examDay) + EXAM_HOUR * 3_600_000;
}

/** Predicted recall at the exam of a card left alone from now on (0 for a fact never reviewed). */
export function recallAt(card: CardState | null, at: number): number {
  return card ? retrievability(card, at) : 0;
}

/** Ids ordered for review: lowest predicted recall at `at` first (ties by id, for a stable order). */
export function byRecallAt(items: readonly PlanItem[], at: number): string[] {
  return items
    .map((item) => ({ id: item.id, r: recallAt(item.card, at) }))
    .sort((a, b) => a.r - b.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((x) => x.id);
}

const isUnseen = (card: CardState | null): boolean => !card || card.state === State.New;

/** Reviews a fact at `at` with Good, going through same-day learning steps: the card after, and the reviews it took. */
function reviewGood(card: CardState | null, at: number, endOfDay: number): { card: CardState; reviews: number } {
  let c = card ?? newCardState(at);
  let t = at;
  let reviews = 0;
  do {
    c = reviewCard(c, Rating.Good, t).card;
    reviews++;
    t = Math.max(t, c.due);
  } while ((c.state === State.Learning || c.state === State.Relearning) && c.due < endOfDay && reviews < MAX_SAME_DAY_STEPS);
  return { card: c, reviews };
}

/** Learning a new fact does not depend on the hour: learn one once and move it in time. */
function newFactLearner(): (at: number) => { card: CardState; reviews: number } {
  const origin = Date.UTC(2000, 0, 3, 12);
  const template = reviewGood(null, origin, origin + 12 * 3_600_000);
  return (at) => {
    const shift = at - origin;
    const card: CardState = { ...template.card, due: template.card.due + shift };
    if (template.card.lastReview !== undefined) card.lastReview = template.card.lastReview + shift;
    return { card, reviews: template.reviews };
  };
}

interface Simulation {
  ok: boolean;
  perDay: number[];
  today: string[];
}

interface Setup {
  items: readonly PlanItem[];
  now: number;
  today: string;
  daysLeft: number;
  exam: number;
  learnNew: (at: number) => { card: CardState; reviews: number };
}

/**
 * Plays the plan forward with at most `capacity` reviews a day, new facts becoming available evenly
 * over the first `window` days. Each day, the facts that are due or available (and, on the last day,
 * any still short of the target) are reviewed lowest-recall-at-exam first until the day is full; a new
 * fact is only started when all its learning steps fit in what is left of the day.
 */
function simulate(setup: Setup, window: number, capacity: number): Simulation {
  const { items, now, today, daysLeft, exam, learnNew } = setup;
  const perDayNew = Math.max(1, Math.ceil(items.filter((i) => isUnseen(i.card)).length / Math.max(1, window)));
  let nth = 0;
  // Recall at the exam only changes when a fact is reviewed: keep it with the card.
  const facts = items.map((i) => ({
    id: i.id,
    card: i.card,
    r: recallAt(i.card, exam),
    availableFrom: isUnseen(i.card) ? Math.floor(nth++ / perDayNew) : 0,
  }));
  const perDay: number[] = [];
  const todayIds: string[] = [];
  for (let d = 0; d < daysLeft; d++) {
    const day = addDays(today, d);
    const endOfDay = dayStart(addDays(day, 1));
    const at = d === 0 ? now : Math.max(now, dayStart(day) + REVIEW_HOUR * 3_600_000);
    const last = d === daysLeft - 1;
    const candidates = facts.filter((f) =>
      isUnseen(f.card) ? f.availableFrom <= d : (f.card as CardState).due < endOfDay || (last && f.r < EXAM_TARGET),
    );
    candidates.sort((a, b) => a.r - b.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let used = 0;
    for (const f of candidates) {
      if (used >= capacity) break;
      const step = isUnseen(f.card) ? learnNew(at) : reviewGood(f.card, at, endOfDay);
      if (used + step.reviews > capacity) continue;
      f.card = step.card;
      f.r = recallAt(step.card, exam);
      used += step.reviews;
      if (d === 0) todayIds.push(f.id);
    }
    perDay.push(used);
  }
  return { ok: facts.every((f) => f.r >= EXAM_TARGET), perDay, today: todayIds };
}

const peak = (s: Simulation): number => Math.max(0, ...s.perDay);
const sum = (s: Simulation): number => s.perDay.reduce((a, b) => a + b, 0);

/** The lightest plan for new facts spread over `window` days: the smallest daily capacity that works, by bisection. */
function lightestPlan(setup: Setup, window: number): Simulation {
  const free = simulate(setup, window, Number.POSITIVE_INFINITY);
  if (!free.ok) return free;
  let best = free;
  let lo = 1;
  let hi = Math.max(1, peak(free));
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const trial = simulate(setup, window, mid);
    if (trial.ok) {
      best = trial;
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return best;
}

/**
 * Plans reviews so that every fact's predicted recall on `examDay` is at least {@link EXAM_TARGET}.
 * The pace is the smallest daily number of reviews for which a simulated plan reaches the target, so
 * the busiest day is as light as this model finds.
 */
export function planExam(items: readonly PlanItem[], now: number, examDay: string): ExamPlan {
  const today = localDay(now);
  const exam = examMoment(examDay);
  const daysLeft = Math.max(0, daysBetween(today, examDay));
  const recallAtExam = new Map(items.map((i) => [i.id, recallAt(i.card, exam)]));
  let ready = 0;
  let atRisk = 0;
  let unseen = 0;
  for (const item of items) {
    if (isUnseen(item.card)) unseen++;
    else if ((recallAtExam.get(item.id) ?? 0) >= EXAM_TARGET) ready++;
    else atRisk++;
  }
  const base = { examDay, daysLeft, ready, atRisk, unseen, recallAtExam };
  const status = daysBetween(today, examDay) < 0 ? 'past' : daysLeft === 0 ? 'today' : 'planned';
  if (status === 'past') return { ...base, status, reachable: false, perDay: 0, total: 0, average: 0, schedule: [], today: [] };
  if (status === 'today') {
    // Cram mode: no time left to space anything, so everything short of the target is for now, weakest first.
    const weak = items.filter((i) => isUnseen(i.card) || factMastery({ card: i.card ?? undefined, ratings: i.ratings }, now) < EXAM_TARGET);
    const todayIds = byRecallAt(weak, now);
    const n = todayIds.length;
    return { ...base, status, reachable: n === 0, perDay: n, total: n, average: n, schedule: [{ day: today, reviews: n }], today: todayIds };
  }

  // New facts can be started all at once or spread out; spreading them lowers the busiest day until
  // the last ones start too late to be spaced. Try a few spreads and keep the lightest plan.
  const setup: Setup = { items, now, today, daysLeft, exam, learnNew: newFactLearner() };
  const windows = [...new Set([1, 0.25, 0.4, 0.55, 0.7, 0.85].map((f) => (f === 1 ? 1 : Math.max(1, Math.round(daysLeft * f)))))];
  let best: Simulation | undefined;
  for (const w of windows) {
    const plan = lightestPlan(setup, w);
    if (!best || (plan.ok && !best.ok) || (plan.ok === best.ok && (peak(plan) < peak(best) || (peak(plan) === peak(best) && sum(plan) < sum(best))))) best = plan;
  }
  best = best as Simulation;
  const total = sum(best);
  return {
    ...base,
    status,
    reachable: best.ok,
    perDay: peak(best),
    total,
    average: Math.ceil(total / daysLeft),
    schedule: best.perDay.map((reviews, d) => ({ day: addDays(today, d), reviews })),
    today: best.today,
  };
}
