import { describe, expect, it } from 'vitest';
import { extractFacts, generateQuestions, questionProblems, QuizOptionsError } from './index';

const lessonA =
  'MINUSMA was established by Security Council resolution 2100 of 25 April 2013. On 1 July 2013, MINUSMA took over from AFISMA. ' +
  'MINUSMA would comprise up to 11,200 military personnel and 1,440 police. UNOM was established by resolution 2085 of 20 December 2012. ' +
  'In the course of four years, 118 peacekeepers have been killed.';
const lessonB =
  'UNMISS was established by resolution 1996 (2011) on 8 July 2011. In December 2013, resolution 2132 raised the ceiling to 12,500 troops. ' +
  'More than 200,000 civilians sought shelter at the sites.';
const facts = [...extractFacts(lessonA, { docId: 'a' }), ...extractFacts(lessonB, { docId: 'b' })];

describe('generateQuestions', () => {
  it('gives the same quiz for the same facts and seed, whatever their order', () => {
    const one = generateQuestions(facts, { seed: 42, count: 12 });
    const two = generateQuestions([...facts].reverse(), { seed: 42, count: 12 });
    expect(two).toEqual(one);
  });

  it('varies the facts asked and the options order with the seed', () => {
    const seeds = [1, 2, 3, 4, 5].map((seed) => JSON.stringify(generateQuestions(facts, { seed, count: 6 })));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('returns everything available when count is larger', () => {
    const all = generateQuestions(facts, { seed: 1 });
    expect(generateQuestions(facts, { seed: 1, count: 10_000 })).toHaveLength(all.length);
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
  });

  it('filters by kind, type and lesson', () => {
    const qs = generateQuestions(facts, { seed: 9, kinds: ['date'], types: ['typed', 'choice'], docIds: ['b'] });
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.every((q) => q.kind === 'date' && (q.type === 'typed' || q.type === 'choice') && q.docId === 'b')).toBe(true);
  });

  it('spreads a short quiz over types', () => {
    const qs = generateQuestions(facts, { seed: 5, count: 6 });
    expect(new Set(qs.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
  });

  it('writes only well-formed questions that never contain their answer', () => {
    for (const seed of [1, 2, 3]) {
      for (const q of generateQuestions(facts, { seed })) expect(questionProblems(q, facts)).toEqual([]);
    }
  });

  it('names the lesson in explanations, or the briefing when it has no title', () => {
    const qs = generateQuestions(facts, { seed: 1, lessonTitle: (d) => (d === 'a' ? 'Creating the mission' : undefined) });
    expect(qs.filter((q) => q.docId === 'a').every((q) => q.explanation.startsWith('From "Creating the mission": "'))).toBe(true);
    expect(qs.filter((q) => q.docId === 'b').every((q) => q.explanation.startsWith('From the briefing: "'))).toBe(true);
  });

  it('puts choice options in order', () => {
    for (const q of generateQuestions(facts, { seed: 4, types: ['choice'], kinds: ['figure'] })) {
      const nums = (q.options ?? []).map((o) => Number(o.replace(/,/g, '')));
      expect([...nums].sort((x, y) => x - y)).toEqual(nums);
    }
  });

  it('gives the same quiz whatever the order, with repeated facts and lesson ids that hold a bar', () => {
    const odd = [...extractFacts(lessonA, { docId: 'a|b' }), ...extractFacts(lessonB, { docId: 'b' })];
    const repeated = [...odd, ...odd.slice(0, 4)];
    for (const seed of [3, 8]) {
      const one = generateQuestions(repeated, { seed, count: 15 });
      expect(generateQuestions([...repeated].reverse(), { seed, count: 15 })).toEqual(one);
      expect(one.length).toBeGreaterThan(5);
    }
  });

  it('asks the same questions of a long briefing whether or not the quiz is short', () => {
    const long = Array.from({ length: 40 }, (_, i) => lessonA.replace(/2100/g, String(2100 + i)).replace(/118/g, String(118 + i))).join('\n\n');
    const facts = extractFacts(long, { docId: 'long' });
    const all = generateQuestions(facts, { seed: 2 });
    expect(generateQuestions(facts, { seed: 2, count: 12 })).toEqual(all.slice(0, 12));
  });

  it('rejects a negative count', () => {
    expect(() => generateQuestions(facts, { seed: 1, count: -1 })).toThrow(QuizOptionsError);
  });
});
