// The app's state as the screens receive it: built once by the composition root (composition.ts)
// and handed down through Svelte context, so components never construct state or reach the store.
import { getContext } from 'svelte';
import type { BackupState } from './backup.svelte';
import type { FlashcardSession } from './flashcards.svelte';
import type { ImportFlow } from './import.svelte';
import type { ImportedCourses } from './imported-courses.svelte';
import type { LibraryState } from './library.svelte';
import type { ProgressState } from './progress.svelte';
import type { QuizHub } from './quiz.svelte';
import type { ReviewState } from './review.svelte';
import type { SearchState } from './search.svelte';
import type { SettingsState } from './settings.svelte';
import type { ShellState } from './shell.svelte';

export interface AppState {
  now: () => number;
  settings: SettingsState;
  shell: ShellState;
  search: SearchState;
  library: LibraryState;
  importedCourses: ImportedCourses;
  importFlow: ImportFlow;
  quizHub: QuizHub;
  progress: ProgressState;
  review: ReviewState;
  /** Export, import and reset of all progress: built on first use, off the start-up path. */
  backup(): Promise<BackupState>;
  /** A new self-rated review session of today's queue. */
  flashcards(): FlashcardSession;
}

export const APP_CONTEXT = Symbol('dossier app state');

/** The app's state, from inside a component. */
export function useApp(): AppState {
  const app = getContext<AppState | undefined>(APP_CONTEXT);
  if (!app) throw new Error('Dossier: the app state was not provided (mount App with the composition root’s context)');
  return app;
}
