import Dexie from 'dexie';
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
 * Each fact's latest `keep` ratings, oldest first, read through the `[factId+reviewedAt]` index: a
 * few rows per fact, however many review logs the store holds. Run inside the caller's transaction.
 */
async function latestRatingsOf(db: DossierDb, factIds: readonly string[], keep = MASTERY_WINDOW): Promise<Map<string, number[]>> {
  const lists = await Promise.all(
    factIds.map((factId) =>
      db.reviewLogs
        .where('[factId+reviewedAt]')
        .between([factId, Dexie.minKey], [factId, Dexie.maxKey])
        .reverse()
        .limit(keep)
        .toArray(),
    ),
  );
  const out = new Map<string, number[]>();
  factIds.forEach((factId, i) => {
    const logs = lists[i] ?? [];
    if (logs.length) out.set(factId, logs.reverse().map((l) => l.rating));
  });
  return out;
}

/**
 * Reads the dashboard's inputs in one read transaction, so they agree with each other: one row per
 * day answered, one card per fact reviewed, one row per lesson opened, and each reviewed fact's
 * latest few ratings (mastery weighs them), read through an index rather than from every log.
 */
export async function loadDashboardSource(db: DossierDb = defaultDb): Promise<DashboardSource> {
  return db.transaction('r', ['dailyStats', 'cards', 'lessonProgress', 'settings', 'reviewLogs'], async () => {
    // The ratings are asked for as soon as the cards are in, while the daily totals are still being read.
    const cardsRead = db.cards.toArray();
    const [dailyStats, cards, lessonProgress, exam, ratings] = await Promise.all([
      db.dailyStats.toArray() as Promise<DailyStatRow[]>,
      cardsRead,
      db.lessonProgress.toArray(),
      db.settings.get(EXAM_DATE_KEY),
      cardsRead.then((all) => latestRatingsOf(db, all.map((c) => c.factId))),
    ]);
    return { dailyStats, cards, lessonProgress, examDate: typeof exam?.value === 'string' ? exam.value : null, ratings };
  });
}

/** The tables the dashboard is read from. */
const DASHBOARD_TABLES = new Set(['dailyStats', 'cards', 'lessonProgress', 'settings', 'reviewLogs']);

/**
 * The dashboard's inputs, read again only once one of their tables has changed: Dexie reports every
 * committed write to `db` (from this window and, through a BroadcastChannel, from any other), so a
 * second visit to Progress with nothing answered in between skips the store. The figures are still
 * computed afresh from the inputs each time, as they depend on the clock (what is due, recall now).
 */
export function cachedDashboardSource(db: DossierDb): () => Promise<DashboardSource> {
  let cached: Promise<DashboardSource> | null = null;
  const prefix = `idb://${db.name}/`;
  Dexie.on('storagemutated', (parts) => {
    for (const part of Object.keys(parts)) {
      if (part.startsWith(prefix) && DASHBOARD_TABLES.has(part.slice(prefix.length).split('/')[0] ?? '')) {
        cached = null;
        return;
      }
    }
  });
  return () => {
    const read = (cached ??= loadDashboardSource(db));
    // A failed read is not kept: the next visit tries the store again.
    read.catch(() => {
      if (cached === read) cached = null;
    });
    return read;
  };
}

/** Each reviewed fact's latest ratings, oldest first (as {@link ratingsByFact} keeps them), one indexed read per card. */
export async function latestRatings(db: DossierDb = defaultDb): Promise<Map<string, number[]>> {
  return db.transaction('r', ['cards', 'reviewLogs'], async () => latestRatingsOf(db, (await db.cards.toCollection().primaryKeys()) as string[]));
}

/** Sets or clears the exam date. */
export async function saveExamDate(day: string | null, db: DossierDb = defaultDb): Promise<void> {
  if (day === null) await db.settings.delete(EXAM_DATE_KEY);
  else await db.settings.put({ key: EXAM_DATE_KEY, value: day });
}
