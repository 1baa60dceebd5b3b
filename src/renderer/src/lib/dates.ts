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
  FALLBACK_LOCALE,
  resolveLocale,
} from '../../../core/locale';

function systemLocale(): string {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  const languages = [...(nav?.languages ?? []), nav?.language].filter((l): l is string => Boolean(l));
  // The browser's languages first: asking Intl for its default builds a whole date formatter, which
  // costs tens of milliseconds of start-up on its first use, and is needed only where they are missing.
  if (languages.length) {
    const chosen = resolveLocale(languages);
    if (chosen !== FALLBACK_LOCALE || languages.some((l) => l.toLowerCase().startsWith(FALLBACK_LOCALE.toLowerCase()))) return chosen;
  }
  let intl: string | undefined;
  try {
    intl = Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    intl = undefined;
  }
  return resolveLocale([...languages, intl]);
}

let chosen: string | undefined;

/**
 * The locale every date on screen is written in, worked out on first use: the first call into Intl
 * loads its locale data (about 40 ms here), which a screen that shows no date need not wait for.
 */
export function locale(): string {
  return (chosen ??= systemLocale());
}

/** A moment with its time, for quizzes and backups: `1 December 2026 at 20:41` in en-GB. */
export const dateTime = (ms: number): string => formatDateTime(ms, locale());

/** A moment's date alone: `1 July 2013` in en-GB. */
export const dateOnly = (ms: number): string => formatDateOnly(ms, locale());

/** A calendar day (`2013-07-01`): `1 July 2013` in en-GB. */
export const day = (isoDay: string): string => formatDay(isoDay, locale());

/** A calendar day (`2026-03-02`) in full: `Monday 2 March 2026` in en-GB. */
export const longDay = (day: string): string => formatLongDay(day, locale());

/** A calendar day (`2026-03-02`) for a chart label: `2 Mar` in en-GB. */
export const shortDay = (day: string): string => formatShortDay(day, locale());

/** A month's short name (month 1–12) for the heat map. */
export const monthShort = (year: number, month: number): string => formatMonthShort(year, month, locale());
