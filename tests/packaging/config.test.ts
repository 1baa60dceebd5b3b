// Issue 7: the installers' settings, read straight from electron-builder.config.cjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICNS_ENTRIES, ICO_SIZES, ICON_OUT_DIR, ICON_SIZES, ICON_SOURCE, renderIcons } from '../../scripts/icons.mjs';
import { CONFIG_FILE, ROOT, icnsEntries, icoSizes, loadBuilderConfig, pngSize, readPackageJson } from './support';

const config = loadBuilderConfig();
const pkg = readPackageJson();

type TargetEntry = string | { target: string; arch?: string | string[] };
const targetsOf = (platform: { target?: unknown } | null | undefined): { target: string; arch: string[] }[] =>
  ((platform?.target ?? []) as TargetEntry[]).map((entry) =>
    typeof entry === 'string'
      ? { target: entry, arch: [] }
      : { target: entry.target, arch: entry.arch == null ? [] : ([] as string[]).concat(entry.arch) },
  );

describe('identity', () => {
  it('has the app id and the product name "Dossier"', () => {
    expect(config.appId).toBe('org.dossier.app');
    expect(config.productName).toBe('Dossier');
    expect(pkg.productName).toBe('Dossier');
  });

  it('takes version, description and licence from package.json', () => {
    expect(config.extraMetadata?.['version']).toBeUndefined();
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(pkg.description?.length ?? 0).toBeGreaterThan(10);
    expect(pkg.license).toBe('MIT');
  });
});

describe('targets', () => {
  it('Linux: AppImage and .deb, category Education', () => {
    expect(targetsOf(config.linux).map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Education');
    expect(config.linux?.executableName).toBe('dossier');
    expect(config.linux?.syncDesktopName).toBe(true);
  });

  it('macOS: .dmg for x64 and arm64, category education', () => {
    expect(targetsOf(config.mac)).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac?.category).toBe('public.app-category.education');
  });

  it('Windows: an NSIS installer', () => {
    expect(targetsOf(config.win).map((t) => t.target)).toEqual(['nsis']);
  });

  it('NSIS: assisted, per-user, keeps the learner data on uninstall', () => {
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
    // The installer shows the licence the project ships.
    expect(config.nsis?.license).toBe('LICENSE');
    expect(existsSync(join(ROOT, 'LICENSE'))).toBe(true);
  });
});

describe('package contents', () => {
  const files = (config.files ?? []) as string[];

  it('whitelists only built output and resources', () => {
    const included = files.filter((p) => !p.startsWith('!'));
    expect(included.sort()).toEqual(['out/**', 'resources/**']);
  });

  it('excludes source maps and TypeScript sources', () => {
    expect(files).toContain('!**/*.map');
    expect(files.some((p) => p.startsWith('!') && p.includes('*.{ts'))).toBe(true);
  });

  it('is an asar archive, with no native rebuild and no publishing', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(config.publish).toBeNull();
  });

  it('keeps the generated icons (build/) out of the package', () => {
    expect(config.directories?.buildResources).toBe(ICON_OUT_DIR);
    expect(files.some((p) => p.startsWith('build'))).toBe(false);
  });
});

describe('fuses for a shipped app', () => {
  it('turns off Node escape hatches and turns on asar protections', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('icon', () => {
  let out = '';
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'dossier-icons-'));
    await renderIcons({ outDir: out });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('has one source drawing in resources/', () => {
    expect(ICON_SOURCE).toBe('resources/icon.svg');
    const svg = readFileSync(join(ROOT, ICON_SOURCE), 'utf8');
    expect(svg).toMatch(/<svg[^>]*viewBox="0 0 1024 1024"/);
  });

  it('points every platform at the generated files', () => {
    expect(config.linux?.icon).toBe(`${ICON_OUT_DIR}/icons`);
    expect(config.mac?.icon).toBe(`${ICON_OUT_DIR}/icon.icns`);
    expect(config.win?.icon).toBe(`${ICON_OUT_DIR}/icon.ico`);
  });

  it('renders the Linux PNG set at 16…1024 px', () => {
    expect([...ICON_SIZES]).toEqual([16, 32, 48, 64, 128, 256, 512, 1024]);
    for (const size of ICON_SIZES) {
      const png = readFileSync(join(out, 'icons', `${size}x${size}.png`));
      expect(pngSize(png), `${size}x${size}.png`).toEqual({ width: size, height: size });
    }
    expect(pngSize(readFileSync(join(out, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it('renders the Windows .ico at 16…256 px', () => {
    expect(icoSizes(readFileSync(join(out, 'icon.ico')))).toEqual([...ICO_SIZES]);
    expect([...ICO_SIZES]).toEqual([16, 32, 48, 64, 128, 256]);
  });

  it('renders the macOS .icns up to 1024 px', () => {
    const entries = icnsEntries(readFileSync(join(out, 'icon.icns')));
    expect(entries).toEqual(ICNS_ENTRIES.map(([type, size]) => ({ type, size })));
    expect(Math.max(...entries.map((e) => e.size))).toBe(1024);
  });

  it('keeps no hand-made copies: the generated files are ignored by git', () => {
    let ignored: string;
    try {
      ignored = execFileSync(
        'git',
        ['check-ignore', '--no-index', `${ICON_OUT_DIR}/icon.ico`, `${ICON_OUT_DIR}/icon.icns`, `${ICON_OUT_DIR}/icons/16x16.png`],
        { cwd: ROOT, encoding: 'utf8' },
      );
    } catch (error) {
      // git exits 1 when none is ignored; no git at all (a source tarball) has nothing to keep clean.
      if ((error as { code?: string }).code === 'ENOENT' || !existsSync(join(ROOT, '.git'))) return;
      ignored = (error as { stdout?: string }).stdout ?? '';
    }
    expect(ignored.trim().split('\n')).toHaveLength(3);
  });
});

describe('package.json wiring (edited by the lead)', () => {
  it('`npm run dist` builds, renders the icons, then runs electron-builder with this config', () => {
    const dist = pkg.scripts?.['dist'] ?? '';
    expect(dist).toMatch(/\bnpm run build\b|\belectron-vite build\b/);
    expect(dist).toMatch(/scripts\/icons\.mjs|npm run icons\b/);
    // scripts/dist.mjs runs electron-builder with this config and tells a failed download as a sentence (issue 13).
    expect(dist).toMatch(/node scripts\/dist\.mjs$/);
    expect(readFileSync(join(ROOT, 'scripts/dist.mjs'), 'utf8')).toContain(`'--config', '${CONFIG_FILE}'`);
  });

  it('has the homepage and maintainer e-mail the .deb requires', () => {
    expect(pkg.homepage ?? '').toMatch(/^https?:\/\//);
    const author = pkg.author;
    const email = typeof author === 'string' ? /<[^>]+@[^>]+>/.test(author) : !!author?.email;
    expect(email || !!config.linux?.maintainer).toBe(true);
  });

  it('names the Linux desktop entry so the window matches its launcher', () => {
    expect(pkg.desktopName).toBe('dossier.desktop');
  });

  it('keeps the builder configuration in one place (no "build" key in package.json)', () => {
    expect((pkg as unknown as Record<string, unknown>)['build']).toBeUndefined();
  });
});
