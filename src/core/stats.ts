// The Progress dashboard's figures, computed from aggregates (one row per day, one card per fact):
// never from the answers themselves. Days are local calendar days written `YYYY-MM-DD`.
import type { FactKind, QuestionType } from './types';
import { Rating, retrievability, State, type CardState } from './scheduling';

const DAY_MS = 86_400_000;

/** The local calendar day of a timestamp, `YYYY-MM-DD`. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function parts(day: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Whether a string is a real calendar day `YYYY-MM-DD`. */
export function isDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Local midnight at the start of a day, in ms. */
export function dayStart(day: string): number {
  const [y, m, d] = parts(day);
  return new Date(y, m - 1, d).getTime();
}

/** The day `n` days after (or before, when negative) `day`. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = parts(day);
  return localDay(new Date(y, m - 1, d + n, 12).getTime());
}

/** Whole days from `from` to `to` (positive when `to` is later), immune to daylight-saving shifts. */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** Answers of one kind or type on one day. */
export interface Tally {
  answers: number;
  correct: number;
  totalMs: number;
}

/** One day's aggregate, as the store keeps it (the per-type and per-kind tallies are optional: older rows lack them). */
export interface DayStat {
  day: string;
  answers: number;
  correct: number;
  totalMs: number;
  byType?: Partial<Record<QuestionType, Tally>>;
  byKind?: Partial<Record<FactKind, Tally>>;
}

export interface Streak {
  /** Days in a row with at least one answer, ending today (or yesterday, while today is still open). */
  current: number;
  longest: number;
  answeredToday: boolean;
}

/** The run of consecutive days with answers. A streak survives until a whole day passes without one. */
export function streakOf(stats: readonly DayStat[], today: string): Streak {
  const active = [...new Set(stats.filter((s) => s.answers > 0).map((s) => s.day))].sort();
  let longest = 0;
  let run = 0;
  let prev: string | undefined;
  for (const day of active) {
    run = prev !== undefined && daysBetween(prev, day) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    prev = day;
  }
  const set = new Set(active);
  const answeredToday = set.has(today);
  let current = 0;
  let cursor = answeredToday ? today : addDays(today, -1);
  while (set.has(cursor)) {
    current++;
    cursor = addDays(cursor, -1);
  }
  return { current, longest, answeredToday };
}

export interface HeatCell {
  day: string;
  answers: number;
  /** 0 (none) to 4 (the busiest days), for shading. */
  level: 0 | 1 | 2 | 3 | 4;
}

/**
 * Answers per day over the last `weeks` weeks, ending today, for a calendar heat map. Levels split
 * the busiest day's count in quarters so a heavy day stands out whatever the scale.
 */
export function heatmap(stats: readonly DayStat[], today: string, weeks = 26): { cells: HeatCell[]; max: number; first: string } {
  const byDay = new Map(stats.map((s) => [s.day, s.answers]));
  const first = addDays(today, -(weeks * 7 - 1));
  const cells: HeatCell[] = [];
  let max = 0;
  for (let i = 0; i < weeks * 7; i++) {
    const day = addDays(first, i);
    const answers = byDay.get(day) ?? 0;
    max = Math.max(max, answers);
    cells.push({ day, answers, level: 0 });
  }
  for (const c of cells) c.level = c.answers === 0 ? 0 : (Math.min(4, Math.ceil((c.answers / max) * 4)) as HeatCell['level']);
  return { cells, max, first };
}

export interface AccuracyPoint {
  day: string;
  answers: number;
  correct: number;
  /** Share correct, 0–1; null on a day without answers. */
  accuracy: number | null;
}

/** Share of correct answers on each of the last `days` days, ending today. */
export function accuracyByDay(stats: readonly DayStat[], today: string, days = 30): AccuracyPoint[] {
  const byDay = new Map(stats.map((s) => [s.day, s]));
  const out: AccuracyPoint[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    const s = byDay.get(day);
    const answers = s?.answers ?? 0;
    const correct = s?.correct ?? 0;
    out.push({ day, answers, correct, accuracy: answers > 0 ? correct / answers : null });
  }
  return out;
}

export interface ResponseTime {
  type: QuestionType;
  answers: number;
  /** Mean time per answer, ms. */
  meanMs: number;
}

const TYPES: readonly QuestionType[] = ['truefalse', 'choice', 'typed', 'order', 'match'];

/** Mean response time per question type, over every day. Types never answered are left out. */
export function responseTimes(stats: readonly DayStat[]): ResponseTime[] {
  const sums = new Map<QuestionType, { answers: number; ms: number }>();
  for (const s of stats) {
    for (const type of TYPES) {
      const t = s.byType?.[type];
      if (!t || t.answers <= 0) continue;
      const acc = sums.get(type) ?? { answers: 0, ms: 0 };
      acc.answers += t.answers;
      acc.ms += t.totalMs;
      sums.set(type, acc);
    }
  }
  return TYPES.filter((t) => sums.has(t)).map((type) => {
    const { answers, ms } = sums.get(type) as { answers: number; ms: number };
    return { type, answers, meanMs: ms / answers };
  });
}

/** Totals over every day. */
export function totals(stats: readonly DayStat[]): { answers: number; correct: number; totalMs: number; days: number } {
  let answers = 0;
  let correct = 0;
  let totalMs = 0;
  let days = 0;
  for (const s of stats) {
    answers += s.answers;
    correct += s.correct;
    totalMs += s.totalMs;
    if (s.answers > 0) days++;
  }
  return { answers, correct, totalMs, days };
}

export interface ForecastDay {
  day: string;
  /** Cards falling due that day (today's count includes every overdue card). */
  due: number;
}

/** How many reviews fall due on each of the next `days` days, starting today. Cards never reviewed are not counted. */
export function forecast(cards: readonly Pick<CardState, 'due' | 'state'>[], now: number, days = 30): ForecastDay[] {
  const today = localDay(now);
  const out: ForecastDay[] = Array.from({ length: days }, (_, i) => ({ day: addDays(today, i), due: 0 }));
  for (const card of cards) {
    if (card.state === State.New) continue;
    const offset = card.due <= now ? 0 : daysBetween(today, localDay(card.due));
    const slot = out[Math.max(0, offset)];
    if (offset < days && slot) slot.due++;
  }
  return out;
}

/** A fact as the dashboard groups it: its lesson and kind, and its card when it has been reviewed. */
export interface TrackedFact {
  factId: string;
  lessonId: string;
  kind: FactKind;
  card?: CardState | undefined;
  /** The FSRS ratings of its reviews, oldest first (Again = 1 is a miss); absent for data without logs. */
  ratings?: readonly number[] | undefined;
}

/** How many of a fact's latest answers its mastery weighs: old misses stop counting once relearnt. */
export const MASTERY_WINDOW = 5;

/** A fact's latest answers: how many, and how many were right. */
export interface RecentAnswers {
  answered: number;
  right: number;
}

/** The latest {@link MASTERY_WINDOW} answers of a fact, from its ratings or (without logs) its card. */
export function recentAnswers(card: CardState | undefined, ratings: readonly number[] | undefined): RecentAnswers {
  if (ratings && ratings.length) {
    const recent = ratings.slice(-MASTERY_WINDOW);
    return { answered: recent.length, right: recent.filter((r) => r !== Rating.Again).length };
  }
  if (!card || card.state === State.New || card.reps <= 0) return { answered: 0, right: 0 };
  return { answered: card.reps, right: Math.max(0, card.reps - card.lapses) };
}

/**
 * What the learner knows of one fact, 0–1, the one number every screen shows: the FSRS predicted
 * recall now, times the share of its latest answers that were right. Recall alone is near 100% just
 * after any review, a miss included (the card was just shown); the answers say whether it was known.
 * A fact never reviewed is 0.
 */
export function factMastery(fact: Pick<TrackedFact, 'card' | 'ratings'>, now: number): number {
  const card = fact.card;
  if (!card || card.state === State.New) return 0;
  const { answered, right } = recentAnswers(card, fact.ratings);
  return answered > 0 ? retrievability(card, now) * (right / answered) : 0;
}

export interface MasteryRow<K extends string = string> {
  key: K;
  facts: number;
  /** Facts with at least one review. */
  seen: number;
  /** Mean {@link factMastery} now over every fact, 0–1: facts not yet studied count as 0. */
  mastery: number;
}

/** Mean mastery now, grouped by `keyOf` (lesson, kind), in first-seen order. */
export function masteryBy<K extends string>(facts: readonly TrackedFact[], keyOf: (f: TrackedFact) => K, now: number): MasteryRow<K>[] {
  const rows = new Map<K, { facts: number; seen: number; sum: number }>();
  for (const f of facts) {
    const key = keyOf(f);
    const row = rows.get(key) ?? { facts: 0, seen: 0, sum: 0 };
    row.facts++;
    if (f.card && f.card.state !== State.New) {
      row.seen++;
      row.sum += factMastery(f, now);
    }
    rows.set(key, row);
  }
  return [...rows].map(([key, r]) => ({ key, facts: r.facts, seen: r.seen, mastery: r.facts > 0 ? r.sum / r.facts : 0 }));
}

export interface WeakFact {
  factId: string;
  lessonId: string;
  kind: FactKind;
  /** {@link factMastery}: the number the list is sorted by. */
  mastery: number;
  /** FSRS predicted recall now, 0–1. */
  recall: number;
  /** Its latest answers. */
  recent: RecentAnswers;
  lapses: number;
  reps: number;
  /** FSRS difficulty, 1–10: raised by every miss. */
  difficulty: number;
  /** In its learning or relearning steps: answered wrong (or first seen) very recently. */
  learning: boolean;
}

/**
 * The facts the learner knows least: reviewed facts with the lowest mastery now (to the percent),
 * then the hardest (FSRS difficulty grows with every miss), then the most lapses. Facts never
 * reviewed are not "weak", only unstudied.
 */
export function weakestFacts(facts: readonly TrackedFact[], now: number, n = 10): WeakFact[] {
  const percent = (r: number): number => Math.round(r * 100);
  return facts
    .filter((f): f is TrackedFact & { card: CardState } => !!f.card && f.card.state !== State.New)
    .map((f) => ({
      factId: f.factId,
      lessonId: f.lessonId,
      kind: f.kind,
      mastery: factMastery(f, now),
      recall: retrievability(f.card, now),
      recent: recentAnswers(f.card, f.ratings),
      lapses: f.card.lapses,
      reps: f.card.reps,
      difficulty: f.card.difficulty,
      learning: f.card.state === State.Learning || f.card.state === State.Relearning,
    }))
    .sort(
      (a, b) =>
        percent(a.mastery) - percent(b.mastery) ||
        b.difficulty - a.difficulty ||
        b.lapses - a.lapses ||
        (a.factId < b.factId ? -1 : 1),
    )
    .slice(0, n);
}
