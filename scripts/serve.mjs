// Serves the built renderer (out/renderer) on 127.0.0.1: for the web e2e tests, and for `npm start`
// when the desktop window cannot open.
//   node scripts/serve.mjs [DIR] [--exit-with-stdin]      (PORT from the environment, 4173 by default)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * The path that answers 204 only from a server of this script serving `root`, and 404 from anything else.
 * Playwright probes it to reuse a server an interrupted run left behind, and only when it serves our build.
 */
export const identityPath = (root) => `/__dossier-serve?root=${encodeURIComponent(resolve(root))}`;

/**
 * Serves `root` on `host:port`; port 0 picks a free one. Resolves with the address once listening,
 * rejects with the listen error (EADDRINUSE when the port is taken).
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function serve({ root, port, host = '127.0.0.1' }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__dossier-serve') {
      res.writeHead(url.searchParams.get('root') === base ? 204 : 404).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === '/') path = '/index.html';
    const file = normalize(join(base, path));
    if (!file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const args = process.argv.slice(2);
  const root = resolve(args.find((a) => !a.startsWith('--')) ?? 'out/renderer');
  const port = Number(process.env.PORT ?? 4173);
  try {
    const { url } = await serve({ root, port });
    console.log(`serving ${root} on ${url.replace(/\/$/, '')}`);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${port} on 127.0.0.1 is used by another program; stop it or choose another port (PORT=… or, for the tests, E2E_PORT=…).`
        : `Could not serve ${root} on 127.0.0.1:${port}: ${/** @type {Error} */ (error).message}`,
    );
    process.exit(1);
  }
  // Started by Playwright, whose pipe on our stdin closes when it exits, however it exits (even SIGKILL):
  // leave with it, so an interrupted run leaves no server on the port.
  if (args.includes('--exit-with-stdin')) {
    process.stdin.on('end', () => process.exit(0));
    process.stdin.on('close', () => process.exit(0));
    process.stdin.resume();
  }
}
