import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts, generateQuestions, gradeResponse, htmlToText, markdownToText, questionProblems } from './index';
import { pathologicalShapes } from './shapes';

// Fragments that look like briefings, so that random texts reach the interesting code paths.
const fragment = fc.constantFrom(
  'resolution 2100', 'Resolution 2085 (2012)', 'S/RES/2690(2023)', 'resolutions 425 and 426', ' of 25 April 2013',
  'on April 10, 2014', '9/15/2014', '2013-04-25', 'end of May 2017', 'in 2014,', '24 December', 'Dec. 14, 2017',
  'up to 11,200 military personnel', '1,440 police', 'a 395-strong force', 'the fifth force', 'four years',
  '118 peacekeepers have been killed', 'U.N.', '. ', '.\n\n', ', ', ' ', 'The Council ', 'was established by ',
  'Page last modified: 22-11-2017 14:03:21 ZULU', '<p>', '</p>', '**', '# ', '- ', '(', ')', '&amp;', 'Chapter 7',
);
const briefing = fc.oneof(fc.array(fragment, { maxLength: 40 }).map((xs) => xs.join('')), fc.string({ maxLength: 300 }));

describe('properties', () => {
  it('extracting facts never throws and spans point at the text', () => {
    fc.assert(
      fc.property(briefing, fc.constantFrom('text', 'markdown', 'html') as fc.Arbitrary<'text' | 'markdown' | 'html'>, (text, format) => {
        const facts = extractFacts(text, { format });
        const base = format === 'html' ? htmlToText(text) : text;
        for (const f of facts) expect(base.slice(f.start, f.end)).toBe(f.text);
        markdownToText(text);
      }),
      { numRuns: 300 },
    );
  });

  it('every question is well-formed and never contains its answer', () => {
    fc.assert(
      fc.property(briefing, fc.integer(), (text, seed) => {
        const facts = extractFacts(text);
        const qs = generateQuestions(facts, { seed });
        for (const q of qs) {
          expect(questionProblems(q, facts)).toEqual([]);
          // The right answer always grades as right.
          expect(gradeResponse(q, q.answer).correct).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('grading never throws, whatever the response', () => {
    const facts = extractFacts('MINUSMA was established by resolution 2100 of 25 April 2013 with up to 11,200 military personnel.');
    const qs = generateQuestions(facts, { seed: 1 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.boolean(), fc.array(fc.string())), (response) => {
        for (const q of qs) gradeResponse(q, response);
      }),
    );
  });
});

describe('degenerate inputs', () => {
  // The benchmark holds each shape to 200 ms; here the bound only catches a quadratic regression
  // (which took a minute), with room for a loaded test machine.
  it.each(pathologicalShapes().map((s) => [s.name, s.text] as const))('%s (100 KB) are read in linear time', (_name, text) => {
    for (const format of ['text', 'markdown', 'html'] as const) {
      const t = process.cpuUsage();
      const facts = extractFacts(text, { format });
      generateQuestions(facts, { seed: 1, count: 20 });
      markdownToText(text);
      const used = process.cpuUsage(t);
      expect((used.user + used.system) / 1000).toBeLessThan(3000);
    }
  });
});
