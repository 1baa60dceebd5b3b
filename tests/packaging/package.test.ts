// Issue 7, checked offline: package the unpacked `dir` target with a stand-in Electron distribution,
// then open the produced app.asar and check it holds exactly the built app.
//
// It is skipped (with the reason printed) only if electron-builder cannot start packaging offline, i.e. it
// tried to download something; any other failure is a real failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import type * as AsarModule from '@electron/asar';
import type * as FusesModule from '@electron/fuses';
import { Arch, type Configuration, Platform, build } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderIcons } from '../../scripts/icons.mjs';
import { FUSE_DISABLE, FUSE_ENABLE, makeStandInElectron } from './stand-in-electron';
import { ROOT, loadBuilderConfig, readPackageJson } from './support';

const require = createRequire(import.meta.url);
// Both come with electron-builder (app-builder-lib's own dependencies): resolve them from there.
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const asar = builderRequire('@electron/asar') as typeof AsarModule;
const fuses = builderRequire('@electron/fuses') as typeof FusesModule;

const ELECTRON_VERSION = (require('electron/package.json') as { version: string }).version;
const BUILT = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const OFFLINE_FAILURE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|download/i;

/** Every file under `dir`, as '/'-separated paths relative to ROOT. */
function filesUnder(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(abs, name)).isFile())
    .map((name) => `${dir}/${name.split(sep).join('/')}`);
}

/** Names of the production dependencies and everything they pull in (as installed in node_modules). */
function productionClosure(): Set<string> {
  const pkg = readPackageJson();
  const seen = new Set<string>();
  const visit = (name: string, fromDir: string): void => {
    let pkgFile: string | undefined;
    for (let dir = fromDir; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name, 'package.json');
      if (existsSync(candidate)) {
        pkgFile = candidate;
        break;
      }
      if (dirname(dir) === dir || relative(ROOT, dir).startsWith('..')) break;
    }
    if (!pkgFile || seen.has(name)) return; // an optional dependency that is not installed, or already seen
    seen.add(name);
    const dep = readPackageJson(dirname(pkgFile));
    for (const child of Object.keys({ ...dep.dependencies, ...dep.optionalDependencies })) visit(child, dirname(pkgFile));
  };
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(name, ROOT);
  return seen;
}

let work = '';
let skipReason: string | undefined;
let appDir = '';
let entries: string[] = [];
const inAsar = new Set<string>();

beforeAll(async () => {
  if (!BUILT.every((file) => existsSync(join(ROOT, file)))) {
    const bin = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
    execFileSync(process.execPath, [bin, 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  await renderIcons(); // build/ from resources/icon.svg, as `npm run dist` does

  work = mkdtempSync(join(tmpdir(), 'dossier-package-'));
  const electronDist = makeStandInElectron(join(work, 'electron-dist'), ELECTRON_VERSION);
  const shipped = loadBuilderConfig();
  const config: Configuration = {
    ...shipped,
    directories: { ...shipped.directories, output: join(work, 'dist') },
    electronDist,
    electronVersion: ELECTRON_VERSION,
    npmRebuild: false,
    publish: null,
  };
  try {
    await build({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      config,
      publish: 'never',
    });
  } catch (error) {
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    if (!OFFLINE_FAILURE.test(message)) throw error;
    skipReason = `electron-builder could not package offline (it tried to fetch something): ${message.split('\n')[0]}`;
    console.warn(`[packaging] skipped: ${skipReason}`);
    return;
  }
  appDir = join(work, 'dist', 'linux-unpacked');
  entries = asar
    .listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false })
    .map((entry) => entry.split(sep).join('/').replace(/^\//, ''));
  for (const entry of entries) inAsar.add(entry);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const readAsar = (file: string): string => asar.extractFile(join(appDir, 'resources', 'app.asar'), file).toString('utf8');

describe('packaged app (linux dir target, stand-in Electron)', () => {
  it('produces the executable and app.asar', (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    expect(existsSync(join(appDir, 'dossier'))).toBe(true);
    expect(existsSync(join(appDir, 'resources', 'app.asar'))).toBe(true);
    expect(existsSync(join(appDir, 'resources', 'app'))).toBe(false);
  });

  it('holds the built main, preload and renderer, and all of out/', (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    for (const file of BUILT) expect(inAsar, file).toContain(file);
    const built = filesUnder('out').filter((file) => !file.endsWith('.map'));
    expect(built.length).toBeGreaterThan(BUILT.length);
    for (const file of built) expect(inAsar, file).toContain(file);
  });

  it('holds the course resources (all of resources/)', (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    const resources = filesUnder('resources');
    expect(resources.length).toBeGreaterThan(0);
    for (const file of resources) expect(inAsar, file).toContain(file);
    if (existsSync(join(ROOT, 'resources', 'courses'))) {
      expect(entries.some((entry) => entry.startsWith('resources/courses/'))).toBe(true);
    }
  });

  it('has a package.json that starts the built main and carries no dev metadata', (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    const packaged = JSON.parse(readAsar('package.json')) as Record<string, unknown>;
    expect(packaged['main']).toBe(readPackageJson().main);
    expect(packaged['productName']).toBe('Dossier');
    expect(packaged['devDependencies']).toBeUndefined();
    expect(packaged['scripts']).toBeUndefined();
  });

  it('loads the renderer from inside the package (relative URLs for app://)', (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    const html = readAsar('out/renderer/index.html');
    expect(html).not.toMatch(/(src|href)="\/(?!\/)/); // no root-absolute URLs
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//); // nothing from a server
    expect(html).toMatch(/(src|href)="\.\/assets\//);
  });

  it('holds none of src/, tests/, source maps, sources or tooling', (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    const ours = entries.filter((entry) => !entry.startsWith('node_modules/'));
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]); // anywhere, dependencies included
    const forbidden = ours.filter(
      (entry) =>
        /^(src|tests|scripts|build|docs|dist|test-results|coverage|\.ci|\.git)(\/|$)/.test(entry) ||
        /\.(ts|mts|cts|tsx|svelte|tsbuildinfo)$/.test(entry) ||
        /^[^/]*\.config\.[cm]?[jt]s$/.test(entry) ||
        /^(tsconfig[^/]*\.json|package-lock\.json|\.gitignore|\.env[^/]*)$/.test(entry),
    );
    expect(forbidden).toEqual([]);
  });

  it('holds production dependencies only, never dev dependencies', (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    const production = productionClosure();
    const packagedModules = new Set(
      entries
        .map((entry) => /^node_modules\/((?:@[^/]+\/)?[^/@]+)$/.exec(entry)?.[1])
        .filter((name): name is string => !!name && !name.startsWith('.')),
    );
    const dev = Object.keys(readPackageJson().devDependencies ?? {});
    expect(dev.filter((name) => packagedModules.has(name) && !production.has(name))).toEqual([]);
    expect([...packagedModules].filter((name) => !production.has(name))).toEqual([]);
    for (const name of Object.keys(readPackageJson().dependencies ?? {})) expect(packagedModules, name).toContain(name);
    expect(entries.some((entry) => entry.startsWith('node_modules/.bin'))).toBe(false);
  });

  it('flips the Electron fuses for a shipped app', async (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    const wire = await fuses.getCurrentFuseWire(join(appDir, 'dossier'));
    const { FuseV1Options } = fuses;
    expect(wire[FuseV1Options.RunAsNode]).toBe(FUSE_DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FUSE_ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FUSE_DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FUSE_DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FUSE_ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FUSE_ENABLE);
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FUSE_DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FUSE_DISABLE);
  });
});
