import { describe, expect, it } from 'vitest';
import { courseById } from './course';
import { createSearchIndex, runSearch, searchDocs } from './search-index';

const docs = searchDocs([courseById('minusma')!]);
const index = createSearchIndex(docs);
const byId = new Map(docs.map((d) => [d.id, d]));
const find = (q: string) => runSearch(index, byId, q);

describe('course search', () => {
  it('finds Sévaré when typed without accents or capitals', () => {
    for (const q of ['Sevare', 'sevare', 'SÉVARÉ']) {
      const [top] = find(q);
      expect(top?.doc.title, q).toBe('Forces and footprint');
      expect(top?.doc.href).toBe('#/library/minusma/lesson/forces-and-footprint?at=where-the-mission-would-be-based');
      expect(top?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Sévaré']);
    }
  });

  it('indexes lesson sections but not the key points that repeat them', () => {
    expect(docs.some((d) => d.heading === 'Key points')).toBe(false);
    expect(docs.filter((d) => d.kind === 'section' && d.title === 'Forces and footprint').map((d) => d.heading)).toEqual([
      '',
      'Planned strength',
      'Where the mission would be based',
      'The Chinese contingent',
    ]);
  });

  it('finds glossary entries and sends them to the glossary at that term', () => {
    const hit = find('nepotism').find((h) => h.doc.kind === 'glossary');
    expect(hit?.doc.href).toBe('#/library/minusma/glossary?at=nepotism');
  });

  it('tolerates a typo and matches prefixes', () => {
    expect(find('contingnet').some((h) => h.doc.heading === 'The Chinese contingent')).toBe(true);
    expect(find('logist').some((h) => h.doc.heading === 'Where the mission would be based')).toBe(true);
  });

  it('finds nothing for an empty query', () => {
    expect(find('   ')).toEqual([]);
  });
});

describe('numbers', () => {
  it('finds 11,200 written with or without grouping', () => {
    for (const q of ['11200', '11,200', '11 200']) {
      const [top] = find(q);
      expect(top?.doc.title, q).toBe('Forces and footprint');
      expect(top?.snippet.filter((p) => p.hit).map((p) => p.text), q).toEqual(['11,200']);
    }
  });

  it('never matches a number inside another: 2100 does not light up the 200 of 11,200', () => {
    const hits = find('2100');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(expect.arrayContaining(['2100']));
    expect(find('200')).toEqual([]);
  });
});
