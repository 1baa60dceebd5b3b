// Lesson Markdown → sanitised HTML, with every fact marked and glossary terms given definitions.
//
// Facts are spans of the Markdown source. They are carried through markdown-it as private-use
// sentinel characters inserted at their offsets, then turned into <mark> elements in the HTML.
// Raw HTML in a lesson is never rendered (html: false), and the result goes through DOMPurify
// allowing only the elements and attributes produced here.
import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';
import type { GlossaryEntry } from '../../../core/course';
import type { Fact, FactKind } from '../../../core/types';
import { anchorMaker, slugify } from '../../../core/search-text';
import { factElementId, sectionElementId } from './lesson-ids';

export { factElementId, sectionElementId } from './lesson-ids';

/** A heading of the rendered lesson, for anchors (`at=`) and the outline. */
export interface RenderedHeading {
  anchor: string;
  text: string;
  level: number;
}

export interface RenderedLesson {
  /** The teaching text (everything before `## Key points`). */
  html: string;
  /** The key points list, without its heading; empty when the lesson has none. */
  keyPointsHtml: string;
  /** Anchor of the `## Key points` heading, or null when there is none. */
  keyPointsAnchor: string | null;
  headings: RenderedHeading[];
  /** Ids of the facts that were marked, in reading order. */
  markedFacts: string[];
}

export interface RenderOptions {
  facts?: readonly Fact[];
  glossary?: readonly GlossaryEntry[];
}

export const FACT_LABELS: Record<FactKind, string> = {
  date: 'Date',
  resolution: 'Resolution',
  figure: 'Figure',
  name: 'Name',
  acronym: 'Acronym',
  list: 'List item',
  term: 'Term',
};

/**
 * The facts a lesson marks: every number and acronym, and each name where it first appears (the
 * mission's name in every sentence would bury the rest). List items and terms are not marked:
 * a whole bullet would be one mark, and the glossary marks its terms itself.
 */
export function markableFacts(facts: readonly Fact[]): Fact[] {
  const named = new Set<string>();
  return facts.filter((f) => {
    if (f.kind === 'list' || f.kind === 'term') return false;
    if (f.kind !== 'name') return true;
    const key = String(f.value);
    if (named.has(key)) return false;
    named.add(key);
    return true;
  });
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const END_INDEX = '\uE002';
const DIGIT0 = 0xe010;
/** Every character this module uses as a sentinel (and then some), raw and percent-encoded in URLs. */
const SENTINELS = /[\uE000-\uE01F]/g;
const ENCODED_SENTINELS = /%EE%80%[89][0-9A-F]/gi;
const SENTINEL_RUN = /\uE000([\uE010-\uE019]+)\uE002|\uE001/g;

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

const ALLOWED_TAGS = [
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'em', 'strong', 's', 'code', 'pre', 'blockquote',
  'a', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'mark', 'span', 'button',
];
const ALLOWED_ATTR = ['id', 'class', 'href', 'title', 'start', 'type', 'role', 'aria-describedby', 'data-fact', 'data-term'];

const SAFE_HREF = /^(?:https:\/\/[^/]|#)/i;

type Purifier = ReturnType<typeof DOMPurify>;
/** The DOM DOMPurify needs: a browser's window, or jsdom's. */
export type PurifyWindow = NonNullable<Parameters<typeof DOMPurify>[0]>;
const purifiers = new WeakMap<object, Purifier>();

function sanitize(html: string, win: PurifyWindow): string {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win);
    purifiers.set(win, purifier);
    // Links may only go to the web over https (opened in the system browser) or to a place in the app (#/…):
    // a relative or protocol-relative link from a course file would take the app's only window elsewhere.
    purifier.addHook('afterSanitizeAttributes', (node) => {
      const href = node.getAttribute('href');
      if (href !== null && !SAFE_HREF.test(href)) node.removeAttribute('href');
    });
  }
  // Without a DOM, DOMPurify hands its input back untouched: refuse rather than render that.
  if (!purifier.isSupported) throw new Error('Dossier: cannot sanitise lesson HTML without a DOM');
  return purifier.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false });
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const KEY_POINTS = /^##[ \t]+Key points[ \t]*#*[ \t]*$/im;

/**
 * Renders a lesson body: the teaching text with its facts and glossary terms marked, and the key points.
 * `win` is the DOM DOMPurify works in: the page's `window`, or (for the build's pre-rendering) jsdom's.
 */
export function renderLesson(body: string, options: RenderOptions = {}, win: PurifyWindow = globalThis as unknown as PurifyWindow): RenderedLesson {
  // A stray sentinel in the file would be mistaken for ours: swap it for a same-length character so offsets hold.
  const source = body.replace(SENTINELS, '\uFFFD');
  const split = KEY_POINTS.exec(source);
  const teaching = split ? source.slice(0, split.index) : source;
  const keyPoints = split ? source.slice(split.index + split[0].length) : '';

  const facts = usableFacts(teaching, markableFacts([...(options.facts ?? [])].sort((a, b) => a.start - b.start)));
  const anchor = anchorMaker();
  const headings: RenderedHeading[] = [];
  const terms = new TermMarker(options.glossary ?? []);

  let html = renderMarkdown(withSentinels(teaching, facts), anchor, headings);
  html = terms.mark(placeFacts(html, facts));

  let keyPointsAnchor: string | null = null;
  let keyPointsHtml = '';
  if (split) {
    keyPointsAnchor = anchor('Key points');
    headings.push({ anchor: keyPointsAnchor, text: 'Key points', level: 2 });
    keyPointsHtml = sanitize(terms.mark(stripSentinels(renderMarkdown(keyPoints, anchor, headings))), win);
  }
  return {
    html: sanitize(stripSentinels(html), win),
    keyPointsHtml,
    keyPointsAnchor,
    headings,
    markedFacts: facts.map((f) => f.id),
  };
}

/** Facts whose span still matches the text, in order, without overlaps (the earlier, then longer, wins). */
function usableFacts(text: string, facts: readonly Fact[]): Fact[] {
  const valid = facts
    .filter((f) => f.start >= 0 && f.end > f.start && text.slice(f.start, f.end) === f.text)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Fact[] = [];
  for (const fact of valid) {
    const last = kept[kept.length - 1];
    if (!last || fact.start >= last.end) kept.push(fact);
  }
  return kept;
}

const encodeIndex = (i: number): string =>
  [...String(i)].map((d) => String.fromCharCode(DIGIT0 + Number(d))).join('');

function withSentinels(text: string, facts: readonly Fact[]): string {
  let out = text;
  // From the end backwards, so earlier offsets stay valid.
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i]!;
    out = out.slice(0, f.start) + OPEN + encodeIndex(i) + END_INDEX + out.slice(f.start, f.end) + CLOSE + out.slice(f.end);
  }
  return out;
}

function renderMarkdown(src: string, anchor: (text: string) => string, headings: RenderedHeading[]): string {
  const tokens = md.parse(src, {});
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const inline = tokens[i + 1];
    const text = (inline?.children ?? [])
      .filter((c) => c.type === 'text' || c.type === 'code_inline')
      .map((c) => c.content)
      .join('')
      .replace(SENTINELS, '')
      .trim();
    // The page's title is the only h1.
    const level = Math.max(2, Number(token.tag.slice(1)));
    token.tag = `h${level}`;
    const close = tokens.slice(i + 1).find((t) => t.type === 'heading_close');
    if (close) close.tag = token.tag;
    const id = anchor(text);
    token.attrSet('id', sectionElementId(id));
    headings.push({ anchor: id, text, level });
  });
  return md.renderer.render(tokens, md.options, {});
}

const stripSentinels = (s: string): string => s.replace(SENTINELS, '').replace(ENCODED_SENTINELS, '');

function factOpenTag(fact: Fact, first: boolean): string {
  const id = escapeHtml(fact.id);
  const attrs = `class="fact fact-${fact.kind}${first ? '' : ' fact-continued'}" data-fact="${id}"${first ? ` id="${escapeHtml(factElementId(fact.id))}"` : ''}`;
  return `<mark ${attrs}>${first ? `<span class="visually-hidden">${FACT_LABELS[fact.kind]}: </span>` : ''}`;
}

/**
 * Turns the sentinels in rendered HTML into <mark> elements. A fact that spans a tag (say, half in
 * bold) is closed before the tag and continued after it, so the marks always nest properly.
 */
function placeFacts(html: string, facts: readonly Fact[]): string {
  let open: Fact | null = null;
  let continued = false;
  let out = '';
  for (const part of html.split(/(<[^>]*>)/)) {
    if (part.startsWith('<')) {
      if (open && !continued) {
        out += '</mark>';
        continued = true;
      }
      out += stripSentinels(part);
      continue;
    }
    let at = 0;
    for (const m of part.matchAll(SENTINEL_RUN)) {
      const chunk = part.slice(at, m.index);
      if (chunk && open && continued) {
        out += factOpenTag(open, false);
        continued = false;
      }
      out += chunk;
      at = m.index + m[0].length;
      if (m[1] !== undefined) {
        const index = Number([...m[1]].map((c) => c.charCodeAt(0) - DIGIT0).join(''));
        const fact = facts[index];
        if (!fact || open) continue;
        open = fact;
        continued = false;
        out += factOpenTag(fact, true);
      } else if (open) {
        if (!continued) out += '</mark>';
        open = null;
        continued = false;
      }
    }
    const rest = part.slice(at);
    if (rest && open && continued) {
      out += factOpenTag(open, false);
      continued = false;
    }
    out += rest;
  }
  if (open && !continued) out += '</mark>';
  return out;
}

/** Tags whose text never gets a glossary term: facts, links, code, headings and the terms themselves. */
const NO_TERMS = new Set(['mark', 'a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button']);

/**
 * Marks the first occurrence of each glossary entry (by its term or any alias: case-insensitive,
 * whole words) with a button described by a tooltip holding the definition. Remembers what it marked
 * across calls, so one lesson rendered in parts still marks each entry once.
 */
class TermMarker {
  readonly #pattern: RegExp | null;
  readonly #entryByName = new Map<string, GlossaryEntry>();
  readonly #done = new Set<GlossaryEntry>();
  #count = 0;

  constructor(glossary: readonly GlossaryEntry[]) {
    const names: string[] = [];
    for (const entry of glossary) {
      for (const name of [entry.term, ...entry.aliases]) {
        const key = escapeHtml(name.trim().replace(/\s+/g, ' ')).toLowerCase();
        if (!key || this.#entryByName.has(key)) continue;
        this.#entryByName.set(key, entry);
        names.push(key);
      }
    }
    names.sort((a, b) => b.length - a.length);
    const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    this.#pattern = alternatives.length
      ? new RegExp(`(?<![\\p{L}\\p{N}&#])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
      : null;
  }

  mark(html: string): string {
    const pattern = this.#pattern;
    if (!pattern) return html;
    let blocked = 0;
    return html
      .split(/(<[^>]*>)/)
      .map((part) => {
        if (part.startsWith('<')) {
          const tag = /^<(\/?)([a-z0-9]+)/i.exec(part);
          if (tag && NO_TERMS.has(tag[2]!.toLowerCase())) blocked += tag[1] ? -1 : 1;
          return part;
        }
        if (blocked > 0 || !part) return part;
        return part.replace(pattern, (match) => {
          const entry = this.#entryByName.get(match.replace(/\s+/g, ' ').toLowerCase());
          if (!entry || this.#done.has(entry)) return match;
          this.#done.add(entry);
          return this.#termHtml(match, entry);
        });
      })
      .join('');
  }

  #termHtml(shown: string, entry: GlossaryEntry): string {
    const id = `def-${++this.#count}`;
    return (
      `<span class="term-wrap">` +
      `<button type="button" class="term" aria-describedby="${id}" data-term="${escapeHtml(slugify(entry.term))}">${shown}</button>` +
      `<span class="term-tip" role="tooltip" id="${id}">${escapeHtml(entry.definition)}</span>` +
      `</span>`
    );
  }
}
