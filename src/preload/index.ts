import { contextBridge, ipcRenderer } from 'electron';
import { channels, type DossierApi } from '../shared/ipc';

// One function per contract method; the page never sees ipcRenderer itself.
const api: DossierApi = {
  appVersion: () => ipcRenderer.invoke(channels.appVersion),
  openExternal: (url: string) => ipcRenderer.invoke(channels.openExternal, url),
  saveFile: (suggestedName: string, contents: string) => ipcRenderer.invoke(channels.saveFile, suggestedName, contents),
  openBriefing: () => ipcRenderer.invoke(channels.openBriefing),
};

contextBridge.exposeInMainWorld('api', api);
