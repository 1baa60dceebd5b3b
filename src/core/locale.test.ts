import { describe, expect, it } from 'vitest';
import {
  FALLBACK_LOCALE,
  formatDateOnly,
  formatDateTime,
  formatDay,
  formatLongDay,
  formatMonthShort,
  formatShortDay,
  resolveLocale,
} from './locale';

// 1 December 2026, 20:41 UTC: the instant of the issue's `Dec 1, 2026, 8:41 PM`.
const EVENING = Date.UTC(2026, 11, 1, 20, 41);
const UTC = { timeZone: 'UTC' };
// ICU versions differ in the joiner between date and time (`at`, `,`) and after a weekday; the
// parts a learner reads are what must hold.
const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('resolveLocale', () => {
  it('takes the first usable locale in order', () => {
    expect(resolveLocale(['de-DE', 'en-US'])).toBe('de-DE');
    expect(resolveLocale([undefined, '', 'en-US'])).toBe('en-US');
  });

  it('reads POSIX spellings of a locale', () => {
    expect(resolveLocale(['de_DE.UTF-8'])).toBe('de-DE');
    expect(resolveLocale(['en_GB.utf8@euro'])).toBe('en-GB');
  });

  it('falls back to British English for C, POSIX, nothing or nonsense', () => {
    expect(FALLBACK_LOCALE).toBe('en-GB');
    expect(resolveLocale([])).toBe('en-GB');
    expect(resolveLocale(['C'])).toBe('en-GB');
    expect(resolveLocale(['C.UTF-8', 'POSIX', null])).toBe('en-GB');
    expect(resolveLocale(['not a locale!'])).toBe('en-GB');
  });

  it('skips C to reach a real locale after it', () => {
    expect(resolveLocale(['C.UTF-8', 'fr_FR.UTF-8'])).toBe('fr-FR');
  });

  it('names British and US English, however spelt, as Intl does without asking it', () => {
    for (const tag of ['en-GB', 'en-gb', 'EN-GB', 'en_GB.UTF-8', 'en-US', 'en-us', 'en_US']) {
      const intl = Intl.DateTimeFormat.supportedLocalesOf([tag.split('.')[0]!.replace('_', '-')])[0];
      expect(resolveLocale([tag])).toBe(intl);
    }
    expect(resolveLocale(['en-GB', 'de-DE'])).toBe('en-GB');
    expect(resolveLocale(['de-DE', 'en-US'])).toBe('de-DE');
  });
});

describe('formatDateTime', () => {
  it('writes British English day first with a 24-hour clock', () => {
    const s = squash(formatDateTime(EVENING, 'en-GB', UTC));
    expect(s).toMatch(/^1 December 2026\b.*\b20:41$/);
    expect(s).not.toMatch(/Dec 1|PM/);
  });

  it('writes US English month first with a 12-hour clock', () => {
    expect(squash(formatDateTime(EVENING, 'en-US', UTC))).toMatch(/^December 1, 2026\b.*\b8:41 PM$/);
  });

  it('writes German with its own month name and day mark', () => {
    expect(squash(formatDateTime(EVENING, 'de-DE', UTC))).toMatch(/^1\. Dezember 2026\b.*\b20:41$/);
  });

  it('follows the time zone it is given', () => {
    expect(squash(formatDateTime(EVENING, 'en-GB', { timeZone: 'Asia/Tokyo' }))).toMatch(/^2 December 2026\b.*\b05:41$/);
  });

  it('gives the same text for the fallback as for British English', () => {
    const locale = resolveLocale(['POSIX']);
    expect(formatDateTime(EVENING, locale, UTC)).toBe(formatDateTime(EVENING, 'en-GB', UTC));
  });
});

describe('formatDateOnly', () => {
  it('matches the course`s "1 July 2013" in British English', () => {
    expect(formatDateOnly(Date.UTC(2013, 6, 1, 12), 'en-GB', UTC)).toBe('1 July 2013');
  });

  it('is US-ordered in US English and German-marked in German', () => {
    expect(formatDateOnly(Date.UTC(2013, 6, 1, 12), 'en-US', UTC)).toBe('July 1, 2013');
    expect(formatDateOnly(Date.UTC(2013, 6, 1, 12), 'de-DE', UTC)).toBe('1. Juli 2013');
  });
});

describe('calendar days', () => {
  it('writes a day as ICU does in British and US English, every day of two centuries', () => {
    for (const locale of ['en-GB', 'en-US']) {
      const icu = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2100, 0, 1); ms += 86_400_000) {
        const day = new Date(ms).toISOString().slice(0, 10);
        if (formatDay(day, locale) !== icu.format(ms)) expect(formatDay(day, locale)).toBe(icu.format(ms));
      }
    }
    expect(formatDay('2017-11-22', 'en-GB')).toBe('22 November 2017');
    expect(formatDay('2017-11-22', 'en-US')).toBe('November 22, 2017');
    expect(formatDay('0999-07-01', 'en-GB')).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(999, 6, 1)));
  });

  it('writes a day in any other locale through Intl', () => {
    expect(formatDay('2017-11-22', 'de-DE')).toBe('22. November 2017');
    expect(formatDay('2017-11-22', 'fr-FR')).toBe('22 novembre 2017');
  });

  it('writes a long day with its weekday in each locale', () => {
    expect(squash(formatLongDay('2026-03-02', 'en-GB'))).toMatch(/^Monday,? 2 March 2026$/);
    expect(squash(formatLongDay('2026-03-02', 'en-US'))).toBe('Monday, March 2, 2026');
    expect(squash(formatLongDay('2026-03-02', 'de-DE'))).toBe('Montag, 2. März 2026');
  });

  it('writes a short day for chart labels in each locale', () => {
    expect(formatShortDay('2026-03-02', 'en-GB')).toBe('2 Mar');
    expect(formatShortDay('2026-03-02', 'en-US')).toBe('Mar 2');
    expect(formatShortDay('2026-03-02', 'de-DE')).toBe('2. März');
  });

  it('never moves a day, whatever the machine`s zone', () => {
    // The day is read as a calendar day, not as midnight somewhere.
    expect(formatShortDay('2026-01-01', 'en-GB')).toBe('1 Jan');
    expect(formatShortDay('2026-12-31', 'en-GB')).toBe('31 Dec');
  });

  it('names months shortly for the heat map', () => {
    expect(formatMonthShort(2026, 3, 'en-GB')).toBe('Mar');
    expect(formatMonthShort(2026, 3, 'de-DE')).toMatch(/^Mär/);
  });
});
