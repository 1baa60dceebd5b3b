import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { longestSharedRun, toWords } from './text-overlap';

/** Reference implementation: tries every pair of starting positions. */
function naiveLongest(a: string[], b: string[]): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      best = Math.max(best, k);
    }
  }
  return best;
}

describe('toWords', () => {
  it('lowercases and treats punctuation and Markdown markers as breaks', () => {
    expect(toWords('## Key points\n- The U.N. mission, in "Mali"!')).toEqual([
      'key', 'points', 'the', 'u', 'n', 'mission', 'in', 'mali',
    ]);
  });

  it('drops apostrophes inside words and removes accents', () => {
    expect(toWords("the world body's base in Sévaré")).toEqual(['the', 'world', 'bodys', 'base', 'in', 'sevare']);
  });

  it('returns no words for punctuation only', () => {
    expect(toWords(' -- ... ')).toEqual([]);
  });
});

describe('longestSharedRun', () => {
  it('finds the longest run of shared words regardless of case and punctuation', () => {
    const result = longestSharedRun(
      'Before the end of May 2017, a contingent arrived.',
      'A force began work before the END of may, 2017 in Mali.',
    );
    expect(result).toEqual({ length: 6, words: ['before', 'the', 'end', 'of', 'may', '2017'] });
  });

  it('counts a run across sentence boundaries, since punctuation is stripped', () => {
    expect(longestSharedRun('forces. French forces', 'security forces French forces deployed').length).toBe(3);
  });

  it('reports zero for texts with no word in common or an empty text', () => {
    expect(longestSharedRun('alpha beta', 'gamma delta')).toEqual({ length: 0, words: [] });
    expect(longestSharedRun('', 'gamma delta')).toEqual({ length: 0, words: [] });
    expect(longestSharedRun('alpha', '...')).toEqual({ length: 0, words: [] });
  });

  it('returns the run found first in the first text when runs tie', () => {
    expect(longestSharedRun('red green. blue yellow', 'blue yellow red green').words).toEqual(['red', 'green']);
  });

  it('agrees with a brute-force search on random word sequences', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 40 }), (a, b) => {
        const result = longestSharedRun(a.join(' '), b.join(' '));
        expect(result.length).toBe(naiveLongest(a, b));
        expect(result.words).toHaveLength(result.length);
        expect(b.join(' ')).toContain(result.words.join(' '));
      }),
      { seed: 20170525, numRuns: 300 },
    );
  });

  it('compares a seed-sized text with a course-sized text quickly', () => {
    const vocabulary = Array.from({ length: 400 }, (_, index) => `w${index}`);
    const pick = (index: number) => vocabulary[(index * 7919) % vocabulary.length]!;
    const seed = Array.from({ length: 800 }, (_, index) => pick(index)).join(' ');
    const course = Array.from({ length: 5000 }, (_, index) => pick(index * 3 + 1)).join(' ');
    const started = performance.now();
    longestSharedRun(course, seed);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
