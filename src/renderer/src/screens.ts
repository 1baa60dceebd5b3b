// The screens that are not on the way to the first one, each loaded on its first visit and kept:
// the Library opens without the quiz engine, the charts, or the lesson renderer (markdown-it, DOMPurify).
import type { Component } from 'svelte';

type Loader<P extends Record<string, unknown>> = () => Promise<Component<P>>;

/** A loader that imports once and hands back the same promise ever after, so a revisit waits for nothing. */
function once<P extends Record<string, unknown>>(load: () => Promise<{ default: Component<P> }>): Loader<P> {
  let loading: Promise<Component<P>> | undefined;
  return () => (loading ??= load().then((m) => m.default));
}

export const screens = {
  quiz: once(() => import('./features/quiz/QuizScreen.svelte')),
  progress: once(() => import('./features/progress/ProgressScreen.svelte')),
  lesson: once(() => import('./features/lessons/LessonScreen.svelte')),
  // Backups (their validator and valibot) are not needed to show the library.
  settings: once(() => import('./features/settings/SettingsScreen.svelte')),
};
