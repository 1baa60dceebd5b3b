// Shared by the packaging tests: the builder configuration, the project's package.json, PNG/ICO/ICNS readers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Configuration } from 'electron-builder';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CONFIG_FILE = 'electron-builder.config.cjs';

const require = createRequire(import.meta.url);

/** A fresh copy of the builder configuration, as electron-builder reads it. */
export function loadBuilderConfig(): Configuration {
  const path = require.resolve(resolve(ROOT, CONFIG_FILE));
  delete require.cache[path];
  return structuredClone(require(path) as Configuration);
}

export interface PackageJson {
  name: string;
  productName?: string;
  version: string;
  description?: string;
  license?: string;
  homepage?: string;
  desktopName?: string;
  author?: string | { name?: string; email?: string };
  main: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export function readPackageJson(dir = ROOT): PackageJson {
  return JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as PackageJson;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Pixel sizes of the images in a Windows .ico (0 in the directory means 256). */
export function icoSizes(ico: Buffer): number[] {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an ICO');
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
}

/** The entries of a macOS .icns: OSType and the pixel size of its PNG payload. */
export function icnsEntries(icns: Buffer): { type: string; size: number }[] {
  if (icns.subarray(0, 4).toString('latin1') !== 'icns') throw new Error('not an ICNS');
  if (icns.readUInt32BE(4) !== icns.length) throw new Error('ICNS length mismatch');
  const entries: { type: string; size: number }[] = [];
  for (let at = 8; at < icns.length; ) {
    const type = icns.subarray(at, at + 4).toString('latin1');
    const length = icns.readUInt32BE(at + 4);
    entries.push({ type, size: pngSize(icns.subarray(at + 8, at + length)).width });
    at += length;
  }
  return entries;
}
