// `npm start`: make sure Electron's runtime is installed (running Electron's own installer when it is not),
// build, and open the desktop window. When the runtime cannot be had (offline, a failed download, no
// display), say so in one paragraph and serve the web build on 127.0.0.1 instead, so Dossier always opens.
//   npm start [-- --skip-build]
// The decisions are in scripts/start-plan.mjs; this file only runs things.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { browserCommand, classifyInstallFailure, electronStatus, explain, firstErrorLine, hasDisplay, wrap } from './start-plan.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const rendererDir = join(root, 'out', 'renderer');
const skipBuild = process.argv.includes('--skip-build');
const say = (text) => console.log(wrap(text));

function status() {
  return electronStatus({ electronDir, exists: existsSync, read: (p) => readFileSync(p, 'utf8'), env: process.env });
}

/** Runs Electron's own installer (the `install-electron` bin of the electron package), quietly. */
function installElectron() {
  console.log("Downloading Electron's runtime (once, about 100 MB)…");
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60_000,
  });
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}\n${result.error?.message ?? ''}`;
  return { ok: result.status === 0, output };
}

function build() {
  console.log('Building Dossier…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('The build failed (its messages are above); fix what they report and run `npm start` again.');
    process.exit(1);
  }
}

function openInBrowser(url) {
  const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  const opener = browserCommand(process.platform, process.env, onPath);
  if (!opener) return;
  try {
    const child = spawn(opener.cmd, [...opener.args, url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser to open: the address printed above is enough.
  }
}

async function serveWeb(paragraph) {
  console.log('');
  say(paragraph);
  const wanted = Number(process.env['PORT'] ?? 4173);
  let server;
  try {
    server = await serve({ root: rendererDir, port: wanted });
  } catch {
    // The usual port is taken (often by an earlier `npm start`): any free port will do.
    server = await serve({ root: rendererDir, port: 0 });
  }
  console.log('');
  console.log(`Dossier is running in your browser at ${server.url} (progress made there stays in that browser). Press Ctrl+C to stop.`);
  openInBrowser(server.url);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function launchElectron() {
  const child = spawn(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'preview', '--skipBuild'], {
    cwd: root,
    stdio: ['inherit', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  child.on('exit', (code, signal) => {
    if (code === 0 || signal) process.exit(0);
    // The window never came up (a missing system library, a GPU or sandbox failure): fall back to the web build.
    void serveWeb(explain({ kind: 'electron-crashed', detail: firstErrorLine(stderr) || `exit code ${code}`, nodeVersion: process.version }));
  });
}

async function main() {
  let current = status();
  let problem = null;
  if (!current.installed) {
    const installed = installElectron();
    current = status();
    if (!installed.ok || !current.installed) {
      const kind = installed.ok ? 'unknown' : classifyInstallFailure(installed.output);
      problem = explain({ kind, detail: firstErrorLine(installed.output), nodeVersion: process.version });
    }
  }
  if (!problem && !hasDisplay(process.platform, process.env)) {
    problem = explain({ kind: 'no-display', nodeVersion: process.version });
  }
  if (!skipBuild) build();
  else if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error('There is no build to start (out/renderer is missing): run `npm start` without --skip-build.');
    process.exit(1);
  }
  if (problem) await serveWeb(problem);
  else launchElectron();
}

main().catch((error) => {
  console.error(`npm start stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
