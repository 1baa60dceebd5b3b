import { hex32 } from '../../../../core/hash';

/** FNV-1a over a file's bytes: the same file imported again is recognised. */
export function contentHash(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return hex32(h >>> 0);
}
