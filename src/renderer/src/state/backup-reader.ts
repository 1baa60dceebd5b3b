// How the backup screen reads a chosen file: in a Web Worker where there is one (the app), in the
// calling thread otherwise (unit tests, or a worker that fails to start).
import { BACKUP_MAX_CHARS, BackupError, tooLarge, type BackupFile } from '../../../core/backup';
import { BackupReadError } from '../../../core/errors';
import { readBackupHere, type BackupReply } from '../workers/backup-read';

/** Reads and validates a backup file; throws a BackupError saying why one is refused. */
export type BackupReader = (file: Blob) => Promise<BackupFile>;

export { BackupReadError };

/**
 * A reader that validates in a worker made by `makeWorker` (loaded on first use, one per file), and
 * falls back to the calling thread when workers are missing or the worker cannot start.
 */
export function backupReader(makeWorker: (() => Worker) | null = defaultWorker()): BackupReader {
  return async (file) => {
    if (file.size > BACKUP_MAX_CHARS) throw tooLarge();
    if (!makeWorker) return readBackupHere(file);
    let worker: Worker;
    try {
      worker = makeWorker();
    } catch {
      return readBackupHere(file);
    }
    const reply = await new Promise<BackupReply | 'no-worker'>((resolve) => {
      worker.onmessage = (event: MessageEvent<BackupReply>) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        resolve('no-worker');
      };
      worker.postMessage(file);
    }).finally(() => worker.terminate());
    if (reply === 'no-worker') return readBackupHere(file);
    if (reply.ok) return reply.file;
    if (reply.code) throw new BackupError(reply.code, reply.message);
    throw new BackupReadError(reply.message);
  };
}

function defaultWorker(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('../workers/backup.worker.ts', import.meta.url), { type: 'module' });
}
