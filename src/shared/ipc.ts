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
}

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
} as const satisfies Record<keyof DossierApi, string>;

export type Channel = (typeof channels)[keyof DossierApi];
