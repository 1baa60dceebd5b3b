import { join } from 'node:path';

/**
 * The folder name of the learner's data under the OS's per-user app-data folder:
 * `~/.config/Dossier` (Linux), `~/Library/Application Support/Dossier` (macOS), `%APPDATA%\Dossier` (Windows).
 * It is the product name, not the npm name, and never the version or the install path: reinstalling or
 * upgrading Dossier finds the same data, and no installer or uninstaller removes it.
 */
export const DATA_DIR_NAME = 'Dossier';

/**
 * Where the learner's data lives: `<appData>/Dossier`, pinned so it no longer depends on how Electron
 * derives the app's name (package.json `productName`, `name`, or a renamed executable).
 * A `--user-data-dir=…` switch (developer and test runs) keeps the folder Electron already chose (`current`).
 *
 * Call before `app.ready` and before `requestSingleInstanceLock()`:
 *   app.setPath('userData', userDataDir(app.getPath('appData'), app.getPath('userData'), process.argv));
 */
export function userDataDir(appData: string, current: string, argv: readonly string[]): string {
  const overridden = argv.some((arg) => arg === '--user-data-dir' || arg.startsWith('--user-data-dir='));
  return overridden ? current : join(appData, DATA_DIR_NAME);
}
