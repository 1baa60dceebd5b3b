// Figures: counts and quantities together with what they count.
import { CARDINAL_WORDS, ORDINAL_WORDS, parseDigits, parseNumberWords } from './numbers';

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
// Words before a number that make it a label rather than a count.
const LABELS = /(?:\b(?:section|sections|chapter|chapters|article|articles|paragraph|paragraphs|para|paras|page|pages|p|pp|annex|appendix|item|items|no|nos|number|figure|fig|table|line|rule|version|step|part|principle|footnote|level|category|class|box|room|grade|annexe|title|clause|point|points|operative|protocol|route|highway|road|flight|channel|code|sector|zone|region|phase|stage|round|resolution|resolutions|res|report|document|doc|session|meeting|decision|s\/res)\.?\s*|#\s*|§\s*)$/i;

const WORD_RE = /^\s+((?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)/;

interface NounPhrase {
  unit: string;
  end: number;
}

function nounPhrase(text: string, from: number, limit: number): NounPhrase | null {
  const words: string[] = [];
  let pos = from;
  while (words.length < 4) {
    const m = WORD_RE.exec(text.slice(pos, Math.min(limit, pos + 60)));
    if (!m) break;
    const word = m[1] as string;
    const lw = word.toLowerCase();
    if (STOP.has(lw) || MONTHS.has(lw)) break;
    if (words.length > 0 && /ed$/.test(lw) && !HEADS.has(lw)) break;
    words.push(word);
    pos += m[0].length;
    if (HEADS.has(lw) || (/[^s'’]s$/.test(lw) && lw.length > 3 && !/(ous|ss|is|us)$/.test(lw))) break;
  }
  if (words.length === 0) return null;
  return { unit: words.join(' '), end: pos };
}

function isYearLike(numText: string, value: number): boolean {
  return /^\d{4}$/.test(numText) && value >= 1800 && value <= 2100;
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
    const qualifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const digitText = m[2];
    const scale = m[3];
    const wordText = m[4];
    const ordText = m[5];
    const suffix = (m[6] ?? '').trim();
    const numText = digitText ?? wordText ?? ordText ?? '';
    const numOffset = m.index + m[0].indexOf(numText, qualifier ? (m[1]?.length ?? 0) : 0);
    const before = body.slice(Math.max(0, m.index - 30), m.index);
    if (LABELS.test(before)) continue;
    let value: number | null;
    let ordinal = false;
    let money = false;
    if (digitText !== undefined) {
      money = digitText.startsWith('$');
      value = parseDigits(digitText.replace(/^\$/, ''));
      if (value !== null && !money && !scale && isYearLike(digitText, value)) continue;
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
      if (!/\b(the|its|their|a|this|his|her|our)\s+$|['’]s\s+$/i.test(before)) continue;
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
      if (!np && !compound) continue;
      unit = [compound, np?.unit ?? ''].filter(Boolean).join(' ');
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
