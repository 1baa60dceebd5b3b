// The last step of `npm run dist`: electron-builder, whose failures are told as a sentence, not a stack.
//   node scripts/dist.mjs [electron-builder arguments…]   (after `npm run build` and `npm run icons`)
// electron-builder downloads what it packages with (Electron's runtime for the target, and tools such as
// appimagetool, fpm or NSIS) on first use; offline, it stops with a RequestError and a stack trace.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const NETWORK = /\b(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ENETDOWN)\b|getaddrinfo|socket hang up|fetch failed|RequestError|UND_ERR_CONNECT_TIMEOUT/;

/** Whether a line is part of a stack trace (or electron-builder's `stackTrace=` field), which the learner never needs. */
export const isStackLine = (line) => /^\s+at\s/.test(line) || /^\s*stackTrace[=:]/.test(line);

/** electron-builder's `⨯` line without its `stackTrace=…` tail. */
export const withoutStack = (line) => line.replace(/\s+stackTrace=.*$/, '').replace(/^\s*⨯\s*/, '').trim();

/**
 * The sentence `npm run dist` ends with when electron-builder fails.
 * @param {string} output everything electron-builder printed
 */
export function explainDistFailure(output) {
  const error = output.split(/\r?\n/).find((line) => line.includes('⨯'));
  const detail = error ? withoutStack(error) : '';
  if (NETWORK.test(output)) {
    const host = /(?:ENOTFOUND|ECONNREFUSED|ETIMEDOUT)\s+([\w.-]+(?::\d+)?)/.exec(output)?.[1];
    return (
      `npm run dist could not download what electron-builder packages with (Electron's runtime for the target system, ` +
      `or a packaging tool such as appimagetool, fpm or NSIS)${host ? ` from ${host}` : ''}: this computer seems to be offline. ` +
      'Connect to the internet and run `npm run dist` again (the files are cached afterwards, so later builds work offline); ' +
      'on a network that blocks GitHub set ELECTRON_MIRROR and ELECTRON_BUILDER_BINARIES_MIRROR to mirrors.' +
      (detail ? ` electron-builder said: "${detail}".` : '')
    );
  }
  return `electron-builder could not package Dossier${detail ? `: ${detail}` : ''}. Fix what it reports above and run \`npm run dist\` again.`;
}

/**
 * Runs electron-builder's CLI with the project's configuration and `args`, passing its progress through without stack
 * traces; resolves with its exit code, after printing {@link explainDistFailure} when it failed.
 * @param {{ cli?: string, args?: string[], env?: NodeJS.ProcessEnv, write?: (s: string) => void }} options
 */
export function runBuilder({ cli, args = [], env = process.env, write = (s) => process.stdout.write(s) } = {}) {
  const builder = cli ?? join(dirname(createRequire(import.meta.url).resolve('electron-builder/package.json')), 'cli.js');
  const child = spawn(process.execPath, [builder, '--config', 'electron-builder.config.cjs', ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let pending = '';
  const onData = (chunk) => {
    output += chunk;
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (!isStackLine(line) && !line.includes('⨯')) write(`${line}\n`);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolvePromise) => {
    child.on('error', (error) => {
      write(`electron-builder could not be started (${error.message}); run \`npm ci\` and try again.\n`);
      resolvePromise(1);
    });
    child.on('close', (code) => {
      if (pending && !isStackLine(pending) && !pending.includes('⨯')) write(`${pending}\n`);
      if (code !== 0) write(`\n${explainDistFailure(output)}\n`);
      resolvePromise(code ?? 1);
    });
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) process.exitCode = await runBuilder({ args: process.argv.slice(2) });
