import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { userDataDir } from './data-dir';
import { registerIpc } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenAllContents, hardenSession } from './security';
import { createMainWindow } from './window';
import { fallbackLang } from './locale';

// Only in development does electron-vite set this; packaged builds always load app://.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

// Pin the data folder to <appData>/Dossier before anything (including the single-instance lock) uses it.
app.setPath('userData', userDataDir(app.getPath('appData'), app.getPath('userData'), process.argv));

// Before the app is ready, when Chromium picks its locale; a --lang given on the command line wins.
const lang = fallbackLang(process.platform, process.env);
if (lang && !app.commandLine.hasSwitch('lang')) app.commandLine.appendSwitch('lang', lang);

registerAppScheme();
hardenAllContents(devServerUrl);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    // A second launch brings the running app forward (or reopens its window on macOS, where it may have none).
    if (!mainWindow) {
      if (app.isReady()) mainWindow = createMainWindow(devServerUrl);
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    hardenSession(devServerUrl);
    serveRenderer(join(__dirname, '../renderer'));
    registerIpc(devServerUrl);
    mainWindow = createMainWindow(devServerUrl);
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(devServerUrl);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
