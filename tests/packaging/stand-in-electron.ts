// A stand-in Linux Electron distribution for electron-builder's `electronDist`, since the real runtime
// cannot be downloaded here. electron-builder copies the folder as the app skeleton, renames `electron`
// to the app's executable and moves LICENSE to LICENSE.electron.txt (app-builder-lib ElectronFramework.unpack).
// @electron/fuses then flips the fuse wire it finds after its sentinel in the executable, so the stand-in
// carries a real-looking wire — every fuse set opposite to what Dossier wants, so each flip is observable.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses' SENTINEL (dist/constants.js); the wire follows it: version, length, one byte per fuse. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_DISABLE = 0x30; // '0'
export const FUSE_ENABLE = 0x31; // '1'

/** FuseV1Options order: RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
 * EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
 * LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges. */
const STAND_IN_WIRE = [1, 0, 1, 1, 0, 0, 1, 1].map((on) => (on ? FUSE_ENABLE : FUSE_DISABLE));

export function makeStandInElectron(dir: string, version: string): string {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const executable = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: the real runtime is not available offline" >&2\nexit 1\n# '),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, STAND_IN_WIRE.length, ...STAND_IN_WIRE]),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), executable);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron licence (tests only).\n');
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '');
  mkdirSync(join(dir, 'resources'), { recursive: true });
  return dir;
}
