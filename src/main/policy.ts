import { posix, win32 } from 'node:path';

/** The scheme and host the packaged renderer is served from: a stable IndexedDB origin across releases. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The Content-Security-Policy every renderer document is served with. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether the renderer may load or navigate to `url`.
 * Only the app's own origin is allowed, plus the dev server's origin when one is given.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true;
  if (devServerUrl) {
    const dev = parse(devServerUrl);
    const local = dev && (dev.hostname === 'localhost' || dev.hostname === '127.0.0.1');
    // The dev server's hot-reload socket shares its host and port over ws:.
    if (local && u.host === dev.host && (u.protocol === dev.protocol || u.protocol === 'ws:')) return true;
  }
  return false;
}

/** Whether a link may be handed to the system browser: https only, with a host and no credentials. */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2048) return false;
  const u = parse(url);
  if (!u) return false;
  return u.protocol === 'https:' && u.hostname.length > 0 && u.username === '' && u.password === '';
}

/**
 * Maps an `app://dossier/...` request to a file under `root`, or null when the request
 * is for another host or escapes the folder. `/` serves index.html.
 */
export function resolveAppPath(url: string, root: string, pathApi: typeof posix = posix): string | null {
  const u = parse(url);
  if (!u || u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const rootResolved = pathApi.resolve(root);
  const target = pathApi.resolve(rootResolved, '.' + pathname);
  const rel = pathApi.relative(rootResolved, target);
  if (rel === '' || rel.startsWith('..') || pathApi.isAbsolute(rel)) return null;
  return target;
}

/** The Windows flavour of {@link resolveAppPath}, for tests and for win32 builds. */
export const resolveAppPathWin32 = (url: string, root: string): string | null =>
  resolveAppPath(url, root, win32 as unknown as typeof posix);

/**
 * Whether an IPC message comes from a frame we trust: the main frame of our own window,
 * showing our own origin.
 */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
  devServerUrl?: string,
): boolean {
  if (!frame) return false;
  if (frame.parent) return false;
  return isAppUrl(frame.url, devServerUrl);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.md': 'text/markdown; charset=utf-8',
};

/** The Content-Type for a served file, by extension. */
export function mimeType(path: string): string {
  const dot = path.lastIndexOf('.');
  return (dot >= 0 && MIME[path.slice(dot).toLowerCase()]) || 'application/octet-stream';
}

/** Whether a save request from the page is acceptable: a plain .json file name and a bounded text body. */
export function isValidSaveRequest(
  name: unknown,
  contents: unknown,
  limits: { maxBytes: number; namePattern: RegExp },
): name is string {
  if (typeof name !== 'string' || typeof contents !== 'string') return false;
  if (!limits.namePattern.test(name) || name.startsWith('.')) return false;
  return Buffer.byteLength(contents, 'utf8') <= limits.maxBytes;
}

/**
 * The one permission Dossier grants: persistent storage, asked for by its own page so the browser
 * never evicts the learner's data under disk pressure. Every other permission, from anywhere, is denied.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string, devServerUrl?: string): boolean {
  return permission === 'persistent-storage' && isAppUrl(requestingUrl, devServerUrl);
}
