import { contextBridge, ipcRenderer } from 'electron';
import { channels, type DossierApi } from '../shared/ipc';

// One function per contract method; the page never sees ipcRenderer itself.
const api: DossierApi = {
  appVersion: () => ipcRenderer.invoke(channels.appVersion),
  openExternal: (url: string) => ipcRenderer.invoke(channels.openExternal, url),
};

contextBridge.exposeInMainWorld('api', api);
