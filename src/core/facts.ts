// extractFacts: dates, resolutions and figures with their sentence, span and what they are about.
import type { Fact, FactEvent, FactKind } from './types';
import { fnv1a, hex32 } from './hash';
import { htmlToText, maskMarkdown } from './markup';
import { splitSentences, sentenceIndexAt, type SentenceSpan } from './sentences';
import { isBoilerplate } from './boilerplate';
import { findResolutions, type ResolutionMatch } from './resolutions';
import { findDates, type DateMatch } from './dates';
import { findFigures, type FigureMatch } from './figures';
import { dateEventOf, figureEventOf } from './events';
import { clauseBreaks, clauseIn, clipWords, collapse, compressNames, isSelfContained, predicateAfter, resolutionAction, type ClauseBreaks } from './context';

export type DocumentFormat = 'text' | 'markdown' | 'html';

export interface ExtractOptions {
  /** Names the document (lesson); part of every fact id and copied to `Fact.docId`. */
  docId?: string;
  /** How `text` is written. Spans refer to the Markdown source, or to `htmlToText(html)` for HTML. */
  format?: DocumentFormat;
}

/** A sentence with whitespace collapsed, and a map from raw offsets to offsets in it. */
interface Sentence {
  text: string;
  map: Int32Array | null;
  start: number;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

function collapseWithMap(raw: string, start: number): Sentence {
  // Most sentences are already single-spaced: no map needed.
  if (!/\s\s|[\n\t\r\u00a0]/.test(raw)) return { text: raw, map: null, start };
  // Runs of spaces become one space between words; none before the first word or after the last.
  const n = raw.length;
  const map = new Int32Array(n + 1);
  const words: string[] = [];
  let length = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && isSpace(raw.charCodeAt(j))) map[j++] = length;
    if (j >= n) break;
    if (j > i && words.length > 0) length++;
    let k = j;
    while (k < n && !isSpace(raw.charCodeAt(k))) {
      map[k] = length + k - j;
      k++;
    }
    words.push(raw.slice(j, k));
    length += k - j;
    i = k;
  }
  map[n] = length;
  return { text: words.join(' '), map, start };
}

const WIRE_DATELINE =
  /^[ \t]*[A-Z][A-Za-z .'’-]{1,30},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?!,?\s*\d{4})\s*(?:\((?:Reuters|AFP|AP|IRIN|UN News|Xinhua|IPS|DPA)\)\s*)?[—–-]{1,2}/gm;
const URL = /\b(?:https?:\/\/|www\.)[^\s)>\]]+/g;
const blank = (s: string): string => ' '.repeat(s.length);

// Footnote markers right after a word or a stop: `[2]`, `[2][3]`, `[a]`, `[^note]`, `[citation needed]`.
const FOOTNOTES = /(?<=[^\s[(])(?:\[(?:\d{1,3}|[a-z]|\^[\w-]{1,20}|note \d{1,3}|citation needed|clarification needed)\])+/gi;

/** `scan` with the footnote markers found in `source` (same offsets) blanked out. */
function blankFootnotes(scan: string, source: string): string {
  let out = '';
  let last = 0;
  for (const m of source.matchAll(FOOTNOTES)) {
    out += scan.slice(last, m.index) + blank(m[0]);
    last = m.index + m[0].length;
  }
  return last === 0 ? scan : out + scan.slice(last);
}

type Span = { start: number; end: number };

// A line that heads a list of sources: `References`, `## Notes`, `Further reading:` …
const REFERENCES_LINE =
  /^[ \t]*(#{1,6}[ \t]+)?(?:references|notes|notes and references|sources|bibliography|citations|footnotes|works cited|further reading|external links)[ \t]*(?::[ \t]*)?$/im;
const REFERENCES_HEADING = new RegExp(REFERENCES_LINE.source, 'gim');
const HEADING = /^[ \t]*#{1,6}[ \t][^\n]*/gm;

/**
 * The spans of a document that list its sources (their dates, years and page numbers are about
 * the sources, not the mission): from such a heading to the next Markdown heading, or to the end.
 */
function referenceSections(source: string, format: DocumentFormat): Span[] {
  const out: Span[] = [];
  REFERENCES_HEADING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFERENCES_HEADING.exec(source)) !== null) {
    const start = m.index;
    let end = source.length;
    if (format === 'markdown') {
      HEADING.lastIndex = start + m[0].length;
      let h: RegExpExecArray | null;
      while ((h = HEADING.exec(source)) !== null) {
        if (!REFERENCES_LINE.test(h[0])) {
          end = h.index;
          break;
        }
      }
    }
    out.push({ start, end });
    REFERENCES_HEADING.lastIndex = end;
    if (end >= source.length) break;
  }
  return out;
}

const LIST_JOIN = /^\s*(?:,|and|&|,\s*and)\s*$/;
const RESOLUTION_DID = /^(?:\w+ly\s+)?[a-z]+ed\b/;
const DATE_LEAD = /^(?:the\s+)?(?:end|beginning|start|middle|mid|early|late)(?:\s+of)?\s+/i;

/**
 * Sentence hashes seen so far, each with where its first sentence's facts stand in the output: an
 * open-addressing table over typed arrays, as a long briefing has tens of thousands of sentences.
 */
class SeenHashes {
  readonly #keys: Uint32Array;
  // 1 + the index of the first fact of the first sentence with the hash; 0 for an empty slot.
  readonly #from: Int32Array;
  readonly #count: Int32Array;
  readonly #mask: number;

  constructor(sentences: number) {
    let size = 16;
    while (size < sentences * 2) size *= 2;
    this.#keys = new Uint32Array(size);
    this.#from = new Int32Array(size);
    this.#count = new Int32Array(size);
    this.#mask = size - 1;
  }

  #slot(hash: number): number {
    let i = hash & this.#mask;
    while (this.#from[i] !== 0 && this.#keys[i] !== hash) i = (i + 1) & this.#mask;
    return i;
  }

  /** Where the facts of the first sentence with this hash stand, or null for a new hash. */
  first(hash: number): { from: number; count: number } | null {
    const i = this.#slot(hash);
    return this.#from[i] === 0 ? null : { from: (this.#from[i] as number) - 1, count: this.#count[i] as number };
  }

  add(hash: number, from: number, count: number): void {
    const i = this.#slot(hash);
    this.#keys[i] = hash;
    this.#from[i] = from + 1;
    this.#count[i] = count;
  }
}

/**
 * Finds every date, Security Council resolution and figure in a briefing. Never throws on text input.
 * One pass over the sentences: each sentence is read once, for all three kinds, and its facts are
 * appended in document order, so that a long briefing costs time in proportion to its length.
 */
export function extractFacts(input: string, options: ExtractOptions = {}): Fact[] {
  const format = options.format ?? 'text';
  const source = format === 'html' ? htmlToText(input) : input;
  let scan = format === 'markdown' ? maskMarkdown(source) : source;
  // Web addresses carry dates and numbers that are about the page; footnote markers (`[2]`) are
  // about the page's sources.
  scan = scan.replace(URL, blank);
  // A wire dateline without a year (`NEW YORK, Mar 3 (Reuters) –`) dates the page, not an event, and
  // its year must never be guessed: blanked, the story after it stays.
  scan = scan.replace(WIRE_DATELINE, blank);
  if (source.includes('[')) scan = blankFootnotes(scan, source);
  const spans = splitSentences(scan, source);
  const references = referenceSections(source, format);
  let ri = 0;
  const usable = spans.map((s) => {
    while (ri < references.length && (references[ri] as Span).end <= s.start) ri++;
    const inReferences = ri < references.length && (references[ri] as Span).start <= s.start;
    return !inReferences && !isBoilerplate(scan.slice(s.start, s.end));
  });

  const resBySentence: (ResolutionMatch[] | undefined)[] = new Array<ResolutionMatch[] | undefined>(spans.length).fill(undefined);
  for (const r of findResolutions(scan)) {
    const si = sentenceIndexAt(spans, r.start);
    if (si < 0 || usable[si] !== true) continue;
    const list = resBySentence[si];
    if (list) list.push(r);
    else resBySentence[si] = [r];
  }
  const dates = findDates(scan, spans, usable, resBySentence);

  const facts: Fact[] = [];
  const docId = options.docId;
  const prefix = docId ? docId + ':' : '';
  const idHeads: Record<string, string> = { resolution: `${prefix}resolution:`, date: `${prefix}date:`, figure: `${prefix}figure:` };
  // A fact's id is its kind, value and sentence hash, numbered from the second repeat on: a
  // sentence whose hash is new counts its own facts; repeats count with a table per hash.
  const seen = new SeenHashes(spans.length);
  const countsByHash = new Map<number, Map<string, number>>();
  let s: Sentence = { text: '', map: null, start: 0 };
  let idTail = '';
  let first = 0;
  let counts: Map<string, number> | undefined;
  let hash = 0;
  let breaks: ClauseBreaks | null = null;
  const clauseOf = (from: number, to: number): { start: number; end: number } =>
    nearby(s.text, clauseIn((breaks ??= clauseBreaks(s.text)), s.text.length, from, to), from, to);
  const rel = (offset: number): number => {
    const i = Math.max(0, Math.min(s.text.length, offset - s.start));
    return s.map ? (s.map[Math.min(s.map.length - 1, offset - s.start)] ?? 0) : i;
  };
  const idOf = (kind: FactKind, value: string | number): string => {
    // A sentence with many facts (a long table row) counts with a table too.
    if (!counts && facts.length - first >= 64) {
      counts = countsOf(facts, first, facts.length);
      countsByHash.set(hash, counts);
    }
    let n = 1;
    if (counts) {
      const key = `${kind}:${value}`;
      n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
    } else {
      for (let k = first; k < facts.length; k++) {
        const f = facts[k] as Fact;
        if (f.kind === kind && String(f.value) === String(value)) n++;
      }
    }
    const base = (idHeads[kind] as string) + value + idTail;
    return n === 1 ? base : `${base}:${n}`;
  };

  let di = 0;
  for (let si = 0; si < spans.length; si++) {
    if (!usable[si]) continue;
    const span = spans[si] as SentenceSpan;
    const resolutions = resBySentence[si];
    const dateStart = di;
    while (di < dates.length && (dates[di] as DateMatch).sentence === si) di++;
    const figures = findFigures(scan, span.start, span.end);
    if (!resolutions && di === dateStart && figures.length === 0) continue;
    s = collapseWithMap(scan.slice(span.start, span.end), span.start);
    // `It was authorized to deploy …`: the sentence before says what `It` is.
    const previousSentence = (): string => (si > 0 && /^\s*It\b/.test(s.text) ? scan.slice((spans[si - 1] as SentenceSpan).start, (spans[si - 1] as SentenceSpan).end) : '');
    const text = s.text;
    hash = fnv1a(text);
    idTail = ':' + hex32(hash);
    first = facts.length;
    breaks = null;
    const earlier = seen.first(hash);
    if (earlier) {
      counts = countsByHash.get(hash) ?? countsOf(facts, earlier.from, earlier.from + earlier.count);
      countsByHash.set(hash, counts);
    } else {
      counts = undefined;
    }

    let prevEnd = 0;
    let prevAction = '';
    let listRun = 0;
    for (const r of resolutions ?? []) {
      const a = rel(r.start);
      const b = rel(r.end);
      // The second number of `resolutions 425 and 426` did what the list did.
      const inList = prevEnd > 0 && LIST_JOIN.test(text.slice(prevEnd, a));
      listRun = inList ? listRun + 1 : 0;
      // Deep in a long list with no action yet (`resolutions 1, 2, 3, …`), none will come: the
      // list's action, when it has one, stands before it or right after its first numbers.
      let action = (inList && prevAction) || (listRun > 8 && !prevAction) ? '' : resolutionAction(text.slice(Math.max(prevEnd, a - REACH), a), text.slice(b, b + REACH));
      if (inList && prevAction) action = prevAction;
      if (inList && !prevAction) {
        // Later numbers of a list may carry the list's action: apply it back to the first.
        const last = facts[facts.length - 1];
        if (action && last && last.kind === 'resolution' && !RESOLUTION_DID.test(last.about)) last.about = action;
      }
      prevAction = action;
      let about = action;
      const prev = facts[facts.length - 1];
      // Later numbers of a list share its clause: read once, not once per number.
      if (!about && inList && prev && prev.kind === 'resolution') about = prev.about;
      if (!about) {
        const clause = clauseOf(a, b);
        about = clipWords(compressNames(text.slice(clause.start, clause.end)).replace(/[.,;:|\s]+$/, ''), 18);
      }
      const id = idOf('resolution', r.value);
      const focus = { start: rel(r.valueStart), end: rel(r.valueEnd) };
      const written = source.slice(r.start, r.end);
      facts.push(
        docId === undefined
          ? { id, kind: 'resolution', value: r.value, text: written, start: r.start, end: r.end, sentence: text, about, focus }
          : { id, kind: 'resolution', value: r.value, text: written, start: r.start, end: r.end, sentence: text, about, focus, docId },
      );
      prevEnd = b;
    }
    const resolutionsEnd = facts.length;

    for (let k = dateStart; k < di; k++) {
      const d = dates[k] as DateMatch;
      const written = source.slice(d.start, d.end);
      const lead = DATE_LEAD.exec(written);
      const id = idOf('date', d.value);
      const a = rel(d.start);
      const b = rel(d.end);
      const about = datelineAbout(text, a, b, clauseOf) ?? dateAbout(text, a, b, clauseOf);
      const focus = { start: rel(d.start + (lead ? lead[0].length : 0)), end: rel(d.end) };
      const { value, precision } = d;
      const fact: Fact = { id, kind: 'date', value, text: written, start: d.start, end: d.end, sentence: text, about, focus, precision };
      // A sentence of thousands of dates (a table flattened) has no event per date worth the reading.
      const prevEnd = k > dateStart ? rel((dates[k - 1] as DateMatch).end) : 0;
      const nextStart = k + 1 < di ? rel((dates[k + 1] as DateMatch).start) : text.length;
      const event = di - dateStart <= 16 ? dateEventOf(text, a, b, clauseOf(a, b), prevEnd, nextStart, previousSentence()) : undefined;
      if (event) fact.event = event;
      if (docId !== undefined) fact.docId = docId;
      facts.push(fact);
    }
    const datesEnd = facts.length;

    // Figures, resolutions and dates each come in order without overlaps: one pointer each.
    let ri = 0;
    let dj = dateStart;
    let lastQuantity = null as FactEvent | null;
    let lastQuantityEnd = 0;
    for (const f of figures) {
      while (resolutions && ri < resolutions.length && (resolutions[ri] as ResolutionMatch).end <= f.valueStart) ri++;
      while (dj < di && (dates[dj] as DateMatch).end <= f.valueStart) dj++;
      const blockedByResolution = resolutions !== undefined && ri < resolutions.length && (resolutions[ri] as ResolutionMatch).start < f.valueEnd;
      if (blockedByResolution || (dj < di && (dates[dj] as DateMatch).start < f.valueEnd)) continue;
      const id = idOf('figure', f.value);
      const written = source.slice(f.start, f.end);
      const about = figureAbout(text, f, rel, clauseOf);
      const focus = { start: rel(f.valueStart), end: rel(f.valueEnd) };
      const { value, unit } = f;
      let quantity = figures.length <= 16 && !f.ordinal && f.label === undefined ? figureEventOf(text, rel(f.start), unit, clauseOf(rel(f.start), rel(f.end)), previousSentence()) : undefined;
      // `… up to 7,000 military personnel and 900 civilian police`: a count listed after another shares its verb.
      if (!quantity && lastQuantity && unit && LIST_JOIN.test(text.slice(lastQuantityEnd, rel(f.start)))) quantity = { ...lastQuantity, object: unit };
      lastQuantity = quantity ?? null;
      lastQuantityEnd = rel(f.unitEnd);
      if (quantity) {
        const fact: Fact = { id, kind: 'figure', value, text: written, start: f.start, end: f.end, sentence: text, about, focus, unit, event: quantity };
        if (f.qualifier) fact.qualifier = f.qualifier;
        if (docId !== undefined) fact.docId = docId;
        facts.push(fact);
        continue;
      }
      if (!f.ordinal && !f.qualifier) {
        facts.push(
          docId === undefined
            ? { id, kind: 'figure', value, text: written, start: f.start, end: f.end, sentence: text, about, focus, unit }
            : { id, kind: 'figure', value, text: written, start: f.start, end: f.end, sentence: text, about, focus, unit, docId },
        );
        continue;
      }
      const fact: Fact = { id, kind: 'figure', value, text: written, start: f.start, end: f.end, sentence: text, about, focus, unit };
      if (f.ordinal) fact.ordinal = true;
      if (f.qualifier) fact.qualifier = f.qualifier;
      if (docId !== undefined) fact.docId = docId;
      facts.push(fact);
    }
    inOrder(facts, first, resolutionsEnd, datesEnd);
    if (!earlier) seen.add(hash, first, facts.length - first);
  }
  return facts;
}

// How far a fact's clause reaches either side of it. A clause of a long list (10,000 items and no
// break) would otherwise be read whole for every fact in it: quadratic in the list's length.
const REACH = 240;

/** The clause cut to REACH characters either side of `[from, to)`, at a space. */
function nearby(text: string, clause: { start: number; end: number }, from: number, to: number): { start: number; end: number } {
  let { start, end } = clause;
  if (from - start > REACH) {
    const sp = text.indexOf(' ', from - REACH);
    start = sp >= 0 && sp < from ? sp + 1 : from;
  }
  if (end - to > REACH) {
    const sp = text.lastIndexOf(' ', to + REACH);
    end = sp > to ? sp : to;
  }
  return { start, end };
}

function countsOf(facts: readonly Fact[], from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let k = from; k < to; k++) {
    const f = facts[k] as Fact;
    const key = `${f.kind}:${f.value}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Orders one sentence's facts, `facts[first..]` (resolutions, then dates from `resolutionsEnd`, then
 * figures from `datesEnd`, each already in document order), by span; equal spans keep that kind
 * order, as a stable sort of all facts would. A sentence usually holds few: insertion sort then.
 */
function inOrder(facts: Fact[], first: number, resolutionsEnd: number, datesEnd: number): void {
  const kinds = (resolutionsEnd > first ? 1 : 0) + (datesEnd > resolutionsEnd ? 1 : 0) + (facts.length > datesEnd ? 1 : 0);
  if (kinds < 2) return;
  if (facts.length - first > 32) {
    // A long table row: the engine's stable sort.
    const sorted = facts.slice(first).sort((x, y) => x.start - y.start || x.end - y.end);
    for (let i = 0; i < sorted.length; i++) facts[first + i] = sorted[i] as Fact;
    return;
  }
  for (let i = first + 1; i < facts.length; i++) {
    const f = facts[i] as Fact;
    let j = i - 1;
    while (j >= first && after(facts[j] as Fact, f)) {
      facts[j + 1] = facts[j] as Fact;
      j--;
    }
    facts[j + 1] = f;
  }
}

const after = (x: Fact, y: Fact): boolean => x.start > y.start || (x.start === y.start && x.end > y.end);

type ClauseOf = (from: number, to: number) => { start: number; end: number };

/** What a figure counts: its unit and predicate, or its unit and the words before it. */
function figureAbout(text: string, f: FigureMatch, rel: (offset: number) => number, clauseOf: ClauseOf): string {
  if (f.label !== undefined) return f.label;
  const pred = predicateAfter(text, rel(f.unitEnd));
  const about = compressNames(pred ? `${f.unit} ${pred}` : f.unit);
  if (pred) return about;
  const a = rel(f.start);
  const clause = clauseOf(a, rel(f.end));
  const pre = compressNames(collapse(text.slice(clause.start, a))).replace(/^.*[,]\s*/, '');
  const words = pre.split(' ').filter(Boolean);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const lowered = /^[A-Z][a-z]/.test(pre) ? pre[0]?.toLowerCase() + pre.slice(1) : pre;
  if (words.length >= 2 && words.length <= 10 && !WEAK_END.has(last)) return `${f.unit} that ${lowered}`;
  return about;
}

const WEAK_END = new Set([
  'the', 'of', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'and', 'or', 'from', 'than', 'some',
  'only', 'one', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'all', 'about', 'over',
  'under', 'into', 'between', 'among', 'during', 'since', 'after', 'before', 'was', 'were', 'is', 'are',
]);

const CONNECTOR =
  /(?:\b(?:on|in|of|since|by|from|until|till|before|after|as\s+of|dated|at|during|through)\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+)?(?:(?:early|late|mid)[\s-]?)?)$/i;

/** The event a date stands for: its clause with the date and its preposition taken out. */
const ADOPTION_ASIDE = /\b(resolution\s+\d{1,4}(?:\s*\(\s*\d{4}\s*\))?),\s*adopted\s*$/i;
const DATELINE_PLACE = /^[A-Z][A-Za-zÀ-ÿ.'’ -]{1,40},\s*$/;
const DATELINE_DASH = /^\s*[—–-]{1,2}\s*/;

/**
 * A press release's dateline (`NEW YORK, 12 March 2019 — The Council heard …`) dates what the
 * release reports: the clause after the dash, not the place before the date.
 */
function datelineAbout(sentence: string, from: number, to: number, clauseOf: ClauseOf): string | null {
  if (from === 0 || from > 48 || !DATELINE_PLACE.test(sentence.slice(0, from))) return null;
  const dash = DATELINE_DASH.exec(sentence.slice(to));
  if (!dash) return null;
  const start = to + dash[0].length;
  const about = compressNames(collapse(sentence.slice(start, clauseOf(start, start).end))).replace(/[.,;:!?|\s]+$/, '');
  return about.split(' ').length >= 3 ? clipWords(about, 20) : null;
}

/**
 * The event a date stands for. When the date's own clause does not name its event (`which it adopted
 * on 25 April 2013`), the whole sentence does: `The Council set up MINUSMA in resolution 2100, which it adopted`.
 */
// `… resolution 2085 of 20 December 2012`: the date is the resolution's adoption.
const RESOLUTION_OF = /\b[Rr]esolution\s+(\d{1,4})(?:\s*\(\s*\d{4}\s*\))?\s+(?:of|adopted\s+on|dated)\s+$/;
// What the sentence says happens later or was planned: not an event of the resolution's date.
const LATER = /\b(?:would|will|was\s+to|were\s+to|is\s+to|due\s+to|subsumed|folded)\b/;

function dateAbout(sentence: string, from: number, to: number, clauseOf: ClauseOf): string {
  const res = RESOLUTION_OF.exec(sentence.slice(Math.max(0, from - 40), from));
  if (res && LATER.test(sentence.slice(to, to + 200))) return `The Security Council adopted resolution ${res[1] as string}`;
  const narrow = dateEvent(sentence, from, to, clauseOf(from, to));
  if (isSelfContained(narrow)) return narrow;
  const wide = dateEvent(sentence, from, to, nearby(sentence, { start: 0, end: sentence.length }, from, to));
  return isSelfContained(wide) ? wide : narrow;
}

function dateEvent(sentence: string, from: number, to: number, clause: { start: number; end: number }): string {
  let before = sentence.slice(clause.start, from);
  const conn = CONNECTOR.exec(before);
  if (conn) before = before.slice(0, conn.index);
  let after = sentence.slice(to, clause.end);
  // `By resolution 2559 (2020), adopted on 22 December 2020, the Council …`: the date is the adoption's.
  const adoption = ADOPTION_ASIDE.exec(before);
  if (adoption && /^\s*,/.test(after)) return `Resolution ${(adoption[1] as string).replace(/^resolution\s+/i, '')} was adopted`;
  let about: string;
  if (/^[\s,]*$/.test(before)) {
    after = after.replace(/^[\s,]+/, '');
    about = after;
  } else {
    about = before.replace(/[\s,]+$/, '') + after;
  }
  about = compressNames(collapse(about)).replace(/^(?:and|but|or|while|whereas)\s+/i, '').replace(/[.,;:!?|\s]+$/, '');
  return clipWords(about, 20);
}
