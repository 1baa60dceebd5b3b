import { describe, expect, it } from 'vitest';
import { dropIndex, dropMarker, moveTo } from './order-drag';

// Four items 40 px tall, middles at 20, 60, 100, 140.
const MIDDLES = [20, 60, 100, 140];

describe('dropIndex', () => {
  it('keeps the item in place while the pointer stays between its neighbours', () => {
    expect(dropIndex(MIDDLES, 1, 45)).toBe(1);
    expect(dropIndex(MIDDLES, 1, 75)).toBe(1);
  });

  it('moves the item below each middle it passes', () => {
    expect(dropIndex(MIDDLES, 0, 110)).toBe(2);
    expect(dropIndex(MIDDLES, 0, 500)).toBe(3);
  });

  it('moves the item above each middle it passes going up', () => {
    expect(dropIndex(MIDDLES, 3, 55)).toBe(1);
    expect(dropIndex(MIDDLES, 3, -10)).toBe(0);
  });
});

describe('moveTo', () => {
  it('moves an item down and up', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('returns the same order for a drop outside the list', () => {
    expect(moveTo(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
    expect(moveTo(['a', 'b'], -1, 0)).toEqual(['a', 'b']);
  });
});

describe('dropMarker', () => {
  it('draws the line above the item the dragged one will precede', () => {
    expect(dropMarker(4, 0, 2)).toEqual({ index: 3, side: 'before' });
    expect(dropMarker(4, 3, 0)).toEqual({ index: 0, side: 'before' });
  });

  it('draws the line below the last item for a drop at the end', () => {
    expect(dropMarker(4, 0, 3)).toEqual({ index: 3, side: 'after' });
  });

  it('draws nothing when the item would not move', () => {
    expect(dropMarker(4, 2, 2)).toBeNull();
  });
});
