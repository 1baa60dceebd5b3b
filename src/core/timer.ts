// Countdown arithmetic for timed quizzes. Time is always a deadline minus `now`, never a count of
// ticks, so a hidden window or a busy machine cannot make the clock drift.

/** How a quiz is timed (the same shape the store keeps in `QuizSettings.timing`). */
export type Timing =
  | { kind: 'untimed' }
  | { kind: 'per-question'; seconds: number }
  | { kind: 'whole-quiz'; minutes: number };

/** The time allowed, in milliseconds, for one question or the whole quiz; null when untimed. */
export function limitMs(timing: Timing, timeFactor = 1): number | null {
  const factor = Number.isFinite(timeFactor) && timeFactor > 0 ? timeFactor : 1;
  if (timing.kind === 'per-question') return Math.round(timing.seconds * 1000 * factor);
  if (timing.kind === 'whole-quiz') return Math.round(timing.minutes * 60_000 * factor);
  return null;
}

/** When a clock started at `startedAt` with `budgetMs` to go runs out. */
export function deadlineFrom(startedAt: number, budgetMs: number): number {
  return startedAt + Math.max(0, budgetMs);
}

/** Milliseconds left before `deadline`, never below zero. */
export function remaining(now: number, deadline: number): number {
  return Math.max(0, deadline - now);
}

/** The moments (ms left) at which a screen reader hears how much time is left. */
export function announcementThresholds(timing: Timing, limit: number): number[] {
  const candidates =
    timing.kind === 'whole-quiz'
      ? [limit / 2, 5 * 60_000, 60_000, 30_000]
      : timing.kind === 'per-question'
        ? [limit / 2, 30_000, 10_000]
        : [];
  const out: number[] = [];
  for (const t of candidates.map((c) => Math.round(c / 1000) * 1000).sort((a, b) => b - a)) {
    // A threshold at (or above) the start would be announced immediately; two close ones are noise.
    if (t <= 0 || t >= limit) continue;
    if (out.some((o) => Math.abs(o - t) < 5000)) continue;
    out.push(t);
  }
  return out;
}

/**
 * The threshold crossed between two readings of the clock (`before` > `after`), or null. When a busy
 * machine skips several, only the lowest is returned: the learner needs the latest news, not a backlog.
 */
export function crossedThreshold(before: number, after: number, thresholds: readonly number[]): number | null {
  let crossed: number | null = null;
  for (const t of thresholds) if (before > t && after <= t && (crossed === null || t < crossed)) crossed = t;
  return crossed;
}

/** The last stretch of a clock: 20% of the limit or ten seconds, whichever is longer. */
export function isWarning(remainingMs: number, limit: number): boolean {
  return remainingMs <= Math.max(limit * 0.2, 10_000);
}

/** Whole seconds still to go, rounded up so the display reads 0:00 only when time is really up. */
export function secondsLeft(remainingMs: number): number {
  return Math.ceil(Math.max(0, remainingMs) / 1000);
}

/** A clock face: `0:27`, `4:05`, `1:02:00`. */
export function formatClock(remainingMs: number): string {
  const total = secondsLeft(remainingMs);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Time left in words, for screen readers: `10 seconds left`, `1 minute left`, `4 minutes 30 seconds left`. */
export function describeRemaining(remainingMs: number): string {
  const total = secondsLeft(remainingMs);
  if (total === 0) return 'Time is up';
  const m = Math.floor(total / 60);
  const s = total % 60;
  const parts: string[] = [];
  if (m > 0) parts.push(`${m} ${m === 1 ? 'minute' : 'minutes'}`);
  if (s > 0) parts.push(`${s} ${s === 1 ? 'second' : 'seconds'}`);
  return `${parts.join(' ')} left`;
}

/** A duration in words for results: `42 s`, `3 min 05 s`, `1 h 02 min`. */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(s).padStart(2, '0')} s`;
  return `${s} s`;
}

/** What a run of per-question clocks has done by `now`: see {@link chainDeadlines}. */
export interface DeadlineChain {
  /** The deadline of each question closed by `now`, in the order they ran. */
  closedAt: number[];
  /** The question still running (its position in `budgets`) and its deadline, or null when all ran out. */
  running: { index: number; deadline: number } | null;
}

/**
 * Per-question clocks run one after another: when one runs out at `start`, the next starts at that
 * deadline — not when a timer happened to fire, which in a hidden or busy window can be a minute later.
 * Given the budgets of the questions still to run, in order, returns which ran out by `now` (each at
 * its own deadline) and which one is running.
 */
export function chainDeadlines(start: number, budgets: readonly number[], now: number): DeadlineChain {
  const closedAt: number[] = [];
  let at = start;
  for (let i = 0; i < budgets.length; i++) {
    const deadline = deadlineFrom(at, budgets[i] ?? 0);
    if (deadline > now) return { closedAt, running: { index: i, deadline } };
    closedAt.push(deadline);
    at = deadline;
  }
  return { closedAt, running: null };
}
