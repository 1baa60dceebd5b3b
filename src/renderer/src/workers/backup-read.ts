// Reading one backup file, shared by the worker and the in-thread fallback (see state/backup-reader).
import { BACKUP_MAX_CHARS, readBackup, tooLarge, type BackupErrorCode, type BackupFile } from '../../../core/backup';

/** What the backup worker answers. */
export type BackupReply = { ok: true; file: BackupFile } | { ok: false; code: BackupErrorCode | null; message: string };

/** Reads a file in the calling thread; refuses one over the size limit before reading it. */
export async function readBackupHere(file: Blob): Promise<BackupFile> {
  // A UTF-8 file has at least as many bytes as its text has characters.
  if (file.size > BACKUP_MAX_CHARS) throw tooLarge();
  return readBackup(await file.text());
}
