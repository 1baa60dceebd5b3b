#!/usr/bin/env node
// Renders the one icon drawing, resources/icon.svg, to what each platform's installer needs.
// Output is generated (build/ is not committed); `npm run dist` runs this before electron-builder.
//
//   build/icons/NxN.png  Linux (AppImage/.deb hicolor theme), N in ICON_SIZES
//   build/icon.png       1024 px master (fallback for any tool that wants one PNG)
//   build/icon.ico       Windows (NSIS installer + exe), 16..256 px
//   build/icon.icns      macOS (.app + .dmg); written here so electron-builder needs no icon tool download
//
// Usage: node scripts/icons.mjs [--out <dir>] [--src <svg>]
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const ICON_SOURCE = 'resources/icon.svg';
export const ICON_OUT_DIR = 'build';
/** Every PNG size rendered into build/icons/ (Linux picks from these). */
export const ICON_SIZES = Object.freeze([16, 32, 48, 64, 128, 256, 512, 1024]);
/** Sizes packed into the Windows .ico (256 is the largest the format holds). */
export const ICO_SIZES = Object.freeze([16, 32, 48, 64, 128, 256]);
/** macOS .icns entries: OSType → pixel size (PNG payloads; the @2x types reuse the bigger renders). */
export const ICNS_ENTRIES = Object.freeze([
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16@2x
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic13', 256], // 128@2x
  ['ic08', 256],
  ['ic14', 512], // 256@2x
  ['ic09', 512],
  ['ic10', 1024], // 512@2x
]);

/** Renders the SVG to a square PNG of `size` pixels. */
export function renderPng(svg, size) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    background: 'rgba(0, 0, 0, 0)',
    font: { loadSystemFonts: false },
    shapeRendering: 2, // geometricPrecision: anti-aliased edges at every size
  });
  return Buffer.from(resvg.render().asPng());
}

/** Packs PNG payloads into an Apple icon file (big-endian 'icns' container). */
export function buildIcns(pngBySize) {
  const chunks = ICNS_ENTRIES.map(([type, size]) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`icns: no ${size}px render`);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([header, body]);
}

/** Renders every icon into `outDir` and returns the paths written. */
export async function renderIcons({ src = join(root, ICON_SOURCE), outDir = join(root, ICON_OUT_DIR) } = {}) {
  const svg = await readFile(src);
  const pngBySize = new Map(ICON_SIZES.map((size) => [size, renderPng(svg, size)]));

  const setDir = join(outDir, 'icons');
  await rm(setDir, { recursive: true, force: true });
  await mkdir(setDir, { recursive: true });
  const written = [];
  const put = async (file, data) => {
    await writeFile(file, data);
    written.push(file);
  };

  for (const [size, png] of pngBySize) await put(join(setDir, `${size}x${size}.png`), png);
  await put(join(outDir, 'icon.png'), pngBySize.get(1024));
  await put(join(outDir, 'icon.ico'), await pngToIco(ICO_SIZES.map((size) => pngBySize.get(size))));
  await put(join(outDir, 'icon.icns'), buildIcns(pngBySize));
  return written;
}

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = argValue('--out');
  const src = argValue('--src');
  const written = await renderIcons({
    ...(src ? { src: resolve(src) } : {}),
    ...(out ? { outDir: resolve(out) } : {}),
  });
  console.log(`icons: ${written.length} files from ${src ?? ICON_SOURCE}`);
}
