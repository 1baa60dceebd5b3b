// Where a dragged item of an order question lands: pure arithmetic over the items' middles on screen.

/**
 * The position (0-based, in the list without the dragged item) an item dragged from `from` takes when
 * the pointer is at `y`: after every other item whose middle is above the pointer.
 */
export function dropIndex(middles: readonly number[], from: number, y: number): number {
  let to = 0;
  for (const [i, middle] of middles.entries()) if (i !== from && middle < y) to++;
  return to;
}

/** The list with the item at `from` moved to position `to`; a copy of the same order when out of range. */
export function moveTo<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

/**
 * Which item the drop line is drawn against for a drop at `to`: above the item at that index of the
 * original list (`before`), or below the last one when the item goes to the end; null when nothing moves.
 */
export function dropMarker(length: number, from: number, to: number): { index: number; side: 'before' | 'after' } | null {
  if (to === from || length < 2) return null;
  const others = [...Array(length).keys()].filter((i) => i !== from);
  const index = others[to];
  if (index !== undefined) return { index, side: 'before' };
  const last = others.at(-1);
  return last === undefined ? null : { index: last, side: 'after' };
}
