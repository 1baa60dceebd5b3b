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

/** What changed in the dashboard's tables since the inputs were last read, from Dexie's reports of committed writes. */
interface Changes {
  /** Read everything again (a change too wide to patch: a cleared table, a bulk write). */
  full: boolean;
  /** Days whose totals were written or deleted. */
  days: Set<string>;
  /** Facts whose card was written or deleted. */
  cards: Set<string>;
  /** Facts that gained or changed a review log. */
  rated: Set<string>;
  /** A review log was deleted or rewritten out of sight: every fact's ratings are read again. */
  allRatings: boolean;
  lessons: boolean;
  settings: boolean;
}

const noChanges = (): Changes => ({ full: false, days: new Set(), cards: new Set(), rated: new Set(), allRatings: false, lessons: false, settings: false });

/**
 * The keys of a range set Dexie reports (an interval tree), when every range is a single string key;
 * null when any range spans more than one key (a cleared table, a deleted range), where only a full
 * read is right. Works on the tree as sent between windows too (a plain object).
 */
function pointKeys(tree: unknown): string[] | null {
  const out: string[] = [];
  const stack: unknown[] = [tree];
  while (stack.length) {
    const node = stack.pop() as { from?: unknown; to?: unknown; l?: unknown; r?: unknown } | null | undefined;
    if (!node || node.from === undefined) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    out.push(node.from);
    stack.push(node.l, node.r);
  }
  return out;
}

/** Adds one report of committed writes (`idb://<db>/<table>/<index>` → keys) to `changes`. */
function noteChanges(changes: Changes, prefix: string, parts: Record<string, unknown>): void {
  for (const [part, tree] of Object.entries(parts)) {
    if (!part.startsWith(prefix)) continue;
    const [table = '', index = ''] = part.slice(prefix.length).split('/');
    if (!DASHBOARD_TABLES.has(table)) continue;
    const keys = pointKeys(tree);
    if (keys?.length === 0) continue;
    if (table === 'lessonProgress') changes.lessons = true;
    else if (table === 'settings') changes.settings = true;
    else if (table === 'dailyStats' || table === 'cards') {
      // The primary key ('') and deleted keys (':dels'); the cards' other indexes say nothing more.
      if (index !== '' && index !== ':dels') continue;
      if (!keys) changes.full = true;
      else for (const k of keys) (table === 'dailyStats' ? changes.days : changes.cards).add(k);
    } else if (index === 'factId') {
      if (keys) for (const k of keys) changes.rated.add(k);
      else changes.allRatings = true;
    } else if (index === ':dels') {
      // A deleted (or overwritten) log names only its id, not its fact.
      changes.allRatings = true;
    }
  }
}

const isUnchanged = (c: Changes): boolean =>
  !c.full && !c.days.size && !c.cards.size && !c.rated.size && !c.allRatings && !c.lessons && !c.settings;

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The inputs as `cached`, with what `changes` names read again: the same as a full read, for a few rows. */
async function patchSource(db: DossierDb, cached: DashboardSource, changes: Changes): Promise<DashboardSource> {
  return db.transaction('r', ['dailyStats', 'cards', 'lessonProgress', 'settings', 'reviewLogs'], async () => {
    const since = [...changes.days].sort(byKey)[0];
    // Every read at once: the ratings of each fact that may have changed are asked for before the
    // cards say which of those facts still have one (the others are dropped below).
    const stale = changes.allRatings ? new Set([...cached.cards.map((c) => c.factId), ...changes.cards]) : new Set([...changes.rated, ...changes.cards]);
    const [days, cardRows, lessonProgress, exam, fresh] = await Promise.all([
      since === undefined ? null : (db.dailyStats.where(':id').aboveOrEqual(since).toArray() as Promise<DailyStatRow[]>),
      changes.cards.size ? db.cards.bulkGet([...changes.cards]) : null,
      changes.lessons ? db.lessonProgress.toArray() : null,
      changes.settings ? db.settings.get(EXAM_DATE_KEY) : null,
      latestRatingsOf(db, [...stale]),
    ]);
    const dailyStats = since === undefined || !days ? cached.dailyStats : [...cached.dailyStats.filter((d) => d.day < since), ...days];
    let cards = cached.cards;
    if (cardRows) {
      const byFact = new Map(cards.map((c) => [c.factId, c]));
      [...changes.cards].forEach((factId, i) => {
        const row = cardRows[i];
        if (row) byFact.set(factId, row);
        else byFact.delete(factId);
      });
      cards = [...byFact.values()].sort((a, b) => byKey(a.factId, b.factId));
    }
    const carded = new Set(cards.map((c) => c.factId));
    const ratings = new Map([...(cached.ratings ?? new Map<string, number[]>())].filter(([factId]) => carded.has(factId) && !stale.has(factId)));
    for (const [factId, list] of fresh) if (carded.has(factId)) ratings.set(factId, list);
    return {
      dailyStats,
      cards,
      lessonProgress: lessonProgress ?? cached.lessonProgress,
      examDate: changes.settings ? (typeof exam?.value === 'string' ? exam.value : null) : cached.examDate,
      ratings,
    };
  });
}

/**
 * The dashboard's inputs, kept between visits and brought up to date from Dexie's reports of every
 * committed write to `db` (from this window and, through a BroadcastChannel, from any other): a visit
 * after an answer reads that day's totals, the cards and ratings of the facts it reviewed, and nothing
 * else; a visit with nothing written in between reads nothing. A change too wide to follow (a cleared
 * table, a bulk write, a restore) reads everything again. The figures themselves are computed afresh
 * on each visit, as they depend on the clock (what is due, recall now).
 *
 * Once the dashboard has been read, a write it follows is patched in straight away, in a task of its own
 * (`later`): the next visit, after an answer, then finds its inputs ready instead of waiting on the store.
 */
export function cachedDashboardSource(db: DossierDb, later: (run: () => void) => void = (run) => void setTimeout(run, 0)): () => Promise<DashboardSource> {
  let cached: DashboardSource | null = null;
  let changes = noChanges();
  let patchAhead = false;
  const prefix = `idb://${db.name}/`;
  Dexie.on('storagemutated', (parts) => {
    noteChanges(changes, prefix, parts as Record<string, unknown>);
    // Several reports in a row (an answer's writes) make one read; nothing is read before the first visit.
    if (!cached || patchAhead || isUnchanged(changes)) return;
    patchAhead = true;
    later(() => {
      patchAhead = false;
      // A failed read is reported on the next visit, which reads again.
      if (cached) void get().catch(() => undefined);
    });
  });
  const read = async (): Promise<DashboardSource> => {
    const seen = changes;
    // Writes reported while this read runs are kept for the next one.
    changes = noChanges();
    try {
      cached = cached && !seen.full ? (isUnchanged(seen) ? cached : await patchSource(db, cached, seen)) : await loadDashboardSource(db);
      return cached;
    } catch (err) {
      // A failed read is not kept: the next visit reads everything.
      cached = null;
      throw err;
    }
  };
  // One read at a time: each patches the inputs the one before left.
  let last: Promise<unknown> = Promise.resolve();
  const get = (): Promise<DashboardSource> => {
    const next = last.then(read, read);
    last = next.catch(() => undefined);
    return next;
  };
  return get;
}

/** Each reviewed fact's latest ratings, oldest first, at most five, one indexed read per card. */
export async function latestRatings(db: DossierDb = defaultDb): Promise<Map<string, number[]>> {
  return db.transaction('r', ['cards', 'reviewLogs'], async () => latestRatingsOf(db, (await db.cards.toCollection().primaryKeys()) as string[]));
}

/** Sets or clears the exam date. */
export async function saveExamDate(day: string | null, db: DossierDb = defaultDb): Promise<void> {
  if (day === null) await db.settings.delete(EXAM_DATE_KEY);
  else await db.settings.put({ key: EXAM_DATE_KEY, value: day });
}
