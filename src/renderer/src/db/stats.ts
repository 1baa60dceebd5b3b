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
}

/**
 * Reads the dashboard's inputs in one read transaction, so they agree with each other: one row per
 * day answered, one card per fact reviewed, one row per lesson opened. Its cost does not grow with
 * the number of answers.
 */
export async function loadDashboardSource(db: DossierDb = defaultDb): Promise<DashboardSource> {
  return db.transaction('r', ['dailyStats', 'cards', 'lessonProgress', 'settings'], async () => {
    const [dailyStats, cards, lessonProgress, exam] = await Promise.all([
      db.dailyStats.toArray() as Promise<DailyStatRow[]>,
      db.cards.toArray(),
      db.lessonProgress.toArray(),
      db.settings.get(EXAM_DATE_KEY),
    ]);
    return { dailyStats, cards, lessonProgress, examDate: typeof exam?.value === 'string' ? exam.value : null };
  });
}

/** Sets or clears the exam date. */
export async function saveExamDate(day: string | null, db: DossierDb = defaultDb): Promise<void> {
  if (day === null) await db.settings.delete(EXAM_DATE_KEY);
  else await db.settings.put({ key: EXAM_DATE_KEY, value: day });
}
