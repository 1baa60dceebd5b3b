import { precisionOf } from './calendar';
import type { Fact } from './types';

/**
 * A key that sorts date values chronologically as text: a month sorts at the start of that month
 * and a year at the start of that year; a day without a year (`--12-24`) sorts after every dated one.
 */
export function dateSortKey(value: string, precision = precisionOf(value)): string {
  switch (precision) {
    case 'day':
      return value;
    case 'month':
      return `${value}-00`;
    case 'year':
      return `${value}-00-00`;
    case 'monthday':
      return `~${value.slice(2)}`;
  }
}

/**
 * Every date fact in chronological order. Facts on the same date keep the order they were given in
 * (reading order, when the facts come lesson by lesson).
 */
export function courseTimeline(facts: readonly Fact[]): Fact[] {
  return facts
    .filter((fact) => fact.kind === 'date')
    .map((fact, index) => ({ fact, index, key: dateSortKey(String(fact.value), fact.precision) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ fact }) => fact);
}
