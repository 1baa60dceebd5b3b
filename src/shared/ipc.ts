/**
 * The one contract between the renderer and the main process.
 * The preload exposes exactly these methods on `window.api`; main registers one handler per channel.
 */
export interface DossierApi {
  /** The application's version, from package.json. */
  appVersion(): Promise<string>;
  /** Opens an https: link in the system browser; resolves false when the link was refused. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Asks the learner where to save a text file (a backup) and writes it there.
   * Resolves `saved: false` when the learner cancels.
   */
  saveFile(suggestedName: string, contents: string): Promise<SaveFileResult>;
  /**
   * Shows the native open dialog for a briefing (.txt, .md, .html, .pdf, .docx) and returns the
   * chosen file's name and bytes; null when the learner cancels. Takes no argument.
   */
  openBriefing(): Promise<OpenedBriefing | null>;
}

export interface OpenedBriefing {
  /** The file's base name (no folder). */
  name: string;
  bytes: Uint8Array;
  /** The file is over the limit: `bytes` is empty and the page says why. */
  tooLarge?: boolean;
}

/** Limits main enforces on `openBriefing`: the same as the renderer's import limit. */
export const OPEN_BRIEFING_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx'],
} as const;

export interface SaveFileResult {
  saved: boolean;
  path?: string;
}

/** Limits main enforces on `saveFile`, so a compromised page cannot write anything it likes. */
export const SAVE_FILE_LIMITS = {
  maxBytes: 200 * 1024 * 1024,
  /** A plain file name: letters, digits, dot, dash, underscore, space; ending in .json. */
  namePattern: /^[\w .-]{1,100}\.json$/,
} as const;

/** IPC channel for each contract method. */
export const channels = {
  appVersion: 'dossier:app-version',
  openExternal: 'dossier:open-external',
  saveFile: 'dossier:save-file',
  openBriefing: 'dossier:open-briefing',
} as const satisfies Record<keyof DossierApi, string>;

export type Channel = (typeof channels)[keyof DossierApi];
