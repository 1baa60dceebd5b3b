import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, mimeType, resolveAppPath } from './policy';

/** Must run before `app.ready`: makes `app://` a standard, secure origin so IndexedDB persists under it. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer folder under `app://dossier/`, refusing anything outside it. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveAppPath(request.url, root);
    if (!path) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(path);
      return new Response(body, {
        headers: {
          'Content-Type': mimeType(path),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
