import { getSetting, setSetting } from '../db/settings';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const TIME_FACTORS = [1, 1.5, 2] as const;
export type TimeFactor = (typeof TIME_FACTORS)[number];

/** The learner's preferences, loaded from the store and written back on change. */
export class SettingsState {
  theme = $state<ThemeChoice>('system');
  timeFactor = $state<TimeFactor>(1);
  loaded = $state(false);

  async load(): Promise<void> {
    const [theme, timeFactor] = await Promise.all([
      getSetting<ThemeChoice>('theme', 'system'),
      getSetting<TimeFactor>('timeFactor', 1),
    ]);
    this.theme = (['system', 'light', 'dark'] as const).includes(theme) ? theme : 'system';
    this.timeFactor = (TIME_FACTORS as readonly number[]).includes(timeFactor) ? timeFactor : 1;
    this.loaded = true;
    this.apply();
  }

  async setTheme(theme: ThemeChoice): Promise<void> {
    this.theme = theme;
    this.apply();
    await setSetting('theme', theme);
  }

  async setTimeFactor(factor: TimeFactor): Promise<void> {
    this.timeFactor = factor;
    await setSetting('timeFactor', factor);
  }

  /** Puts the chosen theme on <html>; `system` leaves it to prefers-color-scheme. */
  apply(): void {
    const root = document.documentElement;
    if (this.theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = this.theme;
  }
}

export const settings = new SettingsState();
