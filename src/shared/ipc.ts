/**
 * The one contract between the renderer and the main process.
 * The preload exposes exactly these methods on `window.api`; main registers one handler per channel.
 */
export interface DossierApi {
  /** The application's version, from package.json. */
  appVersion(): Promise<string>;
  /** Opens an https: link in the system browser; resolves false when the link was refused. */
  openExternal(url: string): Promise<boolean>;
}

/** IPC channel for each contract method. */
export const channels = {
  appVersion: 'dossier:app-version',
  openExternal: 'dossier:open-external',
} as const satisfies Record<keyof DossierApi, string>;

export type Channel = (typeof channels)[keyof DossierApi];
