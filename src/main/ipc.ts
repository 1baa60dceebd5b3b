import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { channels, OPEN_BRIEFING_LIMITS, SAVE_FILE_LIMITS, type DossierApi } from '../shared/ipc';
import { isTrustedSender, isValidSaveRequest, safeExternalUrl } from './policy';

type Handlers = {
  [K in keyof DossierApi]: (event: IpcMainInvokeEvent, ...args: Parameters<DossierApi[K]>) => ReturnType<DossierApi[K]>;
};

/** How many arguments each contract method takes; a call with more or fewer is refused. */
const ARITY: Record<keyof DossierApi, number> = { appVersion: 0, openExternal: 1, saveFile: 2, openBriefing: 0 };

/** Registers one handler per contract method; each checks the sender's frame before doing anything. */
export function registerIpc(devServerUrl?: string): void {
  const handlers: Handlers = {
    appVersion: async () => app.getVersion(),
    openExternal: async (_event, url: unknown) => {
      // Hand on the parsed, normalised link, never the page's raw string.
      const safe = safeExternalUrl(url);
      if (!safe) return false;
      await shell.openExternal(safe);
      return true;
    },
    saveFile: async (event, name: unknown, contents: unknown) => {
      if (!isValidSaveRequest(name, contents, SAVE_FILE_LIMITS)) throw new Error('Refused: invalid save request');
      // The dialog belongs to the window that asked, and starts in the learner's documents folder.
      const win = BrowserWindow.fromWebContents(event.sender);
      const options = { defaultPath: join(app.getPath('documents'), name), filters: [{ name: 'Dossier backup', extensions: ['json'] }] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false };
      await writeFile(result.filePath, contents as string, 'utf8');
      return { saved: true, path: result.filePath };
    },
    openBriefing: async (event) => {
      const win = BrowserWindow.fromWebContents(event.sender);
      const options = {
        properties: ['openFile' as const],
        defaultPath: app.getPath('documents'),
        filters: [{ name: 'Briefings', extensions: [...OPEN_BRIEFING_LIMITS.extensions] }],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      // Only the file the learner chose, of a kind Dossier reads; an oversized file is returned empty-handed
      // as its size alone, so the page can say why, without reading 50 MB+ into memory.
      const ext = extname(path).slice(1).toLowerCase();
      if (!(OPEN_BRIEFING_LIMITS.extensions as readonly string[]).includes(ext)) throw new Error('Refused: not a briefing file');
      const { size } = await stat(path);
      if (size > OPEN_BRIEFING_LIMITS.maxBytes) return { name: basename(path), bytes: new Uint8Array(0), tooLarge: true };
      return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
    },
  };
  for (const key of Object.keys(channels) as (keyof DossierApi)[]) {
    const handler = handlers[key] as (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
    ipcMain.handle(channels[key], (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame, devServerUrl)) throw new Error('Refused: untrusted sender');
      if (args.length !== ARITY[key]) throw new Error('Refused: wrong number of arguments');
      return handler(event, ...args);
    });
  }
}
