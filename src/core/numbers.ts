// Numbers as briefings write them: digits with separators, words, scales and ordinals.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

const ORDINAL_LIST = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth',
];
/** Ordinal words first..twentieth mapped to their number. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  ORDINAL_LIST.map((w, i) => [w, i] as const).filter(([, i]) => i > 0),
);

/** Cardinal words a figure may be written with (for the extractor's pattern). */
export const CARDINAL_WORDS: readonly string[] = [
  ...Object.keys(UNITS).filter((w) => w !== 'zero'),
  ...Object.keys(TENS),
];

/**
 * Reads a number written in words ("eleven thousand two hundred", "forty-five", "a dozen").
 * Returns null when any word is not part of a number.
 */
export function parseNumberWords(input: string): number | null {
  const words = input.toLowerCase().replace(/-/g, ' ').split(/[\s,]+/).filter((w) => w && w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === 'a' || w === 'an') {
      // "a hundred", "a dozen": the article counts as one.
      current += 1;
      continue;
    }
    if (w === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
    } else if (w in UNITS) {
      current += UNITS[w] as number;
      seen = true;
    } else if (w in TENS) {
      current += TENS[w] as number;
      seen = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (w in SCALES) {
      total += (current || 1) * (SCALES[w] as number);
      current = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}

/** Parses digits with thousands separators (`11,200`, `11 200`, `11.5`). */
export function parseDigits(input: string): number | null {
  const s = input.trim().replace(/[\u00a0\u2009\u202f ]/g, ' ');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}( \d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/ /g, ''));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^\.\d+$/.test(s)) return Number(s);
  return null;
}

/**
 * Reads what a learner typed as a number: `11200`, `11,200`, `11 200`, `11.2k`, `1.5 million`,
 * `eleven thousand two hundred`, `5th`, `fifth`. Returns null when it is not a number.
 */
export function parseNumberInput(input: string): number | null {
  const s = input.trim().toLowerCase().replace(/^(about|around|approximately|some|up to|nearly|over)\s+/, '');
  if (!s) return null;
  const direct = parseDigits(s);
  if (direct !== null) return direct;
  const scaled = /^([\d.,\s]+?)\s*(k|thousand|m|million|bn|billion)$/.exec(s);
  if (scaled) {
    const base = parseDigits(scaled[1] as string);
    const unit = scaled[2] as string;
    const mult = unit === 'k' || unit === 'thousand' ? 1e3 : unit === 'm' || unit === 'million' ? 1e6 : 1e9;
    if (base !== null) return Math.round(base * mult * 1e6) / 1e6;
  }
  const ord = /^(\d+)(st|nd|rd|th)$/.exec(s);
  if (ord) return Number(ord[1]);
  if (s in ORDINAL_WORDS) return ORDINAL_WORDS[s] as number;
  return parseNumberWords(s);
}

/** `11200` → `11,200`; decimals kept as written (`2.5`). Locale-free so output is stable. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

/** `5` → `fifth` up to twentieth, then `21st`, `22nd`, … */
export function formatOrdinal(n: number): string {
  if (Number.isInteger(n) && n > 0 && n < ORDINAL_LIST.length) return ORDINAL_LIST[n] as string;
  const mod100 = n % 100;
  const mod10 = n % 10;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : mod10 === 1 ? 'st' : mod10 === 2 ? 'nd' : mod10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

const NUMBER_TOKEN = new RegExp(
  `\\d[\\d,]*(?:\\.\\d+)?|\\b(?:${[...CARDINAL_WORDS, 'hundred', 'thousand', 'million', 'dozen'].join('|')})(?:[\\s-]+(?:and\\s+)?(?:${[...CARDINAL_WORDS, 'hundred', 'thousand', 'million'].join('|')}))*\\b|\\b(?:${ORDINAL_LIST.slice(1).join('|')})\\b|\\b\\d+(?:st|nd|rd|th)\\b`,
  'gi',
);

/** Every number written in `text`, in digits, words or ordinals (used to keep answers out of prompts). */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    const token = m[0].replace(/,$/, '');
    const n = parseNumberInput(token);
    if (n !== null) out.push(n);
  }
  return out;
}

const NUMBER_SCAN = new RegExp(NUMBER_TOKEN);

/** Whether `text` writes any number (`numbersIn(text).length > 0`, stopping at the first). */
export function hasNumber(text: string): boolean {
  const re = NUMBER_SCAN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (parseNumberInput(m[0].replace(/,$/, '')) !== null) return true;
  }
  return false;
}
