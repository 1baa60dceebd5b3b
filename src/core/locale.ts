// Dates and times of the learner's own activity (quizzes, backups, reviews) in one format that follows
// the operating system's locale. The course itself is written in British English ("1 July 2013"),
// so that is what a locale we cannot use falls back to.

/** The locale used when none of the candidates can be used. */
export const FALLBACK_LOCALE = 'en-GB';

// What POSIX systems report when no language is configured: not a language, so not a reason to pick US English.
const NO_LOCALE = /^(?:c|posix|und)$/i;

// English as the course is written in, and as most machines report it, which every build of ICU holds:
// named without asking Intl, whose first use loads its locale data (tens of milliseconds of start-up).
const ENGLISH: Record<string, string> = { 'en-gb': 'en-GB', 'en-us': 'en-US' };

/**
 * The first usable locale among the candidates, in order (e.g. `navigator.languages`, then an environment's
 * `LANG`); POSIX spellings are accepted (`de_DE.UTF-8` → `de-DE`), `C` and `POSIX` are skipped, and
 * `en-GB` is the answer when nothing else fits.
 */
export function resolveLocale(candidates: readonly (string | null | undefined)[]): string {
  for (const raw of candidates) {
    if (!raw) continue;
    // `de_DE.UTF-8@euro`: the part before the encoding and modifier, with BCP 47's hyphen.
    const tag = raw.trim().split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
    if (!tag || NO_LOCALE.test(tag)) continue;
    const english = ENGLISH[tag.toLowerCase()];
    if (english) return english;
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf([tag]);
      if (supported) return supported;
    } catch {
      // A malformed tag (RangeError): try the next candidate.
    }
  }
  return FALLBACK_LOCALE;
}

/** Where a formatter should put the clock: the machine's own zone unless a test fixes one. */
export interface FormatZone {
  timeZone?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Built once per locale and shape: a formatter costs far more to create than to use, and the
// dashboard formats hundreds of days.
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const LONG_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const SHORT_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'short' };

/** An instant with its time: `1 December 2026 at 20:41` (en-GB), `December 1, 2026 at 8:41 PM` (en-US). */
export function formatDateTime(ms: number, locale: string, zone: FormatZone = {}): string {
  return formatter(locale, { ...DATE_TIME, ...zone }).format(ms);
}

/** An instant's calendar date: `1 July 2013` (en-GB), `July 1, 2013` (en-US), `1. Juli 2013` (de-DE). */
export function formatDateOnly(ms: number, locale: string, zone: FormatZone = {}): string {
  return formatter(locale, { ...DATE, ...zone }).format(ms);
}

// A calendar day (`2026-03-02`, no zone) is formatted as that day in UTC, so no zone can move it.
function utcOfDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar day, `2013-07-01`: `1 July 2013` (en-GB), `July 1, 2013` (en-US). */
export function formatDay(day: string, locale: string): string {
  const ms = utcOfDay(day);
  // The library's first frame shows a day: in British or US English it is written here, as ICU writes
  // it (the tests compare the two), so that frame does not wait for ICU's locale data to load.
  const at = new Date(ms);
  const year = at.getUTCFullYear();
  if ((locale === 'en-GB' || locale === 'en-US') && year >= 1000 && year <= 9999) {
    const month = MONTHS[at.getUTCMonth()] as string;
    return locale === 'en-GB' ? `${at.getUTCDate()} ${month} ${year}` : `${month} ${at.getUTCDate()}, ${year}`;
  }
  return formatter(locale, { ...DATE, timeZone: 'UTC' }).format(ms);
}

/** A calendar day, `2026-03-02`, in full: `Monday 2 March 2026` (en-GB; ICU may add a comma after the weekday). */
export function formatLongDay(day: string, locale: string): string {
  return formatter(locale, { ...LONG_DAY, timeZone: 'UTC' }).format(utcOfDay(day));
}

/** A calendar day, `2026-03-02`, for a chart label: `2 Mar` (en-GB), `Mar 2` (en-US). */
export function formatShortDay(day: string, locale: string): string {
  return formatter(locale, { ...SHORT_DAY, timeZone: 'UTC' }).format(utcOfDay(day));
}

/** The short name of a calendar month (1–12): `Mar`, `März`. */
export function formatMonthShort(year: number, month: number, locale: string): string {
  return formatter(locale, { ...MONTH, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}
