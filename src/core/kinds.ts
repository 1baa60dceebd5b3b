// extractWordFacts: the names, acronyms and list items of a briefing, beside the numbers that
// extractFacts finds. Rule-based (capitalised runs, a stop list, a small gazetteer): see names.ts.
import type { Fact, FactKind } from './types';
import type { DocumentFormat } from './facts';
import { fnv1a, hex32 } from './hash';
import { htmlToText, maskMarkdown } from './markup';
import { splitSentences } from './sentences';
import { blankDatelines, isBoilerplate } from './boilerplate';
import { clauseAround, clipWords } from './context';
import { findNames, knownCapitals } from './names';
import { findAcronyms } from './acronyms';
import { findBulletLists, findInlineList } from './lists';

export interface WordFactOptions {
  docId?: string;
  format?: DocumentFormat;
}

/** Inputs larger than this are read for numbers only: word facts are for lessons and briefings. */
const MAX_CHARS = 400_000;
const MAX_SENTENCE = 3000;

interface Collapsed {
  text: string;
  /** For each offset in `text`, the offset in the raw sentence. */
  back: number[];
}

function collapse(raw: string): Collapsed {
  let text = '';
  const back: number[] = [];
  let space = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (/\s/.test(c)) {
      space = text.length > 0;
      continue;
    }
    if (space) {
      text += ' ';
      back.push(i - 1);
      space = false;
    }
    text += c;
    back.push(i);
  }
  back.push(raw.length);
  return { text, back };
}

const REFERENCES = /^[ \t]*(?:#{1,6}[ \t]+)?(?:references|notes|notes and references|sources|bibliography|citations|footnotes|works cited|further reading|external links|see also)[ \t]*:?[ \t]*$/gim;

/** Where a document lists its sources or links (their titles and publishers name no fact): to the next heading. */
function referenceSections(source: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of source.matchAll(REFERENCES)) {
    const after = m.index + m[0].length;
    const next = /^[ \t]*#{1,6}[ \t]/m.exec(source.slice(after));
    out.push({ start: m.index, end: next ? after + next.index : source.length });
  }
  return out;
}

// A line that starts with a label (`Duration: July 2000 – July 2008`) in a fact sheet stands on its
// own, though no full stop ends the line before it: joined, one boilerplate label hides the other line.
const LABEL_LINE = /\n(?=[ \t]*\p{Lu}[\p{L} ]{0,30}:[ \t])/gu;

function splitAtLabels(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(LABEL_LINE)) {
    const at = span.start + m.index;
    if (at > from) out.push({ start: from, end: at });
    from = at + 1;
  }
  if (span.end > from) out.push({ start: from, end: span.end });
  return out;
}

/** Finds names, acronyms with their long forms, and list items. Never throws on text input. */
export function extractWordFacts(input: string, options: WordFactOptions = {}): Fact[] {
  const format = options.format ?? 'text';
  const source = format === 'html' ? htmlToText(input) : input;
  if (source.length > MAX_CHARS) return [];
  const scan = blankDatelines(format === 'markdown' ? maskMarkdown(source) : source);
  const docId = options.docId;
  const prefix = docId ? docId + ':' : '';
  const facts: Fact[] = [];
  const ids = new Map<string, number>();
  const idOf = (kind: FactKind, value: string, sentence: string): string => {
    const base = `${prefix}${kind}:${value}:${hex32(fnv1a(sentence))}`;
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}:${n}`;
  };
  const push = (f: Omit<Fact, 'id' | 'docId'>): void => {
    const fact: Fact = { id: idOf(f.kind, String(f.value), f.sentence), ...f };
    if (docId !== undefined) fact.docId = docId;
    facts.push(fact);
  };

  const references = referenceSections(source);
  const spans = splitSentences(scan, source).flatMap((s) => splitAtLabels(scan, s)).filter((s) => {
    if (references.some((r) => s.start >= r.start && s.start < r.end)) return false;
    const lineStart = source.lastIndexOf('\n', s.start - 1) + 1;
    // Headings title a section; they are not statements to ask about.
    return !/^[ \t]*#/.test(source.slice(lineStart, s.start + 1)) && !isBoilerplate(scan.slice(s.start, s.end));
  });
  const sentences = spans.map((s) => ({ span: s, c: collapse(scan.slice(s.start, s.end)) }));
  const known = knownCapitals(sentences.map((s) => s.c.text).filter((t) => t.length <= MAX_SENTENCE));
  const listed = findBulletLists(format === 'markdown' ? source : source);
  const at = (s: { span: { start: number }; c: Collapsed }, i: number): number => s.span.start + (s.c.back[i] as number);

  for (const s of sentences) {
    const text = s.c.text;
    // Very long "sentences" are tables or garbled text: nothing a question could quote.
    if (text.length < 3 || text.length > MAX_SENTENCE) continue;
    for (const a of findAcronyms(text)) {
      const start = at(s, a.start);
      const end = at(s, a.end - 1) + 1;
      push({ kind: 'acronym', value: a.value, text: source.slice(start, end), start, end, sentence: text, about: a.expansion, expansion: a.expansion, focus: { start: a.start, end: a.end } });
    }
    for (const n of findNames(text, known)) {
      const start = at(s, n.start);
      const end = at(s, n.end - 1) + 1;
      const clause = clauseAround(text, n.start, n.end);
      const about = clipWords(text.slice(clause.start, clause.end).replace(/[.,;:\s]+$/, ''), 28);
      push({ kind: 'name', value: n.value, text: source.slice(start, end), start, end, sentence: text, about, nameType: n.nameType, focus: { start: n.start, end: n.end } });
    }
    if (/:\s*$/.test(text)) continue;
    for (const item of findInlineList(text)) {
      const start = at(s, item.start);
      const end = at(s, item.end - 1) + 1;
      push({ kind: 'list', value: item.value, text: source.slice(start, end), start, end, sentence: text, about: item.lead, list: item.lead, focus: { start: item.start, end: item.end } });
    }
  }
  for (const item of listed) {
    const sentence = `${item.lead} … ${item.value}`;
    push({ kind: 'list', value: item.value, text: source.slice(item.start, item.end), start: item.start, end: item.end, sentence, about: item.lead, list: item.list });
  }
  return facts.sort((a, b) => a.start - b.start || b.end - a.end);
}
