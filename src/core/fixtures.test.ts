// Briefings about other missions, in several formats and phrasings, written for these tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, generateQuestions, questionProblems, type Fact } from './index';

const dir = path.resolve(__dirname, '../../tests/fixtures/briefings');
const load = (name: string, format: 'text' | 'markdown' | 'html'): Fact[] =>
  extractFacts(readFileSync(path.join(dir, name), 'utf8'), { format, docId: name });
const values = (facts: Fact[], kind: string) => facts.filter((f) => f.kind === kind).map((f) => f.value);

describe('UNMISS (Markdown)', () => {
  const facts = load('unmiss.md', 'markdown');
  it('finds its resolutions, dates and figures and nothing from front matter or links', () => {
    expect(values(facts, 'resolution')).toEqual(['1996', '2132', '2155']);
    expect(values(facts, 'date')).toEqual(expect.arrayContaining(['2011-07-09', '2013-12', '2013-12-24', '2013']));
    expect(values(facts, 'date')).not.toContain('2024-02-11');
    expect(values(facts, 'figure')).toEqual(expect.arrayContaining([7000, 900, 12500, 200000, 5500, 3]));
    expect(values(facts, 'figure')).not.toContain(7);
    expect(values(facts, 'figure')).not.toContain(4);
  });
  it('says what resolution 1996 did', () => {
    expect(facts.find((f) => f.value === '1996')?.about).toBe('created UNMISS');
  });
});

describe('MONUSCO (HTML)', () => {
  const facts = load('monusco.html', 'html');
  it('reads the page and ignores scripts, navigation and the footer', () => {
    expect(values(facts, 'resolution')).toEqual(expect.arrayContaining(['1925', '2098', '2556', '2502']));
    expect(values(facts, 'date')).toEqual(expect.arrayContaining(['2010-07-01', '2013-03', '2020-12-18']));
    expect(values(facts, 'date')).not.toContain('2021-05-03');
    expect(values(facts, 'figure')).toEqual(expect.arrayContaining([3069, 19815, 760, 391, 1050]));
    expect(values(facts, 'figure')).not.toContain(20000);
  });
});

describe('UNIFIL (plain text)', () => {
  const facts = load('unifil.txt', 'text');
  it('reads a list of resolutions and US-style numeric dates, and skips the print line', () => {
    expect(values(facts, 'resolution')).toEqual(['425', '426', '1701']);
    expect(facts.find((f) => f.value === '426')?.about).toBe('established UNIFIL');
    expect(values(facts, 'date')).toEqual(expect.arrayContaining(['1978-03-19', '1978-03-23', '2023-08-31']));
    expect(values(facts, 'date')).not.toContain('2023-12-01');
    expect(values(facts, 'figure')).toEqual(expect.arrayContaining([15000, 13000, 30, 300]));
  });
});

describe('MINUSCA (Markdown list)', () => {
  const facts = load('minusca.md', 'markdown');
  it('reads numbered list items and money', () => {
    expect(values(facts, 'resolution')).toEqual(['2149', '2387', '2566']);
    expect(values(facts, 'figure')).toEqual(expect.arrayContaining([10000, 1800, 900, 600000, 1_100_000_000, 8]));
    expect(values(facts, 'figure')).not.toContain(1);
  });
});

describe('UNMIL (press release, plain text)', () => {
  const facts = load('unmil-press-release.txt', 'text');
  it('reads the dateline date as a fact about what the release reports', () => {
    const dateline = facts.find((f) => f.value === '2019-03-12');
    expect(dateline?.about).toMatch(/^The Security Council today heard a final briefing/);
  });
  it('finds its resolutions, dates and figures', () => {
    expect(values(facts, 'resolution')).toEqual(['1509', '2333']);
    expect(facts.find((f) => f.value === '2333')?.about).toBe('extended the mandate for a final period until 30 March 2018');
    expect(facts.find((f) => f.value === '2016-12-23')?.about).toBe('Resolution 2333 (2016) was adopted');
    expect(values(facts, 'date')).toEqual(['2019-03-12', '2003-09-19', '2016-12-23', '2018-03-30', '2018-03', '2018-01']);
    expect(values(facts, 'figure')).toEqual(expect.arrayContaining([15000, 202, 15, 3, 70]));
  });
  it('reads no figure from Chapter VII, the document symbol, phone numbers or the page count', () => {
    for (const trap of [7, 13733, 1, 212, 963, 1234, 5678, 2]) expect(values(facts, 'figure')).not.toContain(trap);
  });
});

describe('MINURSO (encyclopedia article, Markdown)', () => {
  const facts = load('minurso-article.md', 'markdown');
  it('finds the article\'s facts and nothing from its footnote markers or its references', () => {
    expect(values(facts, 'resolution')).toEqual(['690', '2654']);
    expect(values(facts, 'date')).toEqual(['1991-04-29', '1991-09-06', '2020', '2023-10-31']);
    expect(values(facts, 'figure')).toEqual([218, 27]);
  });
  it('keeps footnote markers out of sentences and of what facts are about', () => {
    expect(facts.filter((f) => /\[|^\d/.test(f.sentence))).toEqual([]);
    expect(facts.find((f) => f.value === '1991-04-29')?.about).toBe('The Security Council created MINURSO by resolution 690');
  });
});

describe('UNAMID (web page with a table, HTML)', () => {
  const facts = load('unamid-page.html', 'html');
  it('reads the article and a figure table, and ignores the script, navigation, aside contact and footer', () => {
    expect(values(facts, 'resolution')).toEqual(['1769', '2559']);
    expect(values(facts, 'date')).toEqual(['2007-07-31', '2007-12-31', '2020-12-22', '2020-12-31', '2021-06-30']);
    expect(values(facts, 'figure')).toEqual([19555, 3772, 22000, 289, 35]);
  });
  it('names a table figure after its row', () => {
    expect(facts.find((f) => f.value === 289)?.unit).toBe('fatalities');
    expect(facts.find((f) => f.value === 22000)?.about).toBe('uniformed personnel (2010)');
  });
});

describe('questions over every fixture', () => {
  it('are well-formed', () => {
    const all = [
      load('unmiss.md', 'markdown'),
      load('monusco.html', 'html'),
      load('unifil.txt', 'text'),
      load('minusca.md', 'markdown'),
      load('unmil-press-release.txt', 'text'),
      load('minurso-article.md', 'markdown'),
      load('unamid-page.html', 'html'),
    ].flat();
    for (const seed of [1, 2]) for (const q of generateQuestions(all, { seed })) expect(questionProblems(q, all)).toEqual([]);
  });
});
