import { describe, expect, it } from 'vitest';
import { MONTH_NAMES } from './calendar';
import { readDateInput } from './date-input';
import { chronoDateInput } from './dates';
import { mulberry32 } from './rng';

const ORD = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The ways a learner writes the day `y-m-d` into an answer box. */
function writings(y: number, m: number, d: number): string[] {
  const month = MONTH_NAMES[m - 1] as string;
  const short = month.slice(0, 3);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] as string;
  return [
    `${d} ${month} ${y}`, `${d} ${month}, ${y}`, `${ORD(d)} ${month} ${y}`, `${ORD(d)} of ${month} ${y}`, `the ${ORD(d)} of ${month} ${y}`,
    `${month} ${d}, ${y}`, `${month} ${ORD(d)}, ${y}`, `${month} ${d} ${y}`, `${short} ${d} ${y}`, ...(short === 'May' ? [] : [`${short}. ${d}, ${y}`]), `${d} ${short} ${y}`,
    `${weekday}, ${d} ${month} ${y}`, `${weekday} ${month} ${d}, ${y}`, `on ${d} ${month} ${y}`, `${d} ${month.toLowerCase()} ${y}`, `${d} ${month.toUpperCase()} ${y}.`,
    `${y}-${m}-${d}`, `${m}/${d}/${y}`, `${d} ${month}`, `${month} ${d}`, `${ORD(d)} of ${month}`, `${month} ${y}`, `${short} ${y}`, `${month}, ${y}`, `${y}`,
    ...(d > 12 ? [`${d}/${m}/${y}`, `${d}.${m}.${y}`] : []),
  ];
}

describe('a date typed as an answer', () => {
  it('is read as chrono reads it, for every writing of 400 random days from 1900 to 2099', () => {
    const rng = mulberry32(14);
    const disagreements: string[] = [];
    let read = 0;
    for (let i = 0; i < 400; i++) {
      const day = new Date(Date.UTC(1900, 0, 1) + Math.floor(rng() * 73_049) * 86_400_000);
      for (const text of writings(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate())) {
        const ours = readDateInput(text);
        if (ours) read++;
        // All-numeric forms are read by readDateInput's own rules (chrono reads 25/4/2013 month first).
        if (/^[\d/.-]+$/.test(text)) continue;
        if (JSON.stringify(ours) !== JSON.stringify(chronoDateInput(text))) disagreements.push(`${text}: ${JSON.stringify(ours)} vs ${JSON.stringify(chronoDateInput(text))}`);
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    expect(disagreements).toHaveLength(0);
    expect(read).toBeGreaterThan(400 * 24);
  });

  it('reads ordinals in words and a month named by its abbreviation', () => {
    expect(readDateInput('twenty-fifth of April 2013')).toEqual({ value: '2013-04-25', precision: 'day' });
    expect(readDateInput('the twenty fifth of April')).toEqual({ value: '--04-25', precision: 'monthday' });
    expect(readDateInput('first July 1960')).toEqual({ value: '1960-07-01', precision: 'day' });
    expect(readDateInput('Sept 2017')).toEqual({ value: '2017-09', precision: 'month' });
    // A full stop after a month that is never shortened: chrono reads nothing; a teacher reads the date.
    expect(readDateInput('May. 14, 1967')).toEqual({ value: '1967-05-14', precision: 'day' });
    expect(readDateInput('  25   April   2013 ')).toEqual({ value: '2013-04-25', precision: 'day' });
  });

  it('reads all-numeric dates day first only where the first number cannot be a month', () => {
    const day = { value: '2013-04-25', precision: 'day' };
    for (const text of ['2013-04-25', '2013-4-25', '4/25/2013', '25/4/2013', '25.04.2013', '25-4-2013']) expect(readDateInput(text), text).toEqual(day);
    expect(readDateInput('4/5/2013')).toEqual({ value: '2013-04-05', precision: 'day' });
    expect(readDateInput('2013-04')).toEqual({ value: '2013-04', precision: 'month' });
    expect(readDateInput('4/2013')).toEqual({ value: '2013-04', precision: 'month' });
    expect(readDateInput('--04-25')).toEqual({ value: '--04-25', precision: 'monthday' });
    expect(readDateInput('2013')).toEqual({ value: '2013', precision: 'year' });
  });

  it('is nothing when the input is not one real date', () => {
    for (const text of ['', '1', '25', 'April', '2013 April 25', '31 April 2013', '29 February 2013', '30 February', '13/13/2013', '0/5/2013', '25 Aprl 2013', 'April 25 2013 2014', 'soon', '2100 troops', 'x'.repeat(90)]) {
      expect(readDateInput(text), text).toBeNull();
    }
    expect(readDateInput('29 February 2012')).toEqual({ value: '2012-02-29', precision: 'day' });
    expect(readDateInput('29 February')).toEqual({ value: '--02-29', precision: 'monthday' });
  });
});
