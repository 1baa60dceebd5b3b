import { BackupError, backupFileName, createBackup, refusalSentence, serializeBackup, type BackupFile } from '../../../core/backup';
import { localDay } from '../../../core/stats';
import { readProgress, replaceProgress, resetProgress } from '../db/backup';
import { platform } from '../lib/platform';
import { backupReader, type BackupReader } from './backup-reader';
import { importedCourses } from './imported-courses.svelte';
import { progress } from './progress.svelte';
import { quizHub } from './quiz.svelte';
import { review } from './review.svelte';
import { settings } from './settings.svelte';

/** A validated backup waiting for the learner to confirm it should replace their progress. */
export interface PendingImport {
  fileName: string;
  exportedAt: string;
  counts: { answers: number; quizzes: number; cards: number; lessons: number };
}

/** Export, import and reset of all progress, with what happened said in a sentence. */
export class BackupState {
  busy = $state(false);
  /** What just happened, for a live region. */
  status = $state('');
  /** What went wrong, naming the problem; nothing was changed when this is set. */
  error = $state('');
  pending = $state.raw<PendingImport | null>(null);
  #pendingFile: BackupFile | null = null;
  #read: BackupReader;

  /** `read` validates a chosen file: in a worker in the app, in the calling thread in tests. */
  constructor(options: { read?: BackupReader } = {}) {
    this.#read = options.read ?? backupReader();
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
  async exportProgress(now = Date.now()): Promise<boolean> {
    const done = await this.#run(async () => {
      try {
        const version = await platform.appVersion();
        const text = serializeBackup(await createBackup(await readProgress(), { now, appVersion: version }));
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
        this.error = 'The export failed and no file was written; check there is room where you save it, then try again.';
        return false;
      }
    });
    return done ?? false;
  }

  /** Reads and validates a backup file. A valid one waits in `pending` for confirmation; nothing changes yet. */
  async chooseFile(file: File): Promise<void> {
    this.pending = null;
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
          counts: {
            answers: backup.data.answers.length,
            quizzes: backup.data.quizSessions.length,
            cards: backup.data.cards.length,
            lessons: backup.data.lessonProgress.length,
          },
        };
      } catch (err) {
        this.status = '';
        if (!(err instanceof BackupError)) console.error('reading a backup failed', err);
        this.error =
          err instanceof BackupError
            ? refusalSentence(file.name, err)
            : `${file.name} could not be read and your progress is unchanged; try again, and if it fails again choose another copy of the backup.`;
      }
    });
  }

  cancelImport(): void {
    this.pending = null;
    this.#pendingFile = null;
  }

  /** Replaces all progress with the pending backup's, in one transaction: all of it or none of it. */
  async confirmImport(): Promise<boolean> {
    const file = this.#pendingFile;
    const pending = this.pending;
    if (!file || !pending) return false;
    const done = await this.#run(async () => {
      try {
        await replaceProgress(file.data);
        this.pending = null;
        this.#pendingFile = null;
        await this.#reloadEverything();
        this.status = `Progress restored from ${pending.fileName}: ${pending.counts.answers} answers, ${pending.counts.cards} facts in review.`;
        return true;
      } catch (err) {
        console.error('import failed', err);
        this.error = 'The import could not be written and your progress is unchanged; free some disk space or close other Dossier windows, then try again.';
        return false;
      }
    });
    return done ?? false;
  }

  /** Forgets every lesson read, quiz, answer and review; keeps settings. */
  async reset(): Promise<boolean> {
    const done = await this.#run(async () => {
      try {
        await resetProgress();
        await this.#reloadEverything();
        this.status = 'Progress reset. Your settings and exam date were kept.';
        return true;
      } catch (err) {
        console.error('reset failed', err);
        this.error = 'The reset did not finish; close any other Dossier window, then reset again.';
        return false;
      }
    });
    return done ?? false;
  }

  async #reloadEverything(): Promise<void> {
    await settings.load();
    await Promise.all([progress.load(), review.refresh(), quizHub.refresh(), importedCourses.load()]);
  }
}

export const backup = new BackupState();
