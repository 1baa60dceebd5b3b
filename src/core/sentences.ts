// Sentence boundaries that survive abbreviations (`U.N.`, `Dec.`, `No.`), decimals and headings.

/** A sentence as a span of the text it was found in. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'nr', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt',
  'sgt', 'cpl', 'pte', 'adm', 'brig', 'cmdr', 'gov', 'sen', 'rep', 'amb', 'hon', 'rev', 'jr', 'sr',
  'inc', 'ltd', 'co', 'corp', 'etc', 'vs', 'approx', 'art', 'arts', 'para', 'paras', 'sec', 'vol',
  'p', 'pp', 'fig', 'ch', 'op', 'cf', 'ibid', 'est', 'res', 'doc', 'mt', 'ft', 'km', 'dept', 'govt',
]);

// [A-Z0-9"“‘'([]: what may start the sentence after a full stop.
const startsSentence = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91;

const BLOCK_LINE = /^[ \t]*(#{1,6}[ \t]|[-*+•][ \t]|\d{1,3}[.)][ \t]|>|\|)/;

/** Whether a UTF-16 code unit is whitespace as `\s` means it. */
export function isWhiteCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// ( " ' “ ‘ [ before a word.
const isOpener = (c: number): boolean => c === 40 || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 91;

// [.!?] and the closing marks that may follow them: " ' ” ’ ) ].
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63;
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;

// The longest word read back from a full stop: `U.N.` and `Sept.` are short; a longer run is no
// abbreviation, and reading it whole for every stop in it would be quadratic.
const LONGEST_WORD = 40;

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  const floor = Math.max(0, dot - LONGEST_WORD);
  while (s > floor && !isWhiteCode(text.charCodeAt(s - 1))) s--;
  if (s === floor && s > 0 && !isWhiteCode(text.charCodeAt(s - 1))) return false;
  while (s < dot && isOpener(text.charCodeAt(s))) s++;
  const n = dot - s;
  if (n === 0) return false;
  // No abbreviation is longer than six letters.
  if (n <= 6 && ABBREVIATIONS.has(text.slice(s, dot).toLowerCase())) return true;
  // Initials and dotted acronyms: `A.`, `U.N.`, `e.g.`, `S/RES/`.
  if (n === 1) return isAsciiLetter(text.charCodeAt(s));
  if (n % 2 === 1 && text.charCodeAt(s + 1) === 46) return /^([A-Za-z]\.)+[A-Za-z]$/.test(text.slice(s, dot));
  return false;
}

function lineAt(text: string, from: number): string {
  const nl = text.indexOf('\n', from);
  return text.slice(from, nl < 0 ? text.length : nl);
}

/**
 * Splits text into sentence spans. `lineSource` is the text whose line starts decide block
 * boundaries (the Markdown source when `text` is its mask); it must have the same length.
 */
export function splitSentences(text: string, lineSource: string = text): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const boundaries: number[] = [];
  // One pass over the text: a stop run (`.`, `?!`, `."`) is read once, never re-read from inside
  // itself, so that a long run of stops costs its length (a regular expression took quadratic time).
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c !== 10 && !isStop(c)) {
      i++;
      continue;
    }
    const at = i;
    let after = i + 1;
    if (c !== 10) {
      while (after < n && isStop(text.charCodeAt(after))) after++;
      while (after < n && isCloser(text.charCodeAt(after))) after++;
      i = after;
      if (after < n && !isWhiteCode(text.charCodeAt(after))) continue;
    } else {
      i = after;
    }
    if (c === 10) {
      let next = after;
      while (next < text.length && (text[next] === ' ' || text[next] === '\t' || text[next] === '\r')) next++;
      if (next >= text.length || text[next] === '\n') {
        boundaries.push(at);
        continue;
      }
      const prevStart = text.lastIndexOf('\n', at - 1) + 1;
      const prevSource = lineSource.slice(prevStart, at);
      const nextSource = lineAt(lineSource, after);
      if (BLOCK_LINE.test(nextSource) || /^[ \t]*#/.test(prevSource)) {
        boundaries.push(at);
        continue;
      }
      // A short line without closing punctuation before a capitalised line is a heading.
      const prev = text.slice(prevStart, at).trim();
      if (prev.length > 0 && prev.length < 50 && !/[.,;:!?]$/.test(prev) && /[A-Z0-9"“]/.test(text[next] as string)) {
        boundaries.push(at);
      }
      continue;
    }
    if (c === 46) {
      let next = after;
      while (next < text.length && isWhiteCode(text.charCodeAt(next))) next++;
      if (next < text.length && !startsSentence(text.charCodeAt(next))) continue;
      if (isAbbreviation(text, at)) continue;
    }
    boundaries.push(after);
  }
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && isWhiteCode(text.charCodeAt(s))) s++;
    while (e > s && isWhiteCode(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const b of boundaries) {
    push(start, b);
    start = b;
  }
  push(start, text.length);
  return spans;
}

/** The index of the sentence containing `offset` (binary search), or -1. */
export function sentenceIndexAt(spans: readonly SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as SentenceSpan;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
