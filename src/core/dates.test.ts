import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, parseSnippet, plainDate } from './dates';
import { extractFacts } from './facts';

// plainDate reads plain date phrases without chrono; wherever it answers, it must answer as chrono does.
const agrees = (window: string): boolean => {
  const plain = plainDate(window);
  if (plain === null) return true;
  expect({ window, dates: plain }).toEqual({ window, dates: parseSnippet(window) });
  return true;
};

describe('plain date windows', () => {
  it('reads every day, month and sample year as chrono does, impossible days included', () => {
    const years = [1000, 1600, 1899, 1900, 2000, 2001, 2004, 2013, 2023, 2024, 2100, 2999, 3000, 9999];
    let answered = 0;
    // Every day of every month, each with a quarter of the sample years in turn (every year still meets every
    // month): the full product took over 20 s on a loaded two-core machine.
    for (const [m, month] of MONTH_NAMES.entries()) {
      for (let d = 0; d < 100; d++) {
        for (const year of years.filter((_, i) => (i + d + m) % 4 === 0)) {
          for (const window of [`${d} ${month} ${year}`, `on 0${d % 10} ${month} ${year},`, `after ${d} ${month} ${year}; then`]) {
            agrees(window);
            if (plainDate(window)) answered++;
          }
        }
      }
    }
    expect(answered).toBeGreaterThan(10_000);
  });

  it('reads month and year, and the end of a month, as chrono does for every year', () => {
    for (const month of MONTH_NAMES) {
      for (let year = 1000; year <= 3100; year += 7) {
        for (const window of [`${month} ${year}`, `before the end of ${month} ${year}. The`, `in ${month} ${year} the`]) {
          expect(plainDate(window)).not.toBeNull();
          agrees(window);
        }
      }
    }
  });

  it('agrees with chrono on dates in random surroundings, and leaves the unusual ones to it', () => {
    const word = fc.constantFrom(
      'the', 'troops', 'in', 'Gao', 'on', 'of', 'end', 'to', 'until', 'from', 'since', 'and', 'UN', 'In', ',', ';', '(', ')',
      '(2003)', '1,007', '5th', 'fifth', 'first', '2013', '12', 'BC', 'AD', 'GMT', 'EST', '+3', '-04', 'this year', 'next',
      'summary', 'May', 'Sept.', '10:30', '3.5', '5/6', 'last day', 'o\'clock', 'x5',
    );
    const context = fc.array(word, { maxLength: 6 }).map((ws) => ws.join(' '));
    const phrase = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom(...MONTH_NAMES), fc.integer({ min: 1000, max: 3100 }), fc.nat(5))
      .map(([d, m, y, shape]) => [`${d} ${m} ${y}`, `${m} ${y}`, `end of ${m} ${y}`, `${m} ${d}, ${y}`, `${d}  ${m} ${y}`, `on ${d} ${m} ${y}`][shape] as string);
    const join = fc.constantFrom(' ', '', ', ', '. ', '\n');
    fc.assert(
      fc.property(context, join, phrase, join, context, (before, a, date, b, after) => agrees(before + a + date + b + after)),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('leaves windows with a second month, a range or joined digits to chrono', () => {
    expect(plainDate('from 5 March 2013 to 7 May 2013')).toBeNull();
    expect(plainDate('1 to 5 March 2013')).toBeNull();
    expect(plainDate('on 5 March 2013-04')).toBeNull();
    expect(plainDate('the fifth of March 2013')).toBeNull();
    expect(plainDate('2012, March 2013')).toBeNull();
    expect(plainDate('5 March 2013 EST')).toBeNull();
  });
});

describe('lists of dates in one sentence', () => {
  it.each([
    'Elections were held on 5 January 2013, 6 March 2014 and April 2015 across the country.',
    'The dates were January 2013, March 2013, May 2014; and 1 June 2015.',
    'From January 2013 to March 2014 and then May 2015 - June 2016.',
    'Visits: 3 May 2013, 31 April 2013, 4 May 2013, end of May 2017, 12 June 2019.',
    'January 2013, '.repeat(50),
  ])('finds what chrono finds in the whole sentence: %s', (sentence) => {
    const found = extractFacts(sentence).filter((f) => f.kind === 'date').map((f) => `${f.value}@${f.start}`);
    expect(found).toEqual(parseSnippet(sentence).map((p) => `${p.value}@${p.index}`));
  });
});
