import { app, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { channels, type DossierApi } from '../shared/ipc';
import { isSafeExternalUrl, isTrustedSender } from './policy';

type Handlers = { [K in keyof DossierApi]: (...args: Parameters<DossierApi[K]>) => ReturnType<DossierApi[K]> };

/** Registers one handler per contract method; each checks the sender's frame before doing anything. */
export function registerIpc(devServerUrl?: string): void {
  const handlers: Handlers = {
    appVersion: async () => app.getVersion(),
    openExternal: async (url: unknown) => {
      if (!isSafeExternalUrl(url)) return false;
      await shell.openExternal(url);
      return true;
    },
  };
  for (const key of Object.keys(channels) as (keyof DossierApi)[]) {
    const handler = handlers[key] as (...args: unknown[]) => Promise<unknown>;
    ipcMain.handle(channels[key], (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame, devServerUrl)) throw new Error('Refused: untrusted sender');
      return handler(...args);
    });
  }
}
