import { MASTERY_WINDOW } from '../../../core/stats';
import type { DailyStatRow } from './aggregates';
import { db as defaultDb, type CardRecord, type DossierDb, type LessonProgress } from './db';

/** The settings key of the learner's exam date (`YYYY-MM-DD`). */
export const EXAM_DATE_KEY = 'exam.date';

/** Everything the Progress dashboard is computed from: aggregates and cards, never the answers themselves. */
export interface DashboardSource {
  dailyStats: DailyStatRow[];
  cards: CardRecord[];
  lessonProgress: LessonProgress[];
  examDate: string | null;
  /** Each reviewed fact's latest FSRS ratings, oldest first (what mastery weighs); absent means unknown. */
  ratings?: Map<string, number[]>;
}

/** Each fact's latest ratings, oldest first, at most `keep` of them. */
export function ratingsByFact(logs: readonly { factId: string; rating: number; reviewedAt: number }[], keep = MASTERY_WINDOW): Map<string, number[]> {
  const sorted = [...logs].sort((a, b) => a.reviewedAt - b.reviewedAt);
  const out = new Map<string, number[]>();
  for (const log of sorted) {
    const list = out.get(log.factId) ?? [];
    list.push(log.rating);
    if (list.length > keep) list.shift();
    out.set(log.factId, list);
  }
  return out;
}

/**
 * Reads the dashboard's inputs in one read transaction, so they agree with each other: one row per
 * day answered, one card per fact reviewed, one row per lesson opened, and the review logs, of
 * which only each fact's latest few ratings are kept (mastery weighs them).
 */
export async function loadDashboardSource(db: DossierDb = defaultDb): Promise<DashboardSource> {
  return db.transaction('r', ['dailyStats', 'cards', 'lessonProgress', 'settings', 'reviewLogs'], async () => {
    const [dailyStats, cards, lessonProgress, exam, logs] = await Promise.all([
      db.dailyStats.toArray() as Promise<DailyStatRow[]>,
      db.cards.toArray(),
      db.lessonProgress.toArray(),
      db.settings.get(EXAM_DATE_KEY),
      db.reviewLogs.toArray(),
    ]);
    return {
      dailyStats,
      cards,
      lessonProgress,
      examDate: typeof exam?.value === 'string' ? exam.value : null,
      ratings: ratingsByFact(logs),
    };
  });
}

/** Each reviewed fact's latest ratings, oldest first (see {@link ratingsByFact}). */
export async function latestRatings(db: DossierDb = defaultDb): Promise<Map<string, number[]>> {
  return ratingsByFact(await db.reviewLogs.toArray());
}

/** Sets or clears the exam date. */
export async function saveExamDate(day: string | null, db: DossierDb = defaultDb): Promise<void> {
  if (day === null) await db.settings.delete(EXAM_DATE_KEY);
  else await db.settings.put({ key: EXAM_DATE_KEY, value: day });
}
