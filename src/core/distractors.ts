// Wrong options of the same kind and precision: first other facts of the material, then near values.
import type { DatePrecision, Fact } from './types';
import { shiftDate } from './calendar';

/** Sorted distinct values of each kind in the material, for nearest-neighbour look-ups. */
export interface DistractorIndex {
  figuresByUnit: Map<string, number[]>;
  cardinals: number[];
  ordinals: number[];
  datesByPrecision: Map<DatePrecision, string[]>;
  resolutions: number[];
}

/** The last word of a unit, lower case: `military personnel` → `personnel`. */
const unitKey = (unit: string | undefined): string => {
  const u = (unit ?? '').toLowerCase();
  return u.slice(u.lastIndexOf(' ') + 1);
};

export function buildDistractorIndex(facts: readonly Fact[]): DistractorIndex {
  const byUnit = new Map<string, Set<number>>();
  const cardinals = new Set<number>();
  const ordinals = new Set<number>();
  const dates = new Map<DatePrecision, Set<string>>();
  const resolutions = new Set<number>();
  // Units repeat across a briefing: each one's set is looked up once.
  const setOfUnit = new Map<string | undefined, Set<number>>();
  for (const f of facts) {
    if (f.kind === 'figure') {
      const v = Number(f.value);
      (f.ordinal ? ordinals : cardinals).add(v);
      if (!f.ordinal) {
        let set = setOfUnit.get(f.unit);
        if (!set) {
          const k = unitKey(f.unit);
          set = byUnit.get(k);
          if (!set) byUnit.set(k, (set = new Set()));
          setOfUnit.set(f.unit, set);
        }
        set.add(v);
      }
    } else if (f.kind === 'date' && f.precision) {
      let set = dates.get(f.precision);
      if (!set) dates.set(f.precision, (set = new Set()));
      set.add(String(f.value));
    } else if (f.kind === 'resolution') {
      resolutions.add(Number(f.value));
    }
  }
  const sortNum = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);
  return {
    figuresByUnit: new Map([...byUnit].map(([k, s]) => [k, sortNum(s)])),
    cardinals: sortNum(cardinals),
    ordinals: sortNum(ordinals),
    datesByPrecision: new Map([...dates].map(([k, s]) => [k, [...s].sort()])),
    resolutions: sortNum(resolutions),
  };
}

/** Up to `k` values nearest to `v` in a sorted array, by `distance`, excluding `v` itself. */
function nearest<T>(sorted: readonly T[], v: T, k: number, distance: (a: T, b: T) => number, less: (a: T, b: T) => boolean): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (less(sorted[mid] as T, v)) lo = mid + 1;
    else hi = mid;
  }
  let left = lo - 1;
  let right = lo;
  const out: T[] = [];
  while (out.length < k && (left >= 0 || right < sorted.length)) {
    const l = left >= 0 ? (sorted[left] as T) : undefined;
    const r = right < sorted.length ? (sorted[right] as T) : undefined;
    let take: T;
    if (l !== undefined && (r === undefined || distance(l, v) <= distance(r, v))) {
      take = l;
      left--;
    } else {
      take = r as T;
      right++;
    }
    if (take !== v) out.push(take);
  }
  return out;
}

const numLess = (a: number, b: number): boolean => a < b;
const logDistance = (a: number, b: number): number => Math.abs(Math.log(Math.max(a, 1e-9)) - Math.log(Math.max(b, 1e-9)));

/** Values near `v` written alike: 11,200 → 9,800 and 12,600; 4 → 3 and 5; 2.5 → 2 and 3. */
export function nearNumbers(v: number, ordinal = false): number[] {
  if (!Number.isInteger(v)) {
    const decimals = (String(v).split('.')[1] ?? '').length;
    const step = Math.max(Math.round((v / 8) * 10 ** decimals) / 10 ** decimals, 10 ** -decimals);
    const f = (x: number): number => Number(x.toFixed(decimals));
    return [f(v - step), f(v + step), f(v + 2 * step), f(v - 2 * step), f(v + 3 * step)].filter((x) => x > 0);
  }
  if (v <= 12 || ordinal) return [v - 1, v + 1, v + 2, v - 2, v + 3, v + 4].filter((x) => x > 0);
  let g = 1;
  for (let p = 1; p <= v; p *= 10) {
    for (const m of [1, 2, 5]) if (v % (m * p) === 0 && m * p <= v / 4) g = m * p;
  }
  const step = Math.max(g, Math.round(v / 8 / g) * g);
  return [v - step, v + step, v + 2 * step, v - 2 * step, v + 3 * step].filter((x) => x > 0);
}

/** Three wrong numbers for a figure, or fewer when none can be made. */
export function figureDistractors(fact: Fact, index: DistractorIndex): number[] {
  const v = Number(fact.value);
  const ordinal = fact.ordinal === true;
  const pool: number[] = [];
  if (ordinal) {
    pool.push(...nearest(index.ordinals, v, 2, (a, b) => Math.abs(a - b), numLess).filter((x) => Math.abs(x - v) <= 10));
  } else {
    pool.push(...nearest(index.figuresByUnit.get(unitKey(fact.unit)) ?? [], v, 3, logDistance, numLess));
    pool.push(...nearest(index.cardinals, v, 3, logDistance, numLess).filter((x) => x >= v / 10 && x <= v * 10));
  }
  pool.push(...nearNumbers(v, ordinal));
  const integer = Number.isInteger(v);
  return unique(pool.filter((x) => x !== v && x > 0 && (!integer || Number.isInteger(x)))).slice(0, 3);
}

/** Three wrong dates at the same precision. */
export function dateDistractors(fact: Fact, index: DistractorIndex): string[] {
  const v = String(fact.value);
  const precision = fact.precision ?? 'day';
  const pool: string[] = [];
  const same = index.datesByPrecision.get(precision) ?? [];
  const toDays = (iso: string): number => {
    const p = iso.replace(/^--/, '2000-').split('-').map(Number);
    return Date.UTC(p[0] ?? 2000, (p[1] ?? 1) - 1, p[2] ?? 1) / 864e5;
  };
  pool.push(...nearest(same, v, 2, (a, b) => Math.abs(toDays(a) - toDays(b)), (a, b) => a < b));
  const moves: [number, 'day' | 'month' | 'year'][] =
    precision === 'day' || precision === 'monthday'
      ? [[-7, 'day'], [7, 'day'], [1, 'month'], [-1, 'month'], [14, 'day']]
      : precision === 'month'
        ? [[-1, 'month'], [1, 'month'], [2, 'month'], [-2, 'month'], [1, 'year']]
        : [[-1, 'year'], [1, 'year'], [2, 'year'], [-2, 'year'], [3, 'year']];
  for (const [n, unit] of moves) pool.push(shiftDate(v, precision, n, unit));
  return unique(pool.filter((x) => x !== v)).slice(0, 3);
}

/** Three wrong resolution numbers. */
export function resolutionDistractors(fact: Fact, index: DistractorIndex): number[] {
  const v = Number(fact.value);
  const pool = nearest(index.resolutions, v, 3, (a, b) => Math.abs(a - b), numLess);
  for (const d of [1, -1, 2, -2, 5, -5, 10]) pool.push(v + d);
  return unique(pool.filter((x) => x !== v && x > 0)).slice(0, 3);
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
