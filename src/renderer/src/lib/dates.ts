// The one place the renderer formats the learner's dates and times: every screen shows them alike,
// in the operating system's locale (Electron's and Chromium's navigator language follows it), or in
// British English, the course's own, when no locale can be used.
import {
  formatDateOnly,
  formatDateTime,
  formatDay,
  formatLongDay,
  formatMonthShort,
  formatShortDay,
  resolveLocale,
} from '../../../core/locale';

function systemLocale(): string {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  let intl: string | undefined;
  try {
    intl = Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    intl = undefined;
  }
  return resolveLocale([...(nav?.languages ?? []), nav?.language, intl]);
}

/** The locale every date on screen is written in, read once at start-up. */
export const LOCALE = systemLocale();

/** A moment with its time, for quizzes and backups: `1 December 2026 at 20:41` in en-GB. */
export const dateTime = (ms: number): string => formatDateTime(ms, LOCALE);

/** A moment's date alone: `1 July 2013` in en-GB. */
export const dateOnly = (ms: number): string => formatDateOnly(ms, LOCALE);

/** A calendar day (`2013-07-01`): `1 July 2013` in en-GB. */
export const day = (isoDay: string): string => formatDay(isoDay, LOCALE);

/** A calendar day (`2026-03-02`) in full: `Monday 2 March 2026` in en-GB. */
export const longDay = (day: string): string => formatLongDay(day, LOCALE);

/** A calendar day (`2026-03-02`) for a chart label: `2 Mar` in en-GB. */
export const shortDay = (day: string): string => formatShortDay(day, LOCALE);

/** A month's short name (month 1–12) for the heat map. */
export const monthShort = (year: number, month: number): string => formatMonthShort(year, month, LOCALE);
