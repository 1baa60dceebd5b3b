// Reading one backup file and restoring it, shared by the worker and the in-thread fallback (see
// state/backup-reader).
import { BACKUP_MAX_CHARS, BackupError, tooLarge, type BackupData, type BackupErrorCode, type BackupFile } from '../../../core/backup';
import { readBackup } from '../../../core/backup-read';

/** What the confirmation shows of a validated backup: all the window needs of it. */
export interface BackupSummary {
  exportedAt: string;
  counts: { answers: number; quizzes: number; cards: number; lessons: number };
}

/** What the window asks the backup worker: read and validate a file (and keep it), or restore the one kept. */
export type BackupRequest = { kind: 'read'; file: Blob } | { kind: 'restore' };

/** What the backup worker answers: a summary of the file read, a restore done, or a refusal or failure. */
export type BackupReply =
  | { ok: true; summary: BackupSummary }
  | { ok: true; restored: true }
  | { ok: false; code: BackupErrorCode | null; message: string };

/** Reads a file in the calling thread; refuses one over the size limit before reading it. */
export async function readBackupHere(file: Blob): Promise<BackupFile> {
  // A UTF-8 file has at least as many bytes as its text has characters.
  if (file.size > BACKUP_MAX_CHARS) throw tooLarge();
  return readBackup(await file.text());
}

export function summaryOf(file: BackupFile): BackupSummary {
  return {
    exportedAt: file.exportedAt,
    counts: {
      answers: file.data.answers.length,
      quizzes: file.data.quizSessions.length,
      cards: file.data.cards.length,
      lessons: file.data.lessonProgress.length,
    },
  };
}

/**
 * The backup worker's side of the conversation: reads and keeps a file, then restores the one kept
 * through `write`. Resolves to the reply; never rejects.
 */
export function backupWorkerHandler(write: (data: BackupData) => Promise<void>): (request: BackupRequest) => Promise<BackupReply> {
  let kept: BackupFile | null = null;
  return async (request) => {
    try {
      if (request.kind === 'read') {
        kept = null;
        kept = await readBackupHere(request.file);
        return { ok: true, summary: summaryOf(kept) };
      }
      if (!kept) throw new Error('no backup was read to restore');
      await write(kept.data);
      return { ok: true, restored: true };
    } catch (err) {
      return err instanceof BackupError ? { ok: false, code: err.code, message: err.message } : { ok: false, code: null, message: String(err) };
    }
  };
}
