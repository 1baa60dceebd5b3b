import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from './route';

describe('routes', () => {
  it('parses a place with a path and query', () => {
    expect(parseHash('#/library/minusma/forces?at=gao')).toEqual({
      place: 'library',
      path: ['minusma', 'forces'],
      query: { at: 'gao' },
    });
  });

  it('sends unknown or empty hashes to the library', () => {
    expect(parseHash('').place).toBe('library');
    expect(parseHash('#/nowhere/x')).toEqual({ place: 'library', path: [], query: {} });
  });

  it('round-trips hrefs, encoding segments', () => {
    const href = hrefFor('quiz', ['a b'], { lesson: 'x' });
    expect(href).toBe('#/quiz/a%20b?lesson=x');
    expect(parseHash(href)).toEqual({ place: 'quiz', path: ['a b'], query: { lesson: 'x' } });
  });
});
