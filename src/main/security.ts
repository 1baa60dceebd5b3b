import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl, isPermissionAllowed, safeExternalUrl } from './policy';

/** Session-wide rules: deny every permission and every request that leaves the app. */
export function hardenSession(devServerUrl?: string): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((wc, permission, callback) => callback(isPermissionAllowed(permission, wc.getURL(), devServerUrl)));
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, devServerUrl));
  ses.setDevicePermissionHandler(() => false);
  // Dossier makes no network request: only the app's own scheme (and the dev server in development) may load.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const ok = isAppUrl(details.url, devServerUrl) || details.url.startsWith('devtools://') || details.url.startsWith('data:');
    callback({ cancel: !ok });
  });
}

/** Per-window rules: no navigation away, no new windows, https links go to the system browser. */
export function hardenContents(contents: WebContents, devServerUrl?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const safe = safeExternalUrl(url);
    if (safe) void shell.openExternal(safe);
    return { action: 'deny' };
  });
}

/** Applies {@link hardenContents} to every web contents the app ever creates. */
export function hardenAllContents(devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, devServerUrl));
}
