// What a fact is about, read from the words around it. Plain heuristics over one sentence:
// robust on unseen briefings, and every output is checked again where prompts are written.

/** `The United Nations Mission in Mali (MINUSMA)` → `MINUSMA`: prompts stay short and readable. */
export function compressNames(s: string): string {
  // Most phrases name no acronym in brackets: skip the expression, which tries every word.
  if (!ACRONYM_IN_BRACKETS.test(s)) return s;
  return s.replace(
    /\b(?:[Tt]he\s+)?(?:(?:[A-Z][\w'’.-]*|of|in|the|for|and|on|de|du|des|la|le|en|au|pour)\s+){1,12}\(([A-Z][A-Z0-9-]{2,})\)/g,
    (whole, acr: string) => (/^[A-Z]/.test(whole.replace(/^[Tt]he\s+/, '')) ? acr : whole),
  );
}

const ACRONYM_IN_BRACKETS = /\([A-Z][A-Z0-9-]{2,}\)/;

/** Whitespace runs as single spaces, trimmed. */
export const collapse = (s: string): string => (UNEVEN_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim());
// Text whose only whitespace is single spaces (the common case) needs at most a trim.
const UNEVEN_SPACE = /[^\S ]| {2}/;

const CLAUSE_BREAK = /[;:()[\]–—]|,\s+(?:making|which|who|while|whereas|but|because|although|where|when|including|known|so)\b|\s(?:making|which|while|whereas|because|although)\s/;
const VERBISH =
  /^(?:have|has|had|were|was|are|is|will|would|could|can|may|might|should|must|remain|remained|remains|to\s+be|to\s+\w+|died|fled|began|begin|took|left|made|went|came|became|saw|lost|held|gave|sent|met|stood|rose|fell|grew|spent|brought|built|fought|ran|kept|paid|won|arrive|serve|serving|deployed|\w+ed)\b/i;

const PREDICATE_STOP = /[,;:()[\]–—.!?]|\s(?:making|which|who|while|whereas|but|because|although|so|known|where|when|including|and|or)\s/g;

/** Whether `s` has at least `n` words when split at single spaces. */
export function hasWords(s: string, n: number): boolean {
  let at = -1;
  for (let i = 1; i < n; i++) {
    at = s.indexOf(' ', at + 1);
    if (at < 0) return false;
  }
  return true;
}

const DANGLING = /^(?:the|a|an|of|in|on|at|to|for|with|by|from|behalf|and|or|its|their|as|into|than)$/i;

/** The words after a counted noun phrase when they read as its predicate (`have been killed`). */
export function predicateAfter(sentence: string, from: number): string {
  // As `sentence.slice(from)` reads it, searched in place.
  const at = from < 0 ? Math.max(0, sentence.length + from) : from;
  PREDICATE_STOP.lastIndex = at;
  const stop = PREDICATE_STOP.exec(sentence);
  const piece = collapse(sentence.slice(at, stop ? stop.index : sentence.length));
  if (!piece || !VERBISH.test(piece)) return '';
  // Short predicates that end well (the usual case) are kept whole.
  if (!hasWords(piece, 11) && !DANGLING.test(piece.slice(piece.lastIndexOf(' ') + 1))) return piece;
  const words = piece.split(' ').slice(0, 10);
  // A predicate cut short must not end on a preposition or article (`on behalf of`).
  while (words.length > 1 && DANGLING.test(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

/** The clause around `[from, to)` in `sentence`, cut at semicolons, colons, brackets and dashes. */
export function clauseAround(sentence: string, from: number, to: number): { start: number; end: number } {
  return clauseIn(clauseBreaks(sentence), sentence.length, from, to);
}

/** Where a sentence may be cut into clauses: `[start, end)` of each break, in order, flattened. */
export type ClauseBreaks = readonly number[];

/** The clause breaks of a sentence, found once for all the facts it holds. */
export function clauseBreaks(sentence: string): ClauseBreaks {
  const out: number[] = [];
  const re = CLAUSE_BREAKS;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    const a = m.index;
    // Brackets around an acronym or a year are part of a name, not a clause boundary.
    if (m[0] === '(' && (atAcronym(sentence, a) || atYear(sentence, a))) continue;
    if (m[0] === ')' && (afterAcronym(sentence, a) || afterYear(sentence, a))) continue;
    out.push(a, a + m[0].length);
  }
  return out;
}

/** The clause around `[from, to)` given the sentence's breaks and length. */
export function clauseIn(breaks: ClauseBreaks, length: number, from: number, to: number): { start: number; end: number } {
  let start = 0;
  let end = length;
  // Many breaks (a long table row): the last break ending by `from`, the first starting at `to`.
  if (breaks.length > 32 && from <= to) {
    const pairs = breaks.length / 2;
    let lo = 0;
    let hi = pairs;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[2 * mid + 1] as number) <= from) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) start = breaks[2 * lo - 1] as number;
    hi = pairs;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[2 * mid] as number) < to) lo = mid + 1;
      else hi = mid;
    }
    if (lo < pairs) end = breaks[2 * lo] as number;
    return { start, end };
  }
  for (let k = 0; k < breaks.length; k += 2) {
    const a = breaks[k] as number;
    const b = breaks[k + 1] as number;
    if (b <= from) start = b;
    else if (a >= to) {
      end = a;
      break;
    }
  }
  return { start, end };
}

const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');
const ACRONYM_AT = /\([A-Z][A-Z0-9-]{1,}\)/y;
const YEAR_AT = /\(\s*(?:19|20)\d{2}\s*\)/y;

/** `/^\([A-Z][A-Z0-9-]{1,}\)/` at `at`. */
function atAcronym(s: string, at: number): boolean {
  ACRONYM_AT.lastIndex = at;
  return ACRONYM_AT.test(s);
}

/** `/^\(\s*(?:19|20)\d{2}\s*\)/` at `at`. */
function atYear(s: string, at: number): boolean {
  YEAR_AT.lastIndex = at;
  return YEAR_AT.test(s);
}

const isAcronymChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;

/** `/\([A-Z][A-Z0-9-]{1,}$/` on the text before `at`, read backwards without copying it. */
function afterAcronym(s: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isAcronymChar(s.charCodeAt(i))) i--;
  if (i < 0 || s[i] !== '(' || at - i - 1 < 2) return false;
  const first = s.charCodeAt(i + 1);
  return first >= 65 && first <= 90;
}

const WHITE = /\s/;

/** `/\(\s*(?:19|20)\d{2}\s*$/` on the text before `at`, read backwards without copying it. */
function afterYear(s: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && WHITE.test(s[i] as string)) i--;
  if (i < 3) return false;
  for (let k = i - 3; k <= i; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  const century = s.slice(i - 3, i - 1);
  if (century !== '19' && century !== '20') return false;
  i -= 4;
  while (i >= 0 && WHITE.test(s[i] as string)) i--;
  return i >= 0 && s[i] === '(';
}

/**
 * A readable excerpt of `sentence` around `[from, to)`: at most `maxWords` words, with `…` where cut.
 * `replace` substitutes the focus text (a blank, or another value).
 */
export function excerpt(sentence: string, from: number, to: number, replace: string, maxWords = 28): string {
  // Words are read from a window around the value, never from the whole of a long sentence (a
  // list of thousands of items): 40 characters a word is more than any excerpt keeps.
  const reach = maxWords * 40;
  const headFrom = Math.max(0, from - reach);
  const tailTo = Math.min(sentence.length, to + reach);
  const headParts = sentence.slice(headFrom, from).split(/(?<=\s)/);
  const tailParts = sentence.slice(to, tailTo).split(/(?=\s)/);
  const keepBefore = Math.min(headParts.length, Math.ceil(maxWords * 0.55));
  const keepAfter = Math.max(3, maxWords - keepBefore);
  const cutHead = keepBefore < headParts.length || (headFrom > 0 && keepBefore === headParts.length);
  const cutTail = keepAfter < tailParts.length || (tailTo < sentence.length && keepAfter >= tailParts.length);
  const head = headParts.slice(headParts.length - keepBefore).join('');
  const tail = tailParts.slice(0, keepAfter).join('');
  return collapse((cutHead ? '… ' : '') + head + replace + tail + (cutTail ? ' …' : ''));
}

const ADOPTED_ASIDE = /^,\s*adopted\s+on\s+[^,;:.()]{1,40},\s*/;

const PASSIVE = /^(.*?)\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+((?:\w+ly\s+)?\w+ed)\b/;
const PARTICIPLE = /^(.*?),\s+((?:\w+ly\s+)?\w+ed)\b/;

/**
 * What a resolution did, verb first (`established MINUSMA`), or '' when the sentence does not say
 * it plainly. `before` is the clause up to the resolution, `after` the text following it.
 */
export function resolutionAction(before: string, after: string): string {
  const b = compressNames(collapse(before));
  // `By resolution 2333 (2016), adopted on 23 December 2016, the Council extended …`: the date of
  // adoption is an aside.
  const a = collapse(after).replace(ADOPTED_ASIDE, ', ');
  // Active: `Resolution 2149 (2014) extended the mandate …`, `resolution 2100, which authorized …`.
  const active = /^(?:,\s*)?(?:which\s+|that\s+)?((?:\w+ly\s+)?(?:[a-z]+ed|set|made|took|gave|sent|led)\b(?:[^,;:.()]|(?<=\d)[,.](?=\d))*)/.exec(a);
  if (active && !/^(?:based|signed|dated|entitled|titled|adopted\s+on)\b/.test(active[1] as string)) return clipWords(active[1] as string, 12);
  // By its resolution N, the Council extended …
  const byIts = /^(?:,\s*)?(?:the\s+(?:Security\s+)?Council\s+)((?:\w+ly\s+)?\w+ed\b(?:[^,;:.()]|(?<=\d)[,.](?=\d))*)/i.exec(a);
  const lead = b.replace(/^.*[,;:]\s*/, '');
  if (byIts && /^(?:by|in|through|with|under)(?:\s+its)?(?:\s+the)?(?:\s+(?:Security\s+Council|UNSC|UN))?$/i.test(lead))
    return clipWords(byIts[1] as string, 12);
  // The Security Council established UNIFIL by resolutions 425 and 426 …
  const council = /\bCouncil\s+((?:\w+ly\s+)?[a-z]+ed)\s+(.{1,80}?)[\s,]*(?:\bthe\s+same\s+day\b)?[\s,]*\b(?:by|through|in|under|with|via)(?:\s+its)?(?:\s+adopting)?(?:\s+(?:Security\s+Council|UNSC))?$/.exec(b);
  if (council) return clipWords(`${council[1]} ${council[2]}`, 12);
  const passive = PASSIVE.exec(b);
  if (passive && /\b(by|under|through|in\s+accordance\s+with|pursuant\s+to|following)\b/i.test(b.slice(passive[0].length))) {
    const subject = (passive[1] as string).replace(/^.*[,;:]\s*/, '');
    if (subject && subject.split(' ').length <= 8) return `${passive[2]} ${subject}`;
  }
  const part = PARTICIPLE.exec(b);
  if (part && /\b(by|under|through|in\s+accordance\s+with|pursuant\s+to)\b/i.test(b.slice(part[0].length))) {
    const subject = (part[1] as string).replace(/^.*[;:]\s*/, '');
    if (subject && subject.split(' ').length <= 8) return `${part[2]} ${subject}`;
  }
  return '';
}

export function clipWords(s: string, n: number): string {
  const text = collapse(s);
  if (!Number.isInteger(n) || n < 1) {
    const words = text.split(' ');
    return words.length <= n ? words.join(' ') : words.slice(0, n).join(' ') + ' …';
  }
  // The n-th space, if any, is where the n-th word ends.
  let cut = -1;
  for (let k = 0; k < n; k++) {
    cut = text.indexOf(' ', cut + 1);
    if (cut < 0) return text;
  }
  return text.slice(0, cut) + ' …';
}

const PRONOUN_LED = /^(?:it|its|they|their|this|these|those|that|he|she|which|who)\b/i;

/**
 * Whether an event phrase names its event well enough to be asked about on its own:
 * `it adopted` or `the Security Council adopted` do not (which adoption?), so those dates are asked
 * with the whole sentence instead.
 */
export function isSelfContained(about: string): boolean {
  return about.split(/\s+/).length >= 5 && !PRONOUN_LED.test(about);
}
