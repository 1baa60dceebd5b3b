import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, generateQuestions, questionProblems } from './index';

const seedPath = path.resolve(__dirname, '../../tests/fixtures/seed/minusma-briefing.txt');
const seed = readFileSync(seedPath, 'utf8');
const facts = extractFacts(seed, { docId: 'minusma' });
const values = (kind: string): (string | number)[] => facts.filter((f) => f.kind === kind).map((f) => f.value);

describe('the MINUSMA seed briefing', () => {
  it('finds every required figure', () => {
    for (const v of [118, 4, 16, 395, 2, 5, 11200, 1440]) expect(values('figure')).toContain(v);
  });

  it('finds both resolutions', () => {
    expect(new Set(values('resolution'))).toEqual(new Set(['2100', '2085']));
  });

  it('finds every required date at its precision', () => {
    for (const v of ['2013-04-25', '2012-12-20', '2013-07-01', '2017-05']) expect(values('date')).toContain(v);
    expect(facts.find((f) => f.value === '2017-05')?.precision).toBe('month');
  });

  it('never reads a resolution number as a year or a figure', () => {
    expect(values('figure')).not.toContain(2100);
    expect(values('figure')).not.toContain(2085);
    expect(values('date')).not.toContain('2100');
    expect(values('date')).not.toContain('2085');
  });

  it('never reads the years 2012, 2013 or 2017 as figures', () => {
    for (const v of [2012, 2013, 2017]) expect(values('figure')).not.toContain(v);
  });

  it('ignores the page metadata and the navigation lines', () => {
    expect(facts.some((f) => /last modified|mailing list|Clearance Job/i.test(f.sentence))).toBe(false);
    expect(values('date')).not.toContain('2017-11-22');
  });

  it('keeps "U.N. mission" inside one sentence', () => {
    const f = facts.find((x) => x.value === 118);
    expect(f?.sentence).toMatch(/^In the course of four years, 118 peacekeepers .* deadliest ongoing peace operation\.$/);
  });

  it('says what each fact is about', () => {
    expect(facts.find((f) => f.value === 118)?.about).toMatch(/peacekeepers have been killed/);
    expect(facts.find((f) => f.kind === 'resolution' && f.value === '2100')?.about).toBe('established MINUSMA');
    expect(facts.find((f) => f.value === '2013-04-25')?.about).toMatch(/MINUSMA was established by Security Council resolution 2100/);
    expect(facts.find((f) => f.value === 11200)?.text).toBe('up to 11,200 military personnel');
  });

  it('gives spans that point at the fact text', () => {
    for (const f of facts) expect(seed.slice(f.start, f.end)).toBe(f.text);
  });

  it('gives ids that depend on the document, not on the seed', () => {
    const again = extractFacts(seed, { docId: 'minusma' });
    expect(again.map((f) => f.id)).toEqual(facts.map((f) => f.id));
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    expect(facts.every((f) => f.docId === 'minusma' && f.id.startsWith('minusma:'))).toBe(true);
  });

  it('writes well-formed questions of all five types', () => {
    const qs = generateQuestions(facts, { seed: 7, lessonTitle: () => 'Creating the mission' });
    expect(new Set(qs.map((q) => q.type))).toEqual(new Set(['choice', 'typed', 'truefalse', 'order', 'match']));
    for (const q of qs) expect(questionProblems(q, facts)).toEqual([]);
    const r2100 = qs.find((q) => q.type === 'typed' && q.kind === 'resolution' && q.answer === 'Resolution 2100');
    expect(r2100?.prompt).toBe('According to “Creating the mission”, which Security Council resolution established MINUSMA?');
    expect(r2100?.explanation).toBe(
      'From "Creating the mission": "The United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) was established by Security Council resolution 2100 of 25 April 2013."',
    );
  });

  it('offers 11,200 with distractors formatted alike, in numeric order', () => {
    const qs = generateQuestions(facts, { seed: 3, types: ['choice'], kinds: ['figure'] });
    const q = qs.find((x) => x.answer === '11,200');
    expect(q?.options).toEqual(['1,440', '9,800', '11,200', '12,600']);
  });
});
