// One date as a learner types it into an answer box: `25 April 2013`, `April 25th, 2013`, `the 25th
// of April`, `Apr. 2013`, `25/4/2013`, `2013-04-25`, `2013`. Answers are graded in the page, so this
// reader is small and exact: chrono-node, which finds dates in running prose (dates.ts), would bring
// its parsers and about a megabyte of compiled regular expressions into the page for a single field.
// dates.test.ts checks that both read every such form the same way.
import { isoOf, isValidDay, MONTH_NAMES, pad2 } from './calendar';
import type { DatePrecision } from './types';

export interface DateInput {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD`, as facts store them. */
  value: string;
  precision: DatePrecision;
}

const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
  const m = name.toLowerCase();
  MONTHS.set(m, i + 1);
  MONTHS.set(m.slice(0, 3), i + 1);
});
MONTHS.set('sept', 9);

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_WORDS = new Map<string, number>();
UNITS.forEach((w, i) => ORDINAL_WORDS.set(w, i + 1));
['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'].forEach((w, i) =>
  ORDINAL_WORDS.set(w, i + 10),
);
ORDINAL_WORDS.set('twentieth', 20);
ORDINAL_WORDS.set('thirtieth', 30);
for (const [tens, base] of [['twenty', 20], ['thirty', 30]] as const) {
  UNITS.forEach((w, i) => {
    if (base + i + 1 > 31) return;
    ORDINAL_WORDS.set(`${tens}-${w}`, base + i + 1);
  });
}

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?$/;
const YEAR = /^[1-2]\d{3}$/;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dayOf(token: string | undefined): number | null {
  if (token === undefined) return null;
  const m = DAY_NUMBER.exec(token);
  const n = m ? Number(m[1]) : (ORDINAL_WORDS.get(token) ?? null);
  return n !== null && n >= 1 && n <= 31 ? n : null;
}

const monthOf = (token: string | undefined): number | null => (token === undefined ? null : (MONTHS.get(token.replace(/\.$/, '')) ?? null));
const yearOf = (token: string | undefined): number | null => (token !== undefined && YEAR.test(token) ? Number(token) : null);

function dated(year: number | null, month: number, day: number | null): DateInput | null {
  if (day === null) return year === null ? null : { value: isoOf(year, month, null, 'month'), precision: 'month' };
  if (year === null) return day <= (DAYS_IN_MONTH[month - 1] ?? 0) ? { value: `--${pad2(month)}-${pad2(day)}`, precision: 'monthday' } : null;
  const value = isoOf(year, month, day, 'day');
  return isValidDay(value) ? { value, precision: 'day' } : null;
}

/** The words of an answer: lower case, commas and a closing full stop dropped, ordinal words joined by a hyphen. */
function wordsOf(input: string): string[] {
  const s = input
    .toLowerCase()
    .replace(/,/g, ' ')
    .replace(/\b(twenty|thirty)\s+(?=first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)/g, '$1-')
    .trim()
    .replace(/\.$/, '');
  const words = s.split(/\s+/).filter(Boolean);
  // What a learner may write around the date itself: `on`, `in`, `the`, a weekday.
  while (words.length && (['on', 'in', 'the'].includes(words[0] as string) || WEEKDAY.test(words[0] as string))) words.shift();
  return words;
}

function fromWords(words: readonly string[]): DateInput | null {
  const [a, b, c, d, e] = words;
  // Month YYYY, Month of YYYY
  let month = monthOf(a);
  if (month !== null) {
    if (words.length === 2 && yearOf(b) !== null) return dated(yearOf(b), month, null);
    if (words.length === 3 && b === 'of' && yearOf(c) !== null) return dated(yearOf(c), month, null);
    // Month D, Month D YYYY, Month the Dth YYYY
    const rest = b === 'the' ? words.slice(2) : words.slice(1);
    const day = dayOf(rest[0]);
    if (day === null) return null;
    if (rest.length === 1) return dated(null, month, day);
    if (rest.length === 2 && yearOf(rest[1]) !== null) return dated(yearOf(rest[1]), month, day);
    return null;
  }
  // D Month, D of Month, D Month YYYY, D of Month YYYY
  const day = dayOf(a);
  if (day === null) return null;
  const ofShift = b === 'of' ? 1 : 0;
  month = monthOf(ofShift ? c : b);
  if (month === null) return null;
  const after = ofShift ? [d, e] : [c, d];
  const count = words.length - 2 - ofShift;
  if (count === 0) return dated(null, month, day);
  if (count === 1 && yearOf(after[0]) !== null) return dated(yearOf(after[0]), month, day);
  return null;
}

/**
 * Reads one date typed as an answer, or null when the input is not one date. All-numeric dates are
 * read as the learner's habit suggests where only one reading is possible: `25/4/2013` day first,
 * `4/25/2013` month first, and `4/5/2013` month first (grade.ts refuses such a date before asking).
 */
export function readDateInput(input: string): DateInput | null {
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s || s.length > 80) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const iso = `${m[1]}-${pad2(Number(m[2]))}-${pad2(Number(m[3]))}`;
    return isValidDay(iso) ? { value: iso, precision: 'day' } : null;
  }
  m = /^(\d{4})[-/](\d{1,2})$/.exec(s);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { value: `${m[1]}-${pad2(Number(m[2]))}`, precision: 'month' } : null;
  m = /^(\d{1,2})[-/](\d{4})$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { value: `${m[2]}-${pad2(Number(m[1]))}`, precision: 'month' } : null;
  if (/^\d{4}$/.test(s)) return { value: s, precision: 'year' };
  m = /^--(\d{2})-(\d{2})$/.exec(s);
  if (m) return dated(null, Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [first, second, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [month, day] = first > 12 ? [second, first] : [first, second];
    return month >= 1 && month <= 12 && day >= 1 ? dated(year, month, day) : null;
  }
  return fromWords(wordsOf(s));
}
