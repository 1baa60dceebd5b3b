import type { Fact } from './types';
import { formatDate, precisionOf } from './calendar';
import { formatNumber, formatOrdinal } from './numbers';

/** The display form of a fact's value: `11,200`, `fifth`, `25 April 2013`, `May 2017`, `Resolution 2100`. */
export function formatFactValue(fact: Fact): string {
  switch (fact.kind) {
    case 'date': {
      const value = String(fact.value);
      return formatDate(value, fact.precision ?? precisionOf(value));
    }
    case 'resolution':
      return `Resolution ${fact.value}`;
    case 'figure': {
      const n = Number(fact.value);
      return fact.ordinal ? formatOrdinal(n) : formatNumber(n);
    }
    default:
      // Names, acronyms, list items and terms are shown as written.
      return String(fact.value);
  }
}
