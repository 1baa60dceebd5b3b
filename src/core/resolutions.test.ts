import { describe, expect, it } from 'vitest';
import { findResolutions } from './resolutions';

describe('findResolutions', () => {
  it('reads every resolution of a list, its year in brackets included', () => {
    expect(findResolutions('resolutions 2085, 2100 and 2164 (2014)').map((r) => r.value)).toEqual(['2085', '2100', '2164']);
  });

  it('reads only the first 60 numbers of a list of thousands (a table flattened into a sentence)', () => {
    const text = 'resolutions 1' + ', 2'.repeat(30_000);
    const found = findResolutions(text);
    expect(found).toHaveLength(60);
    expect(found[59]?.end).toBeLessThan(400);
  });
});
