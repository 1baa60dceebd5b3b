import type { DossierApi } from '../../../shared/ipc';
import { pickBriefing } from '../features/import/pick';
import type { BriefingFile } from './import.svelte';

type Platform = Pick<DossierApi, 'appVersion' | 'openExternal' | 'openBriefing'> & { desktop: boolean };

/** What the screens may ask of the app's host (the desktop app or a browser), through state. */
export class ShellState {
  readonly #platform: Platform;
  /** The app's version once read: empty until then, `web` in a browser. */
  version = $state('');
  /**
   * Set when the store was found emptied at start (Chromium deletes a store it finds corrupt after a
   * crash) and the progress was brought back from the safety copy: the number of answers restored.
   */
  restoredFromCopy = $state<number | null>(null);

  constructor(platform: Platform) {
    this.#platform = platform;
  }

  /** Whether Dossier runs as the desktop app (rather than a page in a browser). */
  get desktop(): boolean {
    return this.#platform.desktop;
  }

  async loadVersion(): Promise<void> {
    try {
      this.version = await this.#platform.appVersion();
    } catch (err) {
      console.error('shell: version', err);
    }
  }

  /** A briefing chosen in the desktop's open dialog, `null` when cancelled, or `use-input` in a browser (the page's file input chooses). */
  pickBriefing(): Promise<BriefingFile | null | 'use-input'> {
    return pickBriefing(this.#platform);
  }

  /** Opens an https link in the system browser; anything else is refused. */
  openExternal(url: string): Promise<boolean> {
    return this.#platform.openExternal(url);
  }
}
