/** FNV-1a, 32 bit, as 8 hex digits: short, stable ids without a crypto dependency. */
export function hash32(text: string): string {
  return hex32(fnv1a(text));
}

/** FNV-1a, 32 bit, as an unsigned number. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const HEX = '0123456789abcdef';

/** An unsigned 32-bit number as 8 hex digits (`toString(16)` is slow on a long briefing). */
export function hex32(n: number): string {
  const d = (shift: number): number => HEX.charCodeAt((n >>> shift) & 15);
  return String.fromCharCode(d(28), d(24), d(20), d(16), d(12), d(8), d(4), d(0));
}
