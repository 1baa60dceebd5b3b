// Dates at their precision, found with chrono-node inside small windows around likely dates.
import * as chrono from 'chrono-node';
import type { DatePrecision } from './types';
import type { SentenceSpan } from './sentences';
import { isValidDay, isoOf, MONTH_NAMES } from './calendar';
import { readDateInput } from './date-input';

export { formatDate, MONTH_NAMES, precisionOf, shiftDate } from './calendar';

/** A date found in text, before it becomes a Fact. */
export interface DateMatch {
  start: number;
  end: number;
  value: string;
  precision: DatePrecision;
  sentence: number;
}

// Chrono needs a reference instant; a constant keeps results independent of the clock. Only
// components chrono reports as certain are used, so the reference never leaks into a value.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
const CHRONO_OPTIONS = { forwardDate: false };

// Only the parsers that read calendar dates: times, weekdays and relative phrases (`today`, `in two
// weeks`) are never facts, and skipping them makes chrono several times faster on long briefings.
// Chrono does not export its parser classes, and their names do not survive minification, so each
// parser is judged by what it does: it is kept when, alone, it reads none of these phrases.
const NOT_CALENDAR = [
  'today', 'tomorrow', 'tonight', 'this morning', 'at noon', 'at 10:30', '5pm', 'Monday', 'next week', 'last year',
  'in 2 weeks', 'within 3 days', '2 days ago', '3 days later', '+2 weeks', 'end of the month',
];
// Chosen on first use, not when the module loads: screens that import the engine but never read a
// date (the library at start-up) do not pay for trying every parser on every phrase.
let chosen: { kept: chrono.Parser[]; calendar: chrono.Chrono } | undefined;
function calendarParsers(): { kept: chrono.Parser[]; calendar: chrono.Chrono } {
  if (chosen) return chosen;
  const casual = chrono.en.casual as unknown as chrono.Chrono & { parsers: chrono.Parser[]; refiners: chrono.Refiner[] };
  const kept = casual.parsers.filter((parser) => {
    const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
    return NOT_CALENDAR.every((phrase) => alone.parse(phrase, REFERENCE, CHRONO_OPTIONS).length === 0);
  });
  const calendar = kept.length >= 4 ? new chrono.Chrono({ parsers: kept, refiners: casual.refiners }) : chrono.en.casual;
  chosen = { kept, calendar };
  return chosen;
}

// Capitalised month names only: `may` and `march` are also verbs.
const MONTH_SRC =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)';
const CANDIDATE = new RegExp(`\\b${MONTH_SRC}\\b|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b`, 'g');
const CANDIDATE_ONE = new RegExp(`\\b${MONTH_SRC}\\b|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b`);
const LEAD = /^(?:(?:on|in|of|at|by|from|since|the|until|till|before|after|during|as of)\s+)+/i;
const MONTH_ONLY_LEAD = /^(?:the\s+)?(?:end|beginning|start|middle|mid|early|late)\b/i;
const WINDOW = 32;
const NUMERAL = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;

export interface ParsedDate {
  index: number;
  text: string;
  value: string;
  precision: DatePrecision;
}

/** The chrono parsers kept for calendar dates (exported for the test that checks the choice). */
export function calendarParserChoice(): readonly chrono.Parser[] {
  return calendarParsers().kept;
}

/** Chrono over one snippet; keeps only results that name a month with a day or a year. */
export function parseSnippet(snippet: string): ParsedDate[] {
  const out: ParsedDate[] = [];
  let results: chrono.ParsedResult[];
  try {
    results = calendarParsers().calendar.parse(snippet, REFERENCE, CHRONO_OPTIONS);
  } catch {
    return out;
  }
  for (const r of results) {
    const lead = LEAD.exec(r.text);
    const skip = lead ? lead[0].length : 0;
    const text = r.text.slice(skip).replace(/[\s,]+$/, '');
    if (!CANDIDATE_ONE.test(text)) continue;
    const s = r.start;
    if (!s.isCertain('month')) continue;
    const hasDay = s.isCertain('day');
    const hasYear = s.isCertain('year');
    const month = s.get('month');
    const year = s.get('year');
    const day = s.get('day');
    if (month === null || month < 1 || month > 12) continue;
    let precision: DatePrecision;
    if (hasYear && hasDay) precision = MONTH_ONLY_LEAD.test(text) ? 'month' : 'day';
    else if (hasYear) precision = 'month';
    else if (hasDay) precision = 'monthday';
    else continue;
    if (hasYear && (year === null || year < 1000 || year > 2999)) continue;
    out.push({ index: r.index + skip, text, value: isoOf(year, month, day, precision), precision });
  }
  return out;
}

// A window holding one plain date phrase, `25 April 2013`, `April 2013` or `end of May 2017`, and
// nothing else chrono could read, is read here directly: chrono gives the same on every such window
// (why, step by step, below; tests compare the two on every day, month and year), several times
// faster. Any other window goes to chrono.
const FULL_MONTHS = new Map<string, number>(MONTH_NAMES.map((m, i) => [m, i + 1]));
const MONTH_LIKE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/gi;
const FULL_MONTH_AT = /(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z0-9_])/y;
const YEAR_AT = / [1-9]\d{3}/y;
// What chrono's digit parsers (ISO, slashes, year-month-day) need: digits joined by - . / or a space.
const JOINED_DIGITS = /\d[-./\s]\d/;
// After the year: what lets chrono's month-name parser end there, and what its refiners would read on.
const ENDS_THERE = /^(?:[^\s\w]|\s+[^0-9]|\s+$|$)/;
const READ_ON = /^\s{0,2}(?:BE|AD|BC|CE)|^\s*(?:\(?(?:GMT|UTC)\s?)?[+-]\d|^\s+(?:this|last|past|next)\b/i;
const ZONE_AFTER = /^\s*,?\s*\(?[A-Z]{2,4}/;
// Before the month: a day chrono would join to it, or a range, or a year (`2013, May`).
const DAY_BEFORE = /(?:^|[^A-Za-z0-9_])(\d{1,2}) $/;
const RANGE_BEFORE = /(?:to|-|–|until|through|till)\s*$/i;
const NUMBER_BEFORE =
  /(?:\d(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?:\s*(?:of)?\s*|-|\/)$/i;
const YEAR_BEFORE = /(?:\d|BE|AD|BC|CE)(?:\s*[-./,]?\s*|\s+of\s+)$/i;
const END_OF_BEFORE = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;

const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * The dates in a window, as `parseSnippet(window)` gives them.
 *
 * The plain case: exactly one month-like word in the window (no other month for chrono to find),
 * no digits joined by `-./` or a space (nothing for its numeric parsers), and around the month:
 * - `D Month YYYY`, with D one or two digits after a non-word character and no range before it:
 *   chrono's day-month-year parser reads the phrase (or, for a day over 31, its month-name parser
 *   reads `Month YYYY`); an `on` before it is dropped again by LEAD.
 * - `Month YYYY`, with no day, ordinal or year before it: chrono's month-name parser reads it, and
 *   an `end of` before it makes the end-of-period refiner add it and make the day the month's last.
 * After the year, nothing that its refiners would read on (an era, a time zone, `this year`).
 * Chrono looks no further than these, so the phrase alone gives the same result.
 */

/** The dates of a window holding one plain date phrase, as `parseSnippet` gives them; null for any other window. */
export function plainDate(w: string): ParsedDate[] | null {
  MONTH_LIKE.lastIndex = 0;
  const first = MONTH_LIKE.exec(w);
  if (!first) return null;
  const mp = first.index;
  // Any other month-like word, overlapping or not.
  MONTH_LIKE.lastIndex = mp + 1;
  if (MONTH_LIKE.exec(w)) return null;
  FULL_MONTH_AT.lastIndex = mp;
  const name = FULL_MONTH_AT.exec(w);
  if (!name || (mp > 0 && isWordCode(w.charCodeAt(mp - 1)))) return null;
  const me = mp + name[0].length;
  YEAR_AT.lastIndex = me;
  if (!YEAR_AT.test(w)) return null;
  const ye = me + 5;
  const after = w.slice(ye);
  if (!ENDS_THERE.test(after) || READ_ON.test(after) || ZONE_AFTER.test(after) || JOINED_DIGITS.test(w)) return null;
  const month = FULL_MONTHS.get(name[0]) as number;
  const year = Number(w.slice(me + 1, ye));
  const left = w.slice(0, mp);
  let from: number;
  let precision: DatePrecision = 'month';
  let d = 1;
  const day = DAY_BEFORE.exec(left);
  if (day) {
    const dayStart = mp - 1 - (day[1] as string).length;
    if (RANGE_BEFORE.test(w.slice(0, dayStart))) return null;
    d = Number(day[1]);
    if (d > 31) {
      // Not a day: the month and year are read alone.
      from = mp;
      d = 1;
    } else {
      // An impossible day (0, 31 April) makes the whole phrase invalid.
      if (d < 1 || d > daysIn(year, month)) return [];
      from = dayStart;
      precision = 'day';
    }
  } else {
    if (NUMBER_BEFORE.test(left) || YEAR_BEFORE.test(left)) return null;
    const end = END_OF_BEFORE.exec(left);
    // `end of the May 2017` and `last day of May 2017` are rare: chrono reads them.
    if (end && end[0] !== 'end of ') return null;
    from = end ? end.index : mp;
  }
  if (year > 2999) return [];
  return [{ index: from, text: w.slice(from, ye), value: isoOf(year, month, d, precision), precision }];
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const YEAR_ALONE =
  /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Tt]ill|[Tt]hrough(?:out)?|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]o|[Bb]etween|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all)\s+(?:(?:the\s+)?(?:end|beginning|start|middle|course)\s+of\s+)?(?:(?:early|late|mid)[\s-]?)?((?:19|20)\d{2})\b(?![-–/.]\d|,\d{3}|\s*\))/g;
const YEAR_PREFIXED = /\b(?:[Ee]arly|[Ll]ate|[Mm]id)-((?:19|20)\d{2})\b(?![-–/.]\d)/g;

const YEAR_PATTERNS = [YEAR_ALONE, YEAR_PREFIXED];

type Span = { start: number; end: number };
const NONE: readonly Span[] = [];

const MAX_WINDOW = 400;
const MAX_CHRONO_WINDOWS = 48;
const LIST_GAP = /^\s*(?:[,;]\s*|(?:,\s*)?and\s+)?$/;

/**
 * The dates of a window holding several month words (`marks`: start, end of each) when each is a
 * plain date phrase and they are only listed (`January 2013, March 2013 and May 2014`): each read
 * as `plainDate` reads it alone, as chrono reads such a list. Null when any is not, or when
 * anything but a comma or `and` stands between two (a range, `to`, a dash): chrono reads those.
 */
function plainList(body: string, winStart: number, winEnd: number, marks: readonly number[]): ParsedDate[] | null {
  const out: ParsedDate[] = [];
  let from = winStart;
  let prevEnd = -1;
  for (let j = 0; j < marks.length; j += 2) {
    const next = j + 2 < marks.length ? (marks[j + 2] as number) : winEnd;
    const to = Math.min(next, (marks[j + 1] as number) + WINDOW);
    const w = body.slice(from, to);
    if (!NUMERAL.test(w)) return null;
    const p = plainDate(w);
    if (!p || p.length !== 1) return null;
    const d = p[0] as ParsedDate;
    const start = from + d.index;
    if (prevEnd >= 0 && !LIST_GAP.test(body.slice(prevEnd, start))) return null;
    out.push({ ...d, index: start - winStart });
    prevEnd = start + d.text.length;
    from = prevEnd;
  }
  return out;
}

/**
 * Whether `spans[from..to)` (in document order, each shorter than a window) overlaps `[start, end)`.
 * The scan runs back from the last span and stops at one far before `start`: a sentence may hold
 * thousands of dates.
 */
function overlaps(spans: readonly Span[], start: number, end: number, from = 0, to = spans.length): boolean {
  for (let i = to - 1; i >= from; i--) {
    const s = spans[i] as Span;
    if (s.start < end && start < s.end) return true;
    if (s.end + 2 * MAX_WINDOW < start) break;
  }
  return false;
}

/**
 * Finds dates in the given sentences. `blocked` spans (resolutions, sorted) are never dates.
 * A day without a year takes the year when the same or the previous sentence names exactly one.
 */
export function findDates(
  text: string,
  sentences: readonly SentenceSpan[],
  usable: readonly boolean[],
  blockedBySentence: readonly (readonly Span[] | undefined)[],
): DateMatch[] {
  const out: DateMatch[] = [];
  for (let si = 0; si < sentences.length; si++) {
    if (!usable[si]) continue;
    const sent = sentences[si] as SentenceSpan;
    const body = text.slice(sent.start, sent.end);
    const blocked = blockedBySentence[si] ?? NONE;
    const found: DateMatch[] = [];
    CANDIDATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let winStart = -1;
    let winEnd = -1;
    // Where the month words of the current window stand: a list of plain dates is read one by one.
    const inWindow: number[] = [];
    let chronoWindows = 0;
    const flush = (): void => {
      if (winStart < 0) return;
      const listed = inWindow.length >= 2 ? plainList(body, winStart, winEnd, inWindow) : null;
      let parsed = listed;
      if (!parsed) {
        const w = body.slice(winStart, winEnd);
        const plain = NUMERAL.test(w) ? plainDate(w) : [];
        // A sentence that is a list of thousands of dates gets chrono for its first windows only:
        // beyond that, what chrono alone can read is given up rather than read in quadratic time.
        if (plain === null && chronoWindows >= MAX_CHRONO_WINDOWS) parsed = [];
        else if (plain === null) {
          chronoWindows++;
          parsed = parseSnippet(w);
        } else parsed = plain;
      }
      for (const p of parsed) {
        const start = sent.start + winStart + p.index;
        const end = start + p.text.length;
        if (overlaps(blocked, start, end) || overlaps(found, start, end)) continue;
        found.push({ start, end, value: p.value, precision: p.precision, sentence: si });
      }
    };
    while ((m = CANDIDATE.exec(body)) !== null) {
      const ws = Math.max(0, m.index - WINDOW);
      const we = Math.min(body.length, m.index + m[0].length + WINDOW);
      // Windows merge while they overlap, up to a bound: `May May May …` must not become one
      // window of the whole sentence for chrono to read (quadratic in its length).
      if (winStart >= 0 && ws <= winEnd && we - winStart <= MAX_WINDOW) {
        winEnd = we;
      } else {
        flush();
        winStart = ws;
        winEnd = we;
        inWindow.length = 0;
      }
      inWindow.push(m.index, m.index + m[0].length);
    }
    flush();
    // `found` is in document order within each run: the windows' dates, then each pattern's years.
    const runs: number[] = [0, found.length];
    for (const re of YEAR_PATTERNS) {
      // YEAR_PREFIXED needs a hyphen.
      if (re === YEAR_PREFIXED && !body.includes('-')) continue;
      re.lastIndex = 0;
      runs.push(found.length);
      while ((m = re.exec(body)) !== null) {
        const yearText = m[1] as string;
        const start = sent.start + m.index + m[0].length - yearText.length;
        const end = start + yearText.length;
        let clash = overlaps(blocked, start, end);
        for (let r = 0; !clash && r < runs.length; r++) {
          clash = overlaps(found, start, end, runs[r] as number, r + 1 < runs.length ? (runs[r + 1] as number) : found.length);
        }
        if (clash) continue;
        found.push({ start, end, value: yearText, precision: 'year', sentence: si });
      }
    }
    // By start, stably (insertion sort: a sentence usually holds few dates).
    if (found.length > 32) found.sort((x, y) => x.start - y.start);
    else for (let i = 1; i < found.length; i++) {
      const d = found[i] as DateMatch;
      let j = i - 1;
      while (j >= 0 && (found[j] as DateMatch).start > d.start) {
        found[j + 1] = found[j] as DateMatch;
        j--;
      }
      found[j + 1] = d;
    }
    for (const d of found) out.push(d);
  }
  inferYears(out);
  return out;
}

function inferYears(dates: DateMatch[]): void {
  if (!dates.some((d) => d.precision === 'monthday')) return;
  const yearsBySentence = new Map<number, Set<string>>();
  for (const d of dates) {
    if (d.precision === 'monthday') continue;
    const y = d.value.slice(0, 4);
    let set = yearsBySentence.get(d.sentence);
    if (!set) yearsBySentence.set(d.sentence, (set = new Set()));
    set.add(y);
  }
  for (const d of dates) {
    if (d.precision !== 'monthday') continue;
    const years = new Set([...(yearsBySentence.get(d.sentence) ?? []), ...(yearsBySentence.get(d.sentence - 1) ?? [])]);
    if (years.size !== 1) continue;
    const [year] = [...years];
    const candidate = `${year}${d.value.slice(1)}`;
    if (isValidDay(candidate)) {
      d.value = candidate;
      d.precision = 'day';
    }
  }
}

/**
 * Reads a date written in a field (an answer, a date in an imported file), at whatever precision it
 * has: `25 April 2013`, `April 25, 2013`, `2013-04-25`, `25/04/2013`, `May 2017`, `2017-05`, `2013`,
 * `24 December`, and what else chrono reads (`end of May 2017`). Answers are graded with
 * `readDateInput` alone (date-input.ts), which reads the common forms without chrono.
 */
export function parseDateInput(input: string): { value: string; precision: DatePrecision } | null {
  return readDateInput(input) ?? chronoDateInput(input);
}

/**
 * What chrono reads in a field, for what `readDateInput` does not read (all-numeric forms are read
 * there, day first where the first number cannot be a month); exported for the test that compares the two.
 */
export function chronoDateInput(input: string): { value: string; precision: DatePrecision } | null {
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s || s.length > 80) return null;
  const parsed = parseSnippet(s.replace(/\b[a-z]/g, (c) => c.toUpperCase()));
  const first = parsed[0];
  if (!first) return null;
  return { value: first.value, precision: first.precision };
}

/** The ISO values of every date written in `text` (used to keep answers out of prompts). */
export function datesIn(text: string): string[] {
  const out: string[] = [];
  CANDIDATE.lastIndex = 0;
  if (!CANDIDATE_ONE.test(text)) return out;
  for (const p of parseSnippet(text)) out.push(p.value);
  return out;
}

