import { createRepositories } from '../db/repositories';
import { db } from '../db/db';
import { describeError } from '../lib/describe-error';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const TIME_FACTORS = [1, 1.5, 2] as const;
export type TimeFactor = (typeof TIME_FACTORS)[number];

/** Where settings are kept: the database in the app, a map in tests. */
export interface SettingsRepository {
  get<T>(key: string, fallback: T): Promise<T>;
  set(key: string, value: unknown): Promise<void>;
}

/** The element whose `data-theme` carries the chosen theme (`<html>` in the app). */
export type ThemeRoot = { dataset: DOMStringMap } | null;

/** The learner's preferences, loaded from the store and written back on change. */
export class SettingsState {
  readonly #repo: SettingsRepository;
  readonly #root: ThemeRoot;
  theme = $state<ThemeChoice>('system');
  timeFactor = $state<TimeFactor>(1);
  loaded = $state(false);
  error = $state('');
  /** Settings the learner changed while they were being read: what the store held then is older. */
  readonly #changed = { theme: false, timeFactor: false };

  constructor(repo: SettingsRepository, root: ThemeRoot = globalThis.document?.documentElement ?? null) {
    this.#repo = repo;
    this.#root = root;
  }

  /** Reads the settings; when the store cannot be read the defaults stay and `error` says why. */
  async load(): Promise<void> {
    try {
      const [theme, timeFactor] = await Promise.all([this.#repo.get<ThemeChoice>('theme', 'system'), this.#repo.get<TimeFactor>('timeFactor', 1)]);
      if (!this.#changed.theme) this.theme = (['system', 'light', 'dark'] as const).includes(theme) ? theme : 'system';
      if (!this.#changed.timeFactor) this.timeFactor = (TIME_FACTORS as readonly number[]).includes(timeFactor) ? timeFactor : 1;
      this.error = '';
    } catch (err) {
      console.error('settings: load', err);
      this.error = `Your settings could not be read, so the defaults apply. ${describeError(err)}`;
    }
    this.loaded = true;
    this.apply();
  }

  async setTheme(theme: ThemeChoice): Promise<void> {
    this.theme = theme;
    this.#changed.theme = true;
    this.apply();
    await this.#save('theme', theme);
  }

  async setTimeFactor(factor: TimeFactor): Promise<void> {
    this.timeFactor = factor;
    this.#changed.timeFactor = true;
    await this.#save('timeFactor', factor);
  }

  /** Puts the chosen theme on the root; `system` leaves it to prefers-color-scheme. */
  apply(): void {
    const root = this.#root;
    if (!root) return;
    if (this.theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = this.theme;
  }

  async #save(key: string, value: unknown): Promise<void> {
    try {
      await this.#repo.set(key, value);
      this.error = '';
    } catch (err) {
      console.error('settings: save', err);
      this.error = `That setting applies now but was not saved. ${describeError(err)}`;
    }
  }
}

/**
 * The app's settings. The quiz state (quiz.svelte.ts, quiz-setup.svelte.ts) still imports this
 * instance directly; the composition root hands the same one to everything else.
 */
export const settings = new SettingsState(createRepositories(db).settings);
