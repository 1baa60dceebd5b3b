// Figures: counts and quantities together with what they count.
import { CARDINAL_WORDS, ORDINAL_WORDS, parseNumberWords } from './numbers';
import { isWhiteCode } from './sentences';

/** A figure found in text, before it becomes a Fact. */
export interface FigureMatch {
  start: number;
  end: number;
  value: number;
  /** Span of the number itself (`11,200` inside `up to 11,200 military personnel`). */
  valueStart: number;
  valueEnd: number;
  unit: string;
  ordinal: boolean;
  /** The qualifier written before the number (`up to`, `more than`), lower case, or ''. */
  qualifier: string;
  /** Offset just after the counted noun phrase, where its predicate may start. */
  unitEnd: number;
  /** A number alone in a table cell: the row's label (`Fatalities`, `Uniformed personnel (2010)`). */
  label?: string;
}

// A table row as text (`Fatalities | 289 | Annex 2`): the cell before a number names what it counts.
const CELL_BEFORE = /(?:^|\|)\s*([A-Za-z][A-Za-z'’ -]{0,40}?)\s*(\(\s*[^()|]{1,20}\))?\s*\|\s*$/;
const CELL_AFTER = /^\s*(?:\||$)/;

/** The row label of a number standing alone in a table cell, or null. */
function rowLabel(body: string, numberStart: number, numberEnd: number): { unit: string; label: string } | null {
  if (!CELL_AFTER.test(body.slice(numberEnd))) return null;
  const cell = CELL_BEFORE.exec(body.slice(0, numberStart));
  if (!cell) return null;
  const name = cell[1] as string;
  const unit = /^[A-Z][a-z]/.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
  return { unit, label: cell[2] ? `${unit} ${(cell[2] as string).replace(/\s+/g, '')}` : unit };
}

const CARD = CARDINAL_WORDS.join('|');
const ORD = Object.keys(ORDINAL_WORDS).filter((w) => w !== 'first').join('|');
const QUAL =
  '(?:(up to|as many as|more than|over|nearly|almost|about|around|approximately|some|at least|fewer than|less than|roughly|an estimated|a total of|close to)\\s+)?';
const DIGITS = '(?<![\\w.,/:\\-$])\\$?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\w/:]|[.,]\\d)|(?<![\\w.,/:\\-$])\\$?\\d+(?:\\.\\d+)?(?![\\w/:]|[.,]\\d)';
const WORDS = `\\b(?:a\\s+dozen|(?:${CARD})(?:[\\s-]+(?:and\\s+)?(?:${CARD}|hundred|thousand|million))*)\\b`;
const ORDINALS = `\\b(?:${ORD})\\b|(?<![\\w.,/:-])\\d{1,3}(?:st|nd|rd|th)\\b`;
const FIGURE = new RegExp(
  `${QUAL}(?:(${DIGITS})(?:\\s+(million|billion|thousand))?|(${WORDS})|(${ORDINALS}))(\\s*(?:%|per\\s?cent\\b|percent\\b)|-strong\\b|-[a-z]+\\b)?`,
  'gi',
);

const STOP = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'but', 'nor',
  'that', 'which', 'who', 'whom', 'whose', 'were', 'was', 'is', 'are', 'be', 'been', 'being', 'have', 'has',
  'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'as', 'including',
  'since', 'during', 'under', 'into', 'per', 'each', 'across', 'than', 'while', 'when', 'where', 'between',
  'among', 'after', 'before', 'until', 'through', 'over', 'about', 'against', 'toward', 'towards', 'within',
  'without', 'via', 'so', 'if', 'then', 'it', 'its', 'their', 'they', 'them', 'he', 'she', 'we', 'you', 'i',
  'this', 'these', 'those', 'there', 'here', 'not', 'no', 'also', 'only', 'more', 'less', 'out', 'up', 'down',
  'off', 'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'began', 'begin', 'begun', 'arrived', 'left', 'remain', 'remained',
  'took', 'take', 'make', 'made', 'serve', 'serves', 'include', 'includes', 'comprise', 'comprising',
  'stay', 'became', 'become', 'died', 'fled', 'went', 'came', 'saw', 'got', 'lost', 'won', 'held',
  'ago', 'later', 'earlier', 'old', 'long', 'apart', 'times', 'thereafter', 'following', 'both', 'all', 'other',
  'another', 'such', 'known', 'called', 'named', 'what', 'how', 'why', 'like', 'unlike', 'because', 'although', 'though', 'whether',
]);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
// Nouns that end a counted phrase although they are singular or irregular.
const HEADS = new Set([
  'personnel', 'police', 'staff', 'people', 'troops', 'force', 'contingent', 'battalion', 'company', 'unit',
  'year', 'month', 'week', 'day', 'hour', 'batch', 'mission', 'operation', 'person', 'officer', 'soldier',
  'member', 'time', 'team', 'brigade', 'platoon', 'squadron', 'helicopter', 'vehicle', 'camp', 'base',
  'child', 'children', 'refugee', 'woman', 'women', 'man', 'men', 'peacekeeper', 'country',
  'percent', 'cent', 'kilometres', 'kilometers', 'km', 'miles', 'dollars', 'group', 'region', 'state',
  'site', 'sector', 'incident', 'attack', 'village', 'town', 'city', 'school', 'hospital', 'round',
  'phase', 'term', 'mandate', 'contributor', 'nation', 'agreement',
]);
// Words before a number that make it a label rather than a count (`page 5`, `resolution 2100`).
const LABEL_WORDS = new Set([
  'section', 'sections', 'chapter', 'chapters', 'article', 'articles', 'paragraph', 'paragraphs', 'para', 'paras',
  'page', 'pages', 'p', 'pp', 'annex', 'appendix', 'item', 'items', 'no', 'nos', 'number', 'figure', 'fig', 'table',
  'line', 'rule', 'version', 'step', 'part', 'principle', 'footnote', 'level', 'category', 'class', 'box', 'room',
  'grade', 'annexe', 'title', 'clause', 'point', 'points', 'operative', 'protocol', 'route', 'highway', 'road',
  'flight', 'channel', 'code', 'sector', 'zone', 'region', 'phase', 'stage', 'round', 'resolution', 'resolutions',
  'res', 'report', 'document', 'doc', 'session', 'meeting', 'decision', 's/res',
]);


const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isLabelChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47;

/**
 * Whether `text.slice(from, to)` ends with a label: a label word (`section`, `page` …) starting a
 * word, with an optional full stop, or `#` or `§`, then only whitespace. Read backwards, in place.
 */
function endsWithLabel(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && isWhiteCode(text.charCodeAt(e - 1))) e--;
  if (e === from) return false;
  const last = text[e - 1];
  if (last === '#' || last === '§') return true;
  if (last === '.') e--;
  let p = e;
  while (p > from && isLabelChar(text.charCodeAt(p - 1))) p--;
  // Every start of a word within the run: `res` in `s/res` as well as `s/res`.
  for (let q = p; q < e; q++) {
    if (q > from && isWordChar(text.charCodeAt(q - 1))) continue;
    if (LABEL_WORDS.has(text.slice(q, e).toLowerCase())) return true;
  }
  return false;
}

interface NounPhrase {
  unit: string;
  end: number;
}

function nounPhrase(text: string, from: number, limit: number): NounPhrase | null {
  const words: string[] = [];
  let pos = from;
  while (words.length < 4) {
    const end = wordAt(text, pos, Math.min(limit, pos + 60));
    if (end < 0) break;
    const word = text.slice(wordStart, end);
    const lw = word.toLowerCase();
    if (STOP.has(lw) || MONTHS.has(lw)) break;
    if (words.length > 0 && lw.endsWith('ed') && !HEADS.has(lw)) break;
    words.push(word);
    pos = end;
    if (HEADS.has(lw) || (/[^s'’]s$/.test(lw) && lw.length > 3 && !/(ous|ss|is|us)$/.test(lw))) break;
  }
  if (words.length === 0) return null;
  return { unit: words.length === 1 ? (words[0] as string) : words.join(' '), end: pos };
}

/** Where the word read by `wordAt` starts. */
let wordStart = 0;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * `WORD_RE.exec(text.slice(pos, limit))` without the copy: whitespace, then a dotted acronym
 * (`U.N.`) or a word with apostrophes and hyphens. Returns where the match ends (the word starts at
 * `wordStart`), or -1.
 */
function wordAt(text: string, pos: number, limit: number): number {
  let i = pos;
  while (i < limit && isWhiteCode(text.charCodeAt(i))) i++;
  if (i === pos || i >= limit) return -1;
  wordStart = i;
  // (?:[A-Za-z]\.){2,}
  let j = i;
  while (j + 1 < limit && isLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
  if (j - i >= 4) return j;
  // [A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*
  if (!isLetter(text.charCodeAt(i))) return -1;
  j = i + 1;
  for (let c = text.charCodeAt(j); j < limit && (isLetter(c) || c === 39 || c === 0x2019); c = text.charCodeAt(++j));
  while (j + 1 < limit && text.charCodeAt(j) === 45 && isLetter(text.charCodeAt(j + 1))) {
    j += 2;
    while (j < limit && isLetter(text.charCodeAt(j))) j++;
  }
  return j;
}

function isYearLike(numText: string, value: number): boolean {
  if (numText.length !== 4 || value < 1800 || value > 2100) return false;
  for (let i = 0; i < 4; i++) {
    const c = numText.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// What a number with no noun after it counts, read from its clause: the noun before `of` (`a
// strength of about 850`, `a force of 1,500, mostly engineers`), the subject of a ceiling verb (`the
// ceiling is not to exceed 6,000`), or people when the number is the subject (`at least 2,300 have died`).
const OF_NOUN = /\b([a-z]{3,})\s+of\s+$/i;
const CEILING_VERB =
  /\b(?:the\s+)?([a-z]{3,})\s+(?:(?:is|was|would|will|should|could|may|must)\s+(?:be\s+)?)?(?:not\s+to\s+|to\s+)?(?:exceed|exceeded|reach|reached|total|totalled|totaled|numbered|stood\s+at|rose\s+to|fell\s+to|raised\s+to|cut\s+to|reduced\s+to|increased\s+to|capped\s+at)\s+$/i;
const DIED_AFTER = /^\s+(?:(?:have|had|has)\s+(?:been\s+)?|were\s+|are\s+)?(?:died|killed|fled|been\s+displaced|displaced|injured|wounded)\b/i;
const OF_NOT_COUNTED = new Set(['end', 'beginning', 'start', 'middle', 'part', 'out', 'one', 'each', 'most', 'some', 'many', 'none', 'all', 'any', 'both', 'half', 'number', 'rest', 'top', 'age', 'because', 'instead', 'cost', 'sum', 'value']);
const NOT_SUBJECT = new Set(['which', 'that', 'this', 'it', 'they', 'and', 'not', 'would', 'will', 'could', 'should', 'may', 'must', 'was', 'is', 'were', 'are', 'been', 'be', 'to']);

function nounlessCount(body: string, numberStart: number, numberEnd: number): string | null {
  const after = body.slice(numberEnd, numberEnd + 40);
  // A number followed by a word it could count (`850 blue helmets`) is not nounless.
  if (/^\s*[A-Za-z]/.test(after) && !DIED_AFTER.test(after)) return null;
  const before = body.slice(Math.max(0, numberStart - 60), numberStart);
  const of = OF_NOUN.exec(before);
  if (DIED_AFTER.test(after)) return of ? null : 'people';
  if (of) {
    const noun = (of[1] as string).toLowerCase();
    return STOP.has(noun) || OF_NOT_COUNTED.has(noun) || MONTHS.has(noun) || LABEL_WORDS.has(noun) ? null : noun;
  }
  const verb = CEILING_VERB.exec(before);
  if (verb) {
    const noun = (verb[1] as string).toLowerCase();
    return STOP.has(noun) || NOT_SUBJECT.has(noun) ? null : noun;
  }
  return null;
}

/** Finds figures in one sentence (`text.slice(start, end)`); `start` offsets the spans. */
export function findFigures(text: string, start: number, end: number): FigureMatch[] {
  const out: FigureMatch[] = [];
  const body = text.slice(start, end);
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(body)) !== null) {
    if (m[0].length === 0) {
      FIGURE.lastIndex++;
      continue;
    }
    const qualifier = m[1] === undefined ? '' : m[1].toLowerCase().replace(/\s+/g, ' ');
    const digitText = m[2];
    const scale = m[3];
    const wordText = m[4];
    const ordText = m[5];
    const suffix = (m[6] ?? '').trim();
    const numText = digitText ?? wordText ?? ordText ?? '';
    const numOffset = m.index + m[0].indexOf(numText, qualifier ? (m[1]?.length ?? 0) : 0);
    const beforeStart = Math.max(0, m.index - 30);
    if (endsWithLabel(body, beforeStart, m.index)) continue;
    let value: number | null;
    let ordinal = false;
    let money = false;
    if (digitText !== undefined) {
      money = digitText.startsWith('$');
      // The pattern admits only `1,234.5` or `1234.5` here, which parseDigits reads this way.
      const digits = money ? digitText.slice(1) : digitText;
      value = Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
      if (!money && !scale && isYearLike(digitText, value)) continue;
      if (value !== null && scale) {
        const mult = scale.toLowerCase() === 'thousand' ? 1e3 : scale.toLowerCase() === 'million' ? 1e6 : 1e9;
        value = Math.round(value * mult);
      }
    } else if (wordText !== undefined) {
      value = /^a\s+dozen$/i.test(wordText) ? 12 : parseNumberWords(wordText);
    } else {
      ordinal = true;
      const lw = (ordText ?? '').toLowerCase();
      value = ORDINAL_WORDS[lw] ?? (parseInt(lw, 10) || null);
      // An ordinal is a figure only with a determiner before it: `the fifth force`, not `fifth, …`.
      if (!/\b(the|its|their|a|this|his|her|our)\s+$|['’]s\s+$/i.test(body.slice(beforeStart, m.index))) continue;
    }
    if (value === null || !Number.isFinite(value) || value <= 0) continue;
    // A scale word belongs to the value: `1.5 million` is replaced as a whole.
    const numEnd = scale ? m.index + m[0].indexOf(scale, numOffset - m.index) + scale.length : numOffset + numText.length;
    let matchEnd = m.index + m[0].length;
    let unit: string;
    let unitEnd: number;
    if (/^(%|per\s?cent|percent)$/i.test(suffix)) {
      unit = 'per cent';
      unitEnd = matchEnd;
    } else if (money) {
      unit = 'US dollars';
      unitEnd = matchEnd;
    } else {
      // `a 10-year mandate`: the hyphenated word is part of what is counted.
      const compound = suffix && suffix !== '-strong' ? suffix.slice(1) : '';
      if (compound && STOP.has(compound.toLowerCase())) continue;
      const np = nounPhrase(body, matchEnd, body.length);
      const bare = !np && !compound && !ordinal ? nounlessCount(body, m.index, matchEnd) : null;
      if (bare) {
        out.push({ start: start + m.index, end: start + matchEnd, value, valueStart: start + numOffset, valueEnd: start + numEnd, unit: bare, ordinal, qualifier, unitEnd: start + matchEnd });
        continue;
      }
      if (!np && !compound) {
        const row = qualifier || ordinal ? null : rowLabel(body, m.index, matchEnd);
        if (!row || /^(am|pm|hrs|h|gmt|utc|zulu)$/i.test(row.unit)) continue;
        out.push({
          start: start + m.index,
          end: start + matchEnd,
          value,
          valueStart: start + numOffset,
          valueEnd: start + numEnd,
          unit: row.unit,
          ordinal,
          qualifier,
          unitEnd: start + matchEnd,
          label: row.label,
        });
        continue;
      }
      const counted = np?.unit ?? '';
      unit = compound && counted ? `${compound} ${counted}` : compound || counted;
      unitEnd = np ? np.end : matchEnd;
      matchEnd = unitEnd;
    }
    if (/^(am|pm|hrs|h|gmt|utc|zulu)$/i.test(unit)) continue;
    out.push({
      start: start + m.index,
      end: start + matchEnd,
      value,
      valueStart: start + numOffset,
      valueEnd: start + numEnd,
      unit,
      ordinal,
      qualifier,
      unitEnd: start + unitEnd,
    });
  }
  return out;
}
