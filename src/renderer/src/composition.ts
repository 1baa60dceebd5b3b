// The composition root: the one place the app's state is built from the real database, platform and
// clock. Everything else receives its repositories and `now` from here, so tests can build the same
// state from plain data and a fake clock.
import { db } from './db/db';
import { installSafetyCopy } from './db/journal';
import { createRepositories } from './db/repositories';
import { readPage, spawnImportWorker } from './features/import/import-flow';
import { platform } from './lib/platform';
import type { AppState } from './state/app';
import type { BackupState } from './state/backup.svelte';
import { allCourses } from './state/course';
import { FlashcardSession, flashcardRepository } from './state/flashcards.svelte';
import { ImportFlow } from './state/import.svelte';
import { ImportedCourses } from './state/imported-courses.svelte';
import { LibraryState } from './state/library.svelte';
import { ProgressState } from './state/progress.svelte';
import { quizHub } from './state/quiz.svelte';
import { questionEngine } from './state/question-source';
import { ReviewState } from './state/review.svelte';
import { SearchState } from './state/search.svelte';
import { settings } from './state/settings.svelte';
import { ShellState } from './state/shell.svelte';
import { spawnKeeper } from './workers/journal-port';

/**
 * Builds the app's state over the real store. `now` is the clock every state reads; it looks `Date.now`
 * up on each call, so a clock installed later (Playwright's, in the e2e tests) is the one read.
 */
export function createApp(now: () => number = () => Date.now()): AppState {
  const copy = installSafetyCopy(db, spawnKeeper);
  const repos = createRepositories(db);
  const importedCourses = new ImportedCourses(repos.importedCourses);
  const progress = new ProgressState(repos.dashboard, allCourses, now);
  const review = new ReviewState({ repo: repos.review, settings, courses: allCourses, now, questions: questionEngine });
  // Backups (their validator, valibot and the restore code) load when the Settings or Progress screen
  // first shows the backup panel, not with the library.
  let backup: Promise<BackupState> | undefined;
  const loadBackup = (): Promise<BackupState> =>
    (backup ??= import('./composition-backup').then(({ createBackupState }) =>
      createBackupState(db, {
        platform,
        now,
        // A restore or reset changes the store under every screen: each re-reads it.
        reload: async () => {
          // A restore is written by the backup worker, out of the copy's sight: the copy starts again from the store.
          await copy.checkpoint();
          await settings.load();
          await Promise.all([progress.load(), review.refresh(), quizHub.refresh(), importedCourses.load()]);
        },
      }),
    ));
  const ratings = flashcardRepository(review, { cards: repos.review.cards, ...repos.ratings });

  const shell = new ShellState(platform);
  void copy.restored.then((report) => {
    if (report) shell.restoredFromCopy = report.answers;
  });

  return {
    now,
    // The quiz state (quiz.svelte.ts, quiz-run.svelte.ts) is wired as it stands: its singletons.
    settings,
    quizHub,
    shell,
    search: new SearchState(allCourses),
    library: new LibraryState(repos.lessons, now),
    importedCourses,
    importFlow: new ImportFlow({ spawn: spawnImportWorker, readPage, courses: importedCourses, now }),
    progress,
    review,
    backup: loadBackup,
    flashcards: () => new FlashcardSession(ratings, now, (bundle) => questionEngine.fronts(bundle)),
  };
}
