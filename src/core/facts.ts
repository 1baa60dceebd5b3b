// extractFacts: dates, resolutions and figures with their sentence, span and what they are about.
import type { Fact, FactKind } from './types';
import { hash32 } from './hash';
import { htmlToText, maskMarkdown } from './markup';
import { splitSentences, sentenceIndexAt, type SentenceSpan } from './sentences';
import { isBoilerplate } from './boilerplate';
import { findResolutions, type ResolutionMatch } from './resolutions';
import { findDates } from './dates';
import { findFigures } from './figures';
import { clauseAround, clipWords, collapse, compressNames, predicateAfter, resolutionAction } from './context';

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

function collapseWithMap(raw: string, start: number): Sentence {
  // Most sentences are already single-spaced: no map needed.
  if (!/\s\s|[\n\t\r\u00a0]/.test(raw)) return { text: raw, map: null, start };
  const map = new Int32Array(raw.length + 1);
  let out = '';
  let space = false;
  for (let i = 0; i < raw.length; i++) {
    map[i] = out.length;
    const c = raw[i] as string;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0') {
      space = true;
      continue;
    }
    if (space && out.length > 0) {
      out += ' ';
      map[i] = out.length;
    }
    space = false;
    out += c;
  }
  map[raw.length] = out.length;
  return { text: out, map, start };
}

const URL = /\b(?:https?:\/\/|www\.)[^\s)>\]]+/g;

/** Finds every date, Security Council resolution and figure in a briefing. Never throws on text input. */
export function extractFacts(input: string, options: ExtractOptions = {}): Fact[] {
  const format = options.format ?? 'text';
  const source = format === 'html' ? htmlToText(input) : input;
  let scan = format === 'markdown' ? maskMarkdown(source) : source;
  // Web addresses carry dates and numbers that are about the page.
  scan = scan.replace(URL, (u) => ' '.repeat(u.length));
  const spans = splitSentences(scan, source);
  const usable = spans.map((s) => !isBoilerplate(scan.slice(s.start, s.end)));

  const resolutions = findResolutions(scan).filter((r) => {
    const si = sentenceIndexAt(spans, r.start);
    return si >= 0 && usable[si] === true;
  });
  const resBySentence = new Map<number, ResolutionMatch[]>();
  for (const r of resolutions) {
    const si = sentenceIndexAt(spans, r.start);
    const list = resBySentence.get(si);
    if (list) list.push(r);
    else resBySentence.set(si, [r]);
  }
  const dates = findDates(scan, spans, usable, resBySentence);
  const datesBySentence = new Map<number, { start: number; end: number }[]>();
  for (const d of dates) {
    const list = datesBySentence.get(d.sentence);
    if (list) list.push(d);
    else datesBySentence.set(d.sentence, [d]);
  }

  const facts: Fact[] = [];
  const sentenceCache = new Map<number, Sentence>();
  const sentenceOf = (si: number): Sentence => {
    let s = sentenceCache.get(si);
    if (!s) {
      const span = spans[si] as SentenceSpan;
      s = collapseWithMap(scan.slice(span.start, span.end), span.start);
      sentenceCache.set(si, s);
    }
    return s;
  };
  const rel = (s: Sentence, offset: number): number => {
    const i = Math.max(0, Math.min(s.text.length, offset - s.start));
    return s.map ? (s.map[Math.min(s.map.length - 1, offset - s.start)] ?? 0) : i;
  };
  const seen = new Map<string, number>();
  const push = (
    kind: FactKind,
    value: string | number,
    start: number,
    end: number,
    si: number,
    about: string,
    focus: { start: number; end: number },
    extra: Partial<Fact>,
  ): void => {
    const s = sentenceOf(si);
    const base = `${options.docId ? options.docId + ':' : ''}${kind}:${value}:${hash32(s.text)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const fact: Fact = {
      id: n === 1 ? base : `${base}:${n}`,
      kind,
      value,
      text: source.slice(start, end),
      start,
      end,
      sentence: s.text,
      about,
      focus: { start: rel(s, focus.start), end: rel(s, focus.end) },
      ...extra,
    };
    if (options.docId !== undefined) fact.docId = options.docId;
    facts.push(fact);
  };

  for (const [si, list] of resBySentence) {
    const s = sentenceOf(si);
    let prevEnd = 0;
    let prevAction = '';
    for (const r of list) {
      const a = rel(s, r.start);
      const b = rel(s, r.end);
      // The second number of `resolutions 425 and 426` did what the list did.
      const inList = prevEnd > 0 && /^\s*(?:,|and|&|,\s*and)\s*$/.test(s.text.slice(prevEnd, a));
      let action = resolutionAction(s.text.slice(prevEnd, a), s.text.slice(b));
      if (inList && prevAction) action = prevAction;
      if (inList && !prevAction) {
        // Later numbers of a list may carry the list's action: apply it back to the first.
        const last = facts[facts.length - 1];
        if (action && last && last.kind === 'resolution' && !/^(?:\w+ly\s+)?[a-z]+ed\b/.test(last.about)) last.about = action;
      }
      prevAction = action;
      const clause = clauseAround(s.text, a, b);
      const about = action || clipWords(compressNames(s.text.slice(clause.start, clause.end)).replace(/[.,;:|\s]+$/, ''), 18);
      push('resolution', r.value, r.start, r.end, si, about, { start: r.valueStart, end: r.valueEnd }, {});
      prevEnd = b;
    }
  }

  for (const d of dates) {
    const s = sentenceOf(d.sentence);
    const a = rel(s, d.start);
    const b = rel(s, d.end);
    const text = source.slice(d.start, d.end);
    const lead = /^(?:the\s+)?(?:end|beginning|start|middle|mid|early|late)(?:\s+of)?\s+/i.exec(text);
    const focusStart = d.start + (lead ? lead[0].length : 0);
    push('date', d.value, d.start, d.end, d.sentence, dateAbout(s.text, a, b), { start: focusStart, end: d.end }, {
      precision: d.precision,
    });
  }

  for (let si = 0; si < spans.length; si++) {
    if (!usable[si]) continue;
    const span = spans[si] as SentenceSpan;
    const found = findFigures(scan, span.start, span.end);
    if (found.length === 0) continue;
    const blocked = [...(resBySentence.get(si) ?? []), ...(datesBySentence.get(si) ?? [])];
    for (const f of found) {
      if (blocked.some((x) => x.start < f.valueEnd && f.valueStart < x.end)) continue;
      const s = sentenceOf(si);
      const pred = predicateAfter(s.text, rel(s, f.unitEnd));
      let about = compressNames(pred ? `${f.unit} ${pred}` : f.unit);
      if (!pred) {
        const a = rel(s, f.start);
        const clause = clauseAround(s.text, a, rel(s, f.end));
        const pre = compressNames(collapse(s.text.slice(clause.start, a))).replace(/^.*[,]\s*/, '');
        const words = pre.split(' ').filter(Boolean);
        const last = (words[words.length - 1] ?? '').toLowerCase();
        const lowered = /^[A-Z][a-z]/.test(pre) ? pre[0]?.toLowerCase() + pre.slice(1) : pre;
        if (words.length >= 2 && words.length <= 10 && !WEAK_END.has(last)) about = `${f.unit} that ${lowered}`;
      }
      const extra: Partial<Fact> = { unit: f.unit };
      if (f.ordinal) extra.ordinal = true;
      if (f.qualifier) extra.qualifier = f.qualifier;
      push('figure', f.value, f.start, f.end, si, about, { start: f.valueStart, end: f.valueEnd }, extra);
    }
  }
  facts.sort((x, y) => x.start - y.start || x.end - y.end);
  return facts;
}

const WEAK_END = new Set([
  'the', 'of', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'and', 'or', 'from', 'than', 'some',
  'only', 'one', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'all', 'about', 'over',
  'under', 'into', 'between', 'among', 'during', 'since', 'after', 'before', 'was', 'were', 'is', 'are',
]);

const CONNECTOR =
  /(?:\b(?:on|in|of|since|by|from|until|till|before|after|as\s+of|dated|at|during|through)\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+)?(?:(?:early|late|mid)[\s-]?)?)$/i;

/** The event a date stands for: its clause with the date and its preposition taken out. */
function dateAbout(sentence: string, from: number, to: number): string {
  const clause = clauseAround(sentence, from, to);
  let before = sentence.slice(clause.start, from);
  const conn = CONNECTOR.exec(before);
  if (conn) before = before.slice(0, conn.index);
  let after = sentence.slice(to, clause.end);
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
