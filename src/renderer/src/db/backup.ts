import { BACKUP_TABLES, type BackupData, type BackupInput } from '../../../core/backup';
import { db as defaultDb, type DossierDb } from './db';

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
 * fails, the transaction aborts and the store is exactly as it was.
 */
export async function replaceProgress(data: BackupData, db: DossierDb = defaultDb): Promise<void> {
  await db.transaction('rw', [...BACKUP_TABLES], async () => {
    for (const t of BACKUP_TABLES) await db.table(t).clear();
    for (const t of BACKUP_TABLES) {
      // Validated against the backup schema, which mirrors the store's rows field for field.
      const rows = data[t] as object[];
      if (rows.length) await db.table(t).bulkAdd(rows);
    }
  });
}

/** Forgets everything learnt and answered, in one transaction; settings stay. */
export async function resetProgress(db: DossierDb = defaultDb): Promise<void> {
  await db.transaction('rw', [...PROGRESS_TABLES], async () => {
    for (const t of PROGRESS_TABLES) await db.table(t).clear();
  });
}
