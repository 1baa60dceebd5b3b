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

/** Whether an IPv4 address (four decimal parts, as WHATWG URL normalises it) is loopback, private or link-local. */
function isPrivateIpv4(host: string): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 0 || a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
  );
}

/** Whether a bracketed IPv6 hostname is loopback, unspecified, unique-local (fc00::/7), link-local (fe80::/10) or maps a private IPv4. */
function isPrivateIpv6(host: string): boolean {
  if (!host.startsWith('[')) return false;
  const h = host.slice(1, -1).toLowerCase();
  if (h === '::1' || h === '::') return true;
  if (/^f[cd][0-9a-f]{0,2}:/.test(h)) return true;
  if (/^fe[89ab][0-9a-f]?:/.test(h)) return true;
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (mapped) {
    const hi = parseInt(mapped[1] ?? '0', 16);
    const lo = parseInt(mapped[2] ?? '0', 16);
    return isPrivateIpv4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  return false;
}

/**
 * The link to hand to the system browser, normalised (`URL.href`), or null when it is refused:
 * https only, written out in full (`https://`, no surrounding spaces), with a public host and no credentials.
 * Loopback, private and link-local hosts are refused so a page cannot point the browser at the learner's own network.
 */
export function safeExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 2048) return null;
  // The URL parser silently drops surrounding spaces and inner tabs or newlines, and reads `https:host` as
  // `https://host/`: refuse what a plain link never contains, rather than guess what was meant.
  // eslint-disable-next-line no-control-regex
  if (url !== url.trim() || /[\u0000-\u001f\u007f]/.test(url) || !/^https:\/\//i.test(url)) return null;
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.hostname.length === 0 || u.username !== '' || u.password !== '') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost') || isPrivateIpv4(host) || isPrivateIpv6(host)) return null;
  return u.href;
}

/** Whether a link may be handed to the system browser; see {@link safeExternalUrl}. */
export function isSafeExternalUrl(url: unknown): url is string {
  return safeExternalUrl(url) !== null;
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
