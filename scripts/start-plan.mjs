// The decisions `npm start` makes, as pure functions (tested in tests/unit/start.test.ts).
// scripts/start.mjs does the side effects: it runs the installer, the build, Electron or the web server.
import { join } from 'node:path';

/** The Node version Electron 45's own tooling (its installer and @electron/get) declares. */
export const NODE_FOR_ELECTRON = '22.12.0';

/**
 * Whether Electron's runtime is installed, read the way electron-vite and Electron's index.js read it:
 * node_modules/electron/path.txt names the executable under node_modules/electron/dist
 * (or under ELECTRON_OVERRIDE_DIST_PATH when that is set).
 * @param {{ electronDir: string, exists: (p: string) => boolean, read: (p: string) => string, env?: Record<string, string | undefined> }} io
 * @returns {{ installed: true, bin: string } | { installed: false, reason: string }}
 */
export function electronStatus({ electronDir, exists, read, env = {} }) {
  const pathTxt = join(electronDir, 'path.txt');
  if (!exists(pathTxt)) return { installed: false, reason: 'node_modules/electron/path.txt is missing' };
  const rel = read(pathTxt).trim();
  if (rel === '') return { installed: false, reason: 'node_modules/electron/path.txt is empty' };
  const dist = env['ELECTRON_OVERRIDE_DIST_PATH'] || join(electronDir, 'dist');
  const bin = join(dist, rel);
  if (!exists(bin)) return { installed: false, reason: `the Electron executable ${bin} is missing` };
  return { installed: true, bin };
}

/** @param {string} version e.g. "v20.20.2" or "22.12.0" */
export function parseVersion(version) {
  const [major = 0, minor = 0, patch = 0] = version.replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
  return [major, minor, patch];
}

/** Whether `version` is at least `min` (both "x.y.z", an optional leading "v"). */
export function atLeast(version, min) {
  const a = parseVersion(version);
  const b = parseVersion(min);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

const NETWORK = [
  /fetch failed/i, /\bENOTFOUND\b/, /\bEAI_AGAIN\b/, /\bECONNREFUSED\b/, /\bECONNRESET\b/, /\bETIMEDOUT\b/,
  /\bENETUNREACH\b/, /\bEHOSTUNREACH\b/, /\bENETDOWN\b/, /\bUND_ERR_CONNECT_TIMEOUT\b/, /socket hang up/i,
  /getaddrinfo/i, /network (?:is )?unreachable/i, /self[- ]signed certificate/i, /unable to (?:get|verify) .*certificate/i,
  /\bCERT_/, /\bproxy\b/i,
];

/**
 * Why Electron's installer failed, from what it printed (it prints a bare stack) and its exit code.
 * @param {string} output the installer's stderr and stdout
 * @returns {'offline' | 'http' | 'checksum' | 'node' | 'disk' | 'unknown'}
 */
export function classifyInstallFailure(output) {
  if (/ERR_REQUIRE_ESM|ERR_REQUIRE_ASYNC_MODULE|Unexpected token 'export'|Cannot use import statement/.test(output)) return 'node';
  if (/checksum|sha256|integrity/i.test(output)) return 'checksum';
  if (/HTTPError|Response code \d{3}|status(?: code)? (?:4|5)\d\d|\b(?:404|403|500|502|503) /i.test(output)) return 'http';
  if (NETWORK.some((re) => re.test(output))) return 'offline';
  if (/\bENOSPC\b|\bEACCES\b|\bEPERM\b|\bEROFS\b/.test(output)) return 'disk';
  return 'unknown';
}

/** The first line of the installer's output that says what went wrong, without its stack frames. */
export function firstErrorLine(output) {
  const line = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '' && !/^at\s/.test(l) && !/^Downloading Electron/i.test(l));
  return (line ?? '').slice(0, 200);
}

const MIRROR_HINT =
  'on a network that blocks GitHub, set ELECTRON_MIRROR to a mirror (for example ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/), ' +
  'and behind a proxy set ELECTRON_GET_USE_PROXY=1 with HTTPS_PROXY';

/**
 * The one paragraph `npm start` prints when the desktop window cannot open, saying what happened and how to fix it.
 * @param {{ kind: 'offline' | 'http' | 'checksum' | 'node' | 'disk' | 'unknown' | 'no-display' | 'electron-crashed', detail?: string, nodeVersion: string }} why
 */
export function explain({ kind, detail = '', nodeVersion }) {
  const runtime = "Dossier could not download Electron's runtime, the desktop window it runs in (about 100 MB, fetched once into node_modules/electron/dist)";
  const said = detail ? ` The installer said: "${detail}".` : '';
  const rerun = 'then run `npm start` again';
  switch (kind) {
    case 'offline':
      return `${runtime}: this computer seems to be offline, or the download server cannot be reached. Connect to the internet and ${rerun}; ${MIRROR_HINT}.${said}`;
    case 'http':
      return `${runtime}: the download server refused the file. Check that ELECTRON_MIRROR, if you set it, points at a real Electron mirror (or unset it), ${rerun}.${said}`;
    case 'checksum':
      return `${runtime}: the downloaded file did not match Electron's published checksum, so it was not used. Delete Electron's download cache (~/.cache/electron, or %LOCALAPPDATA%\\electron\\Cache on Windows), check any ELECTRON_MIRROR you set, ${rerun}.${said}`;
    case 'node':
      return `${runtime}: Electron's installer needs Node.js ${NODE_FOR_ELECTRON} or newer and this is Node.js ${nodeVersion.replace(/^v/, '')}. Install a newer Node.js (with nvm: \`nvm install\`, which reads .nvmrc), ${rerun}.${said}`;
    case 'disk':
      return `${runtime}: it could not be written to node_modules/electron (the disk is full or the folder is not writable). Free some space or fix the folder's permissions, ${rerun}.${said}`;
    case 'no-display':
      return 'Dossier did not open its desktop window because this session has no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set). Run `npm start` from a desktop session to get the window.';
    case 'electron-crashed':
      return `Electron started but could not open Dossier's window${detail ? ` (${detail})` : ''}. If it says a shared library is missing, install your system's Electron/Chromium dependencies (Debian/Ubuntu: \`sudo apt-get install libnss3 libgtk-3-0 libasound2\`), ${rerun}.`;
    default: {
      const node = atLeast(nodeVersion, NODE_FOR_ELECTRON)
        ? ''
        : ` Electron's installer declares Node.js ${NODE_FOR_ELECTRON} or newer and this is ${nodeVersion.replace(/^v/, '')}: if nothing else helps, install a newer Node.js (\`nvm install\` reads .nvmrc).`;
      return `${runtime}. Run \`npx install-electron\` to see the installer's full message, fix what it reports, ${rerun}; ${MIRROR_HINT}.${said}${node}`;
    }
  }
}

/** Whether a desktop window can open at all: on Linux, only with an X11 or Wayland display. */
export function hasDisplay(platform, env) {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
}

/**
 * The command that opens a URL in the system browser, or null where there is none to use.
 * @param {string} platform process.platform
 * @param {Record<string, string | undefined>} env
 * @param {(cmd: string) => boolean} onPath whether a command is on PATH
 * @returns {{ cmd: string, args: string[] } | null}
 */
export function browserCommand(platform, env, onPath) {
  if (env['BROWSER'] === 'none' || env['DOSSIER_NO_BROWSER']) return null;
  if (platform === 'darwin') return { cmd: 'open', args: [] };
  // An empty title first: `start` would take a quoted URL for the window title. Node quotes '' as "".
  if (platform === 'win32') return { cmd: 'cmd', args: ['/c', 'start', ''] };
  if (!hasDisplay(platform, env)) return null;
  return onPath('xdg-open') ? { cmd: 'xdg-open', args: [] } : null;
}

/** Wraps a paragraph to `width` columns for the terminal, keeping it one paragraph. */
export function wrap(text, width = 100) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
