// A cleaned document becomes a `Course` the app already reads: lessons with key points, a glossary
// from the acronyms the text defines, and the source it came from.
import type { Course, GlossaryEntry, Lesson } from '../course';
import { extractFacts } from '../facts';
import { markdownToText } from '../markup';
import { splitSentences } from '../sentences';
import { hash32 } from '../hash';
import { parseDateInput } from '../dates';
import type { Fact } from '../types';
import { splitLessons, wordCount } from './split';

/** Where an imported course came from, shown on its card. */
export interface ImportSource {
  fileName: string;
  /** The document's own title, as found (the course title starts as this and can be renamed). */
  documentTitle: string;
  /** ISO day the document says it was published or modified, when it says so. */
  documentDate?: string;
  importedAt: number;
}

export interface BuiltCourse {
  course: Course;
  source: ImportSource;
  /** Facts found, lesson by lesson; empty when the document holds none (no quiz can be made yet). */
  facts: Fact[];
  factCount: number;
}

export interface BuildInput {
  fileName: string;
  /** The cleaned document, as Markdown. */
  markdown: string;
  /** A title the format itself gives (a PDF's or web page's title), used when the text has no heading. */
  title?: string;
  /** The raw text before clean-up: where a "Last modified" line may give the document's date. */
  original?: string;
}

/** A course id from the file's contents: the same document imported twice gets the same id. */
export function importedCourseId(contentHash: string): string {
  return `imported-${contentHash}`;
}

/** Builds a course from a cleaned document. Pure: `now` is the import time. */
export function buildCourse(input: BuildInput, options: { now: number; contentHash?: string }): BuiltCourse {
  const split = splitLessons(input.markdown);
  const hash = options.contentHash ?? hash32(input.markdown);
  const id = importedCourseId(hash);
  const title = tidyTitle(split.title ?? input.title ?? titleFromFileName(input.fileName));

  const allFacts: Fact[] = [];
  const used = new Set<string>();
  const lessons: Lesson[] = split.sections.map((section, index) => {
    const order = index + 1;
    const lessonTitle = tidyTitle(section.title || titleFromText(section.body) || `Part ${order}`);
    let lessonId = `${id}-${String(order).padStart(2, '0')}`;
    const words = slugWords(lessonTitle);
    if (words) lessonId += `-${words}`;
    while (used.has(lessonId)) lessonId += '-x';
    used.add(lessonId);
    const facts = extractFacts(section.body, { docId: lessonId, format: 'markdown' });
    allFacts.push(...facts);
    const keyPoints = keyPointsOf(section.body, facts);
    const body = `${section.body.trim()}\n\n## Key points\n\n${keyPoints.map((p) => `- ${p}`).join('\n')}\n`;
    return {
      id: lessonId,
      title: lessonTitle,
      order,
      objectives: [`Know the facts that “${lessonTitle}” gives.`],
      minutes: Math.max(1, Math.round(wordCount(section.body) / 200)),
      body,
      keyPoints,
      file: `${lessonId}.md`,
    };
  });

  const text = markdownToText(input.markdown);
  const documentDate = findDocumentDate(input.original ?? input.markdown);
  const course: Course = {
    manifest: {
      id,
      title,
      version: '1.0.0',
      summary: summaryOf(text, lessons.length, allFacts.length),
      lessons: lessons.map((l) => l.id),
    },
    lessons,
    glossary: glossaryOf(text),
  };
  const source: ImportSource = {
    fileName: input.fileName,
    documentTitle: title,
    importedAt: options.now,
    ...(documentDate ? { documentDate } : {}),
  };
  return { course, source, facts: allFacts, factCount: allFacts.length };
}

/** The (up to three) sentences that carry the most facts, in reading order; the opening sentences when none carries one. */
export function keyPointsOf(body: string, facts: readonly Fact[]): string[] {
  const bySentence = new Map<string, number>();
  for (const f of facts) bySentence.set(f.sentence, (bySentence.get(f.sentence) ?? 0) + 1);
  let chosen = [...bySentence.entries()]
    .map(([sentence, n], index) => ({ sentence, n, index }))
    .sort((a, b) => b.n - a.n || a.index - b.index)
    .slice(0, 3)
    .sort((a, b) => a.index - b.index)
    .map((c) => c.sentence);
  if (chosen.length === 0) chosen = sentencesOf(markdownToText(body)).slice(0, 2);
  const points = chosen.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return points.length ? points : ['This part of the briefing holds no dated event, resolution or figure.'];
}

function sentencesOf(text: string): string[] {
  return splitSentences(text)
    .map((s) => text.slice(s.start, s.end).trim())
    .filter((s) => wordCount(s) >= 4 && !/^#/.test(s));
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'de', 'des', 'du', 'la', 'le', 'pour', 'et', 'en', 'al', '&']);

/**
 * Acronyms the text defines as `Long Name (ACR)`: the long name's capitalised words (with small
 * connecting words) whose initials spell the acronym, allowing connecting words to count or not.
 */
export function glossaryOf(text: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  const re = /\(([A-Z][A-Za-z]{0,2}[A-Z0-9&]{1,9})\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const acronym = m[1]!;
    if (seen.has(acronym) || /^\d/.test(acronym)) continue;
    const before = text.slice(Math.max(0, m.index - 160), m.index).trimEnd();
    const words = before.split(/\s+/);
    const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
    for (let take = 1; take <= Math.min(words.length, 10); take++) {
      const cleaned = words.slice(words.length - take).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}\p{N}'’-]+$/gu, ''));
      if (cleaned.some((w) => w === '') || /[.;:!?]$/.test(words[words.length - take]!)) break;
      const first = cleaned[0]!;
      if (!/^\p{Lu}/u.test(first) || CONNECTORS.has(first.toLowerCase())) continue;
      if (spells(letters, cleaned.map((w) => w.toUpperCase()), 0, 0, 1)) {
        const long = cleaned.join(' ');
        seen.add(acronym);
        entries.push({ term: acronym, aliases: [long], definition: `${long}.` });
        break;
      }
    }
  }
  return entries.sort((a, b) => a.term.localeCompare(b.term));
}

/**
 * Whether the acronym is the words' prefixes in order (`UNFICYP`: United, Nations, Force, In, CYPrus):
 * the first and last words give at least their initial, connecting words may give nothing, and one
 * other word at most may be left out (`Peacekeeping` in `United Nations Peacekeeping Force in Cyprus`).
 */
function spells(letters: string, words: readonly string[], li: number, wi: number, skips: number): boolean {
  if (wi === words.length) return li === letters.length;
  const word = words[wi]!;
  const last = wi === words.length - 1;
  for (let n = Math.min(word.length, letters.length - li); n >= 1; n--) {
    if (word.startsWith(letters.slice(li, li + n)) && spells(letters, words, li + n, wi + 1, skips)) return true;
  }
  if (wi === 0 || last) return false;
  if (CONNECTORS.has(word.toLowerCase())) return spells(letters, words, li, wi + 1, skips);
  return skips > 0 && spells(letters, words, li, wi + 1, skips - 1);
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE_LINE = new RegExp(
  String.raw`\b(?:last\s+(?:modified|updated|reviewed)|published|updated|modified|dated?|issued)\b\s*(?:on|:)?\s*((?:\d{1,2}\s+(?:${MONTHS})\s+\d{4})|(?:(?:${MONTHS})\s+\d{1,2},?\s+\d{4})|\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})`,
  'i',
);

/** The date the document gives itself (`Page last modified: 3 May 2024`, `Published 2024-05-03`), as an ISO day. */
export function findDocumentDate(text: string): string | undefined {
  const m = DATE_LINE.exec(text);
  if (!m) return undefined;
  const raw = m[1]!;
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(raw);
  if (dmy) return isoDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const parsed = parseDateInput(raw);
  return parsed?.precision === 'day' ? parsed.value : undefined;
}

function isoDay(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

function summaryOf(text: string, lessons: number, facts: number): string {
  const first = sentencesOf(text)[0];
  const opening = first ? (first.length > 220 ? `${first.slice(0, 217).trimEnd()}…` : first) : '';
  const counts = `Imported briefing: ${lessons} ${lessons === 1 ? 'lesson' : 'lessons'}, ${facts} ${facts === 1 ? 'fact' : 'facts'} to quiz on.`;
  return opening ? `${opening} ${counts}` : counts;
}

function titleFromFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '').replace(/[_-]+/g, ' ').trim();
  return base ? base.charAt(0).toUpperCase() + base.slice(1) : 'Imported briefing';
}

/** A lesson title for a part with no heading: the opening words of its first sentence. */
function titleFromText(body: string): string {
  const first = sentencesOf(markdownToText(body))[0] ?? '';
  const words = first.replace(/[.!?:;]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  return words.length <= 8 ? words.join(' ') : `${words.slice(0, 7).join(' ')}…`;
}

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

function tidyTitle(title: string): string {
  let t = title.replace(/[*_`#]+/g, '').replace(/\s+/g, ' ').trim();
  // A title set in capitals reads as shouting once it stands beside the others.
  if (/\p{Lu}{4}/u.test(t) && t === t.toUpperCase()) {
    t = t
      .toLowerCase()
      .split(' ')
      .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
      .join(' ');
  }
  return t.length > 120 ? `${t.slice(0, 117).trimEnd()}…` : t || 'Untitled';
}

function slugWords(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 5)
    .join('-');
}
