import { describe, expect, it } from 'vitest';
import { anchorMaker, foldText, lessonSections, searchWords, slugify, snippet } from './search-text';

describe('search text', () => {
  it('folds case and diacritics', () => {
    expect(foldText('Sévaré')).toBe('sevare');
    expect(foldText('SEVARE')).toBe('sevare');
  });

  it('makes anchors from headings, numbering repeats', () => {
    expect(slugify('Where the mission would be based')).toBe('where-the-mission-would-be-based');
    expect(slugify('Gao & Sévaré!')).toBe('gao-sevare');
    const anchor = anchorMaker();
    expect([anchor('Notes'), anchor('Notes'), anchor('?')]).toEqual(['notes', 'notes-2', 'section']);
  });

  it('splits a lesson at its level-2 headings, as plain text', () => {
    const body = [
      'Intro with **bold**.',
      '',
      '## First part',
      '',
      'Text [linked](http://example.org).',
      '',
      '### Detail',
      '',
      'More.',
      '',
      '```',
      '## not a heading',
      '```',
      '',
      '## Key points',
      '',
      '- One.',
    ].join('\n');
    const sections = lessonSections(body);
    expect(sections.map((s) => [s.anchor, s.heading, s.keyPoints])).toEqual([
      ['', '', false],
      ['first-part', 'First part', false],
      ['key-points', 'Key points', true],
    ]);
    expect(sections[0]!.text).toBe('Intro with bold .');
    expect(sections[1]!.text).toContain('Text linked');
    expect(sections[1]!.text).toContain('More.');
    expect(sections[1]!.text).not.toContain('http');
  });

  it('gives the anchor of a repeated heading the same number the renderer gives it', () => {
    const sections = lessonSections('## Notes\n\na\n\n### Notes\n\nb\n\n## Notes\n\nc');
    expect(sections.map((s) => s.anchor)).toEqual(['notes', 'notes-3']);
  });

  it('cuts a snippet around the first matched word and marks the matches', () => {
    const text = `${'Filler words come first. '.repeat(10)}A logistics base might be established in Gao or in Sévaré.`;
    const parts = snippet(text, ['sevare'], 80);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Sévaré']);
    expect(parts[0]!.text.startsWith('… ')).toBe(true);
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(90);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(snippet('Short text.', ['zzz'])).toEqual([{ text: 'Short text.', hit: false }]);
  });
});

describe('numbers in search', () => {
  it('reads a grouped number as one word, however it is grouped', () => {
    expect(searchWords('up to 11,200 military personnel')).toEqual(['up', 'to', '11200', 'military', 'personnel']);
    expect(searchWords('11 200 and 11\u202f200 and 11200')).toEqual(['11200', 'and', '11200', 'and', '11200']);
    expect(searchWords('resolution 2100 (2013)')).toEqual(['resolution', '2100', '2013']);
  });

  it('never lights up a number inside another', () => {
    const parts = snippet('MINUSMA could comprise up to 11,200 military personnel.', ['200']);
    expect(parts.some((p) => p.hit)).toBe(false);
    expect(snippet('up to 11,200 personnel', ['11200']).filter((p) => p.hit).map((p) => p.text)).toEqual(['11,200']);
  });
});
