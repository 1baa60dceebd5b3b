// Calendar values as Dossier stores them (ISO strings at a precision) and as it writes them. No
// chrono here: the library, dashboard and flashcards format dates, and must not load a date parser.
import type { DatePrecision } from './types';

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function isoOf(year: number | null, month: number, day: number | null, precision: DatePrecision): string {
  switch (precision) {
    case 'day':
      return `${pad4(year ?? 0)}-${pad2(month)}-${pad2(day ?? 1)}`;
    case 'month':
      return `${pad4(year ?? 0)}-${pad2(month)}`;
    case 'year':
      return pad4(year ?? 0);
    case 'monthday':
      return `--${pad2(month)}-${pad2(day ?? 1)}`;
  }
}

export function isValidDay(iso: string): boolean {
  const [y, mo, da] = iso.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, mo - 1, da));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === da;
}

/** `2013-04-25` → `25 April 2013`, `2017-05` → `May 2017`, `2013`, `--12-24` → `24 December`. */
export function formatDate(value: string, precision: DatePrecision): string {
  const name = (m: string): string => MONTH_NAMES[Number(m) - 1] ?? m;
  switch (precision) {
    case 'day': {
      const [y, m, d] = value.split('-') as [string, string, string];
      return `${Number(d)} ${name(m)} ${y}`;
    }
    case 'month': {
      const [y, m] = value.split('-') as [string, string];
      return `${name(m)} ${y}`;
    }
    case 'year':
      return value;
    case 'monthday': {
      const [, , m, d] = value.split('-') as [string, string, string, string];
      return `${Number(d)} ${name(m)}`;
    }
  }
}

/** The precision an ISO value is written at. */
export function precisionOf(value: string): DatePrecision {
  if (value.startsWith('--')) return 'monthday';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  return 'day';
}

/** Moves an ISO value by whole days, months or years, keeping its precision. */
export function shiftDate(value: string, precision: DatePrecision, amount: number, unit: 'day' | 'month' | 'year'): string {
  let y: number;
  let m: number;
  let d: number;
  if (precision === 'monthday') {
    // A leap year, so that 29 February survives the round trip.
    y = 2000;
    m = Number(value.slice(2, 4));
    d = Number(value.slice(5, 7));
  } else {
    const parts = value.split('-').map(Number);
    y = parts[0] ?? 2000;
    m = parts[1] ?? 1;
    d = parts[2] ?? 1;
  }
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (unit === 'day') dt.setUTCDate(dt.getUTCDate() + amount);
  if (unit === 'month') dt.setUTCMonth(dt.getUTCMonth() + amount, Math.min(d, 28));
  if (unit === 'year') dt.setUTCFullYear(dt.getUTCFullYear() + amount);
  return isoOf(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), precision);
}
