import { BackupError, backupFileName, createBackup, refusalSentence, serializeBackup, type BackupData, type BackupInput } from '../../../core/backup';
import { localDay } from '../../../core/stats';
import type { DossierApi } from '../../../shared/ipc';
import { describeError } from '../lib/describe-error';
import type { BackupReader, CheckedBackup } from './backup-reader';

/** A validated backup waiting for the learner to confirm it should replace their progress. */
export interface PendingImport {
  fileName: string;
  exportedAt: string;
  counts: { answers: number; quizzes: number; cards: number; lessons: number };
}

/** Where all progress is read from and written to at once: the database in the app, plain data in tests. */
export interface BackupRepository {
  read(): Promise<BackupInput>;
  /** Replaces every table with the backup's rows, in one transaction. */
  replace(data: BackupData): Promise<void>;
  reset(): Promise<void>;
}

/** What the backup is built from. */
export interface BackupDeps {
  repo: BackupRepository;
  /** Saving the file: a dialog in the desktop app, a download in a browser. */
  platform: Pick<DossierApi, 'appVersion' | 'saveFile'> & { desktop: boolean };
  /** Validates a chosen file: in a worker in the app, in the calling thread in tests. */
  read: BackupReader;
  /** Re-reads every screen's state after the store changed under it. */
  reload: () => Promise<void>;
  now: () => number;
}

/** Export, import and reset of all progress, with what happened said in a sentence. */
export class BackupState {
  readonly #repo: BackupRepository;
  readonly #platform: BackupDeps['platform'];
  readonly #reload: () => Promise<void>;
  readonly #now: () => number;
  busy = $state(false);
  /** What just happened, for a live region. */
  status = $state('');
  /** What went wrong, naming the problem; nothing was changed when this is set. */
  error = $state('');
  pending = $state.raw<PendingImport | null>(null);
  #pendingFile: CheckedBackup | null = null;
  readonly #read: BackupReader;

  constructor(deps: BackupDeps) {
    this.#repo = deps.repo;
    this.#platform = deps.platform;
    this.#read = deps.read;
    this.#reload = deps.reload;
    this.#now = deps.now;
  }

  async #run<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.error = '';
    this.status = '';
    try {
      return await work();
    } finally {
      this.busy = false;
    }
  }

  /** Writes every table to one versioned JSON file: "Save as" in the desktop app, a download in a browser. */
  async exportProgress(): Promise<boolean> {
    const now = this.#now();
    const platform = this.#platform;
    const done = await this.#run(async () => {
      try {
        const version = await platform.appVersion();
        const text = serializeBackup(await createBackup(await this.#repo.read(), { now, appVersion: version }));
        const name = backupFileName(localDay(now));
        // "Save as…" in the desktop app; a download in a browser.
        const result = await platform.saveFile(name, text);
        if (!result.saved) {
          this.status = 'Export cancelled: no file was written.';
          return false;
        }
        this.status = platform.desktop ? `Progress exported to ${result.path ?? name}.` : `Progress exported: ${name} is in your downloads.`;
        return true;
      } catch (err) {
        console.error('export failed', err);
        this.error = `The export failed and no file was written. ${describeError(err)}`;
        return false;
      }
    });
    return done ?? false;
  }

  /** Reads and validates a backup file. A valid one waits in `pending` for confirmation; nothing changes yet. */
  async chooseFile(file: File): Promise<void> {
    this.pending = null;
    this.#pendingFile?.close();
    this.#pendingFile = null;
    await this.#run(async () => {
      try {
        this.status = `Checking ${file.name}…`;
        const backup = await this.#read(file);
        this.status = '';
        this.#pendingFile = backup;
        this.pending = {
          fileName: file.name,
          exportedAt: backup.exportedAt,
          counts: backup.counts,
        };
      } catch (err) {
        this.status = '';
        if (!(err instanceof BackupError)) console.error('reading a backup failed', err);
        this.error =
          err instanceof BackupError
            ? refusalSentence(file.name, err)
            : `${file.name} could not be read and your progress is unchanged. ${describeError(err)}`;
      }
    });
  }

  cancelImport(): void {
    this.pending = null;
    this.#pendingFile?.close();
    this.#pendingFile = null;
  }

  /** Replaces all progress with the pending backup's, in one transaction: all of it or none of it. */
  async confirmImport(): Promise<boolean> {
    const file = this.#pendingFile;
    const pending = this.pending;
    if (!file || !pending) return false;
    const done = await this.#run(async () => {
      try {
        await file.restore();
        this.pending = null;
        this.#pendingFile = null;
        await this.#reloadEverything();
        this.status = `Progress restored from ${pending.fileName}: ${pending.counts.answers} answers, ${pending.counts.cards} facts in review.`;
        return true;
      } catch (err) {
        console.error('import failed', err);
        this.error = `The import could not be written and your progress is unchanged. ${describeError(err)}`;
        return false;
      }
    });
    return done ?? false;
  }

  /** Forgets every lesson read, quiz, answer and review; keeps settings. */
  async reset(): Promise<boolean> {
    const done = await this.#run(async () => {
      try {
        await this.#repo.reset();
        await this.#reloadEverything();
        this.status = 'Progress reset. Your settings and exam date were kept.';
        return true;
      } catch (err) {
        console.error('reset failed', err);
        this.error = `The reset did not finish. ${describeError(err)}`;
        return false;
      }
    });
    return done ?? false;
  }

  async #reloadEverything(): Promise<void> {
    await this.#reload();
  }
}
