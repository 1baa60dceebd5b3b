// How the backup screen reads a chosen file and restores it: in a Web Worker where there is one (the
// app), in the calling thread otherwise (unit tests, or a worker that fails to start). With a worker,
// the backup's rows stay in it: the window only gets a summary, and the worker writes the restore.
import { BACKUP_MAX_CHARS, BackupError, tooLarge, type BackupData } from '../../../core/backup';
import { BackupReadError } from '../../../core/errors';
import { replaceProgress } from '../db/backup';
import type { BackupReply, BackupRequest, BackupSummary } from '../workers/backup-read';

/** A validated backup, waiting for the learner's confirmation. */
export interface CheckedBackup extends BackupSummary {
  /** Replaces all progress with the backup's, in one transaction. */
  restore(): Promise<void>;
  /** Lets the backup go (the learner cancelled, chose another file, or it was restored). */
  close(): void;
}

/** Reads and validates a backup file; throws a BackupError saying why one is refused. */
export type BackupReader = (file: Blob) => Promise<CheckedBackup>;

export { BackupReadError };

/** Restores in this thread, through `write` (the store by default); the validator is loaded only then. */
async function readHere(file: Blob, write: (data: BackupData) => Promise<void>): Promise<CheckedBackup> {
  const { readBackupHere, summaryOf } = await import('../workers/backup-read');
  const backup = await readBackupHere(file);
  return { ...summaryOf(backup), restore: () => write(backup.data), close: () => {} };
}

/** One request to the worker, answered by its next message; 'no-worker' when it failed to load. */
function ask(worker: Worker, request: BackupRequest): Promise<BackupReply | 'no-worker'> {
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<BackupReply>) => resolve(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      resolve('no-worker');
    };
    worker.postMessage(request);
  });
}

function failure(reply: Extract<BackupReply, { ok: false }>): Error {
  return reply.code ? new BackupError(reply.code, reply.message) : new BackupReadError(reply.message);
}

/**
 * A reader that validates in a worker made by `makeWorker` (loaded on first use, one per file, kept
 * until the backup is restored or closed), and falls back to the calling thread when workers are
 * missing or the worker cannot start. `write` restores in the calling thread (the store by default).
 */
export function backupReader(makeWorker: (() => Worker) | null = defaultWorker(), write: (data: BackupData) => Promise<void> = (d) => replaceProgress(d)): BackupReader {
  return async (file) => {
    if (file.size > BACKUP_MAX_CHARS) throw tooLarge();
    if (!makeWorker) return readHere(file, write);
    let worker: Worker;
    try {
      worker = makeWorker();
    } catch {
      return readHere(file, write);
    }
    const reply = await ask(worker, { kind: 'read', file });
    if (reply === 'no-worker' || !reply.ok || !('summary' in reply)) worker.terminate();
    if (reply === 'no-worker') return readHere(file, write);
    if (!reply.ok) throw failure(reply);
    if (!('summary' in reply)) throw new BackupReadError('the backup worker answered out of turn');
    let closed = false;
    const close = (): void => {
      closed = true;
      worker.terminate();
    };
    return {
      ...reply.summary,
      async restore() {
        if (closed) throw new BackupReadError('this backup was let go before it was restored');
        const done = await ask(worker, { kind: 'restore' });
        if (done === 'no-worker') {
          close();
          throw new BackupReadError('the backup worker stopped before it restored the backup');
        }
        // A restore that failed can be tried again: the worker keeps the backup until it is closed.
        if (!done.ok) throw failure(done);
        close();
      },
      close,
    };
  };
}

function defaultWorker(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('../workers/backup.worker.ts', import.meta.url), { type: 'module' });
}
