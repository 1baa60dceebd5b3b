import { BACKUP_TABLES, restorableRows, type BackupData, type BackupInput } from '../../../core/backup';
import { db as defaultDb, type DossierDb } from './db';
import { withStorageErrors } from './errors';
import { newSessionId } from './quiz';

/** The tables "Reset progress" empties: everything learnt and answered. Settings (theme, timing, exam date) stay. */
export const PROGRESS_TABLES = ['lessonProgress', 'quizSessions', 'answers', 'cards', 'reviewLogs', 'dailyStats'] as const;

/** Reads every table a backup carries in one read transaction, so the copy is consistent. */
export async function readProgress(db: DossierDb = defaultDb): Promise<BackupInput> {
  return db.transaction('r', [...BACKUP_TABLES], async () => {
    const [lessonProgress, quizSessions, answers, cards, reviewLogs, dailyStats, settings] = await Promise.all([
      db.lessonProgress.toArray(),
      db.quizSessions.toArray(),
      db.answers.toArray(),
      db.cards.toArray(),
      db.reviewLogs.toArray(),
      db.dailyStats.toArray(),
      db.settings.toArray(),
    ]);
    return { lessonProgress, quizSessions, answers, cards, reviewLogs, dailyStats, settings };
  });
}

/**
 * Replaces all progress with a validated backup's, in ONE transaction over every table: if any write
 * fails, the transaction aborts and the store is exactly as it was. The rows are re-keyed first (see
 * `restorableRows`): no id from the file becomes a key. A store whose key generator an older build
 * let a backup exhaust is rebuilt first, or the restore could never write its review logs.
 */
export async function replaceProgress(data: BackupData, db: DossierDb = defaultDb): Promise<void> {
  const rows = restorableRows(data, { newSessionId });
  const write = (): Promise<void> =>
    db.transaction('rw', [...BACKUP_TABLES], async () => {
      for (const t of BACKUP_TABLES) await db.table(t).clear();
      for (const t of BACKUP_TABLES) if (rows[t].length) await db.table(t).bulkAdd(rows[t]);
    });
  try {
    await write();
  } catch (err) {
    // Probed only after a failure: a probe may advance a key generator, and a healthy restore
    // should number review logs exactly as a fresh store would.
    if (!(await keysExhausted(db))) throw err;
    await rebuild(db, await readEverything(db));
    await write();
  }
}

/**
 * Forgets everything learnt and answered; settings and courses stay. The progress goes in one
 * transaction; then the database is recreated with what stays, because clearing a table does not
 * reset its key generator, and only a new store makes one that an imported id of 2^53 exhausted
 * (every later answer failing with "Maximum key generator value reached") work again.
 */
export async function resetProgress(db: DossierDb = defaultDb): Promise<void> {
  await db.transaction('rw', [...PROGRESS_TABLES], async () => {
    for (const t of PROGRESS_TABLES) await db.table(t).clear();
  });
  await rebuild(db, await readEverything(db));
}

/** Every row of every table, read in one transaction. */
async function readEverything(db: DossierDb): Promise<Map<string, object[]>> {
  return db.transaction('r', db.tables, async () => {
    const out = new Map<string, object[]>();
    for (const table of db.tables) out.set(table.name, (await table.toArray()) as object[]);
    return out;
  });
}

/** Tables whose keys the store generates (`++id`). */
function generatedKeyTables(db: DossierDb): string[] {
  return db.tables.filter((t) => t.schema.primKey.auto).map((t) => t.name);
}

class Probe extends Error {}

/** Whether a table with generated keys can no longer generate one: adds a row in a transaction that is then undone. */
export async function keysExhausted(db: DossierDb = defaultDb): Promise<boolean> {
  for (const name of generatedKeyTables(db)) {
    try {
      await db.transaction('rw', name, async () => {
        await db.table(name).add({});
        throw new Probe();
      });
    } catch (err) {
      if (err instanceof Probe) continue;
      if (err instanceof Error && err.name === 'ConstraintError') return true;
      throw err;
    }
  }
  return false;
}

/**
 * Deletes the database and creates it again holding `rows`, so every key generator starts afresh.
 * Rows of tables with generated keys lose their keys and are numbered again in their order.
 */
async function rebuild(db: DossierDb, rows: Map<string, object[]>): Promise<void> {
  const generated = new Set(generatedKeyTables(db));
  await db.delete({ disableAutoOpen: false });
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const kept = rows.get(table.name) ?? [];
      if (!kept.length) continue;
      const key = table.schema.primKey.keyPath;
      const fresh = generated.has(table.name) && typeof key === 'string' ? kept.map((r) => withoutKey(r, key)) : kept;
      await table.bulkAdd(fresh);
    }
  });
}

function withoutKey(row: object, key: string): object {
  const copy: Record<string, unknown> = { ...row };
  delete copy[key];
  return copy;
}

/** Export, restore and reset of all progress over `db`, with store failures as StorageError. */
export function backupRepository(db: DossierDb = defaultDb) {
  return withStorageErrors({
    read: () => readProgress(db),
    replace: (data: BackupData) => replaceProgress(data, db),
    reset: () => resetProgress(db),
  });
}
