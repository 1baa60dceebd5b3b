// Text helpers shared by the lesson renderer and the search index: folding for matching, heading
// anchors that both agree on, lesson sections, and result snippets.
import { markdownToText } from './markup';

/** Lower-cases and strips diacritics, so `Sévaré` and `SEVARE` compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

// A number written with thousands grouping (`11,200`, `11 200`, `11.200`, with a thin or no-break
// space too), never part of a longer number.
const GROUPED_NUMBER = /(?<![\p{N},.])\p{N}{1,3}(?:[,.\u00a0\u202f ]\p{N}{3})+(?![\p{N}]|[,.]\p{N})/gu;
const SEPARATORS = /[,.\u00a0\u202f ]/g;

/** Writes grouped numbers without their separators, so `11,200`, `11 200` and `11200` are one word. */
export function joinNumberGroups(text: string): string {
  return text.replace(GROUPED_NUMBER, (n) => n.replace(SEPARATORS, ''));
}

/** The words of a text for searching: grouped numbers kept whole, everything else split at non-letters. */
export function searchWords(text: string): string[] {
  return joinNumberGroups(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether a search term is a number: numbers match whole, never as a prefix or a near miss (`2100` is not `200`). */
export const isNumberTerm = (term: string): boolean => /^\p{N}+$/u.test(term);

/** A URL-safe anchor for a heading: `Where the mission would be based` → `where-the-mission-would-be-based`. */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Gives each heading of one lesson a unique anchor, in document order: a repeated heading gets
 * `-2`, `-3`… The renderer and the search index both walk headings through one of these.
 */
export function anchorMaker(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = slugify(heading) || 'section';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}

/** One `##` section of a lesson, as plain text. */
export interface LessonSection {
  /** The heading's anchor; empty for the text before the first heading. */
  anchor: string;
  /** The heading as text; empty for the text before the first heading. */
  heading: string;
  text: string;
  /** The closing `## Key points` section, which only repeats the lesson. */
  keyPoints: boolean;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;

/** The plain text of a heading's inline Markdown: `[Gao](http://x)` → `Gao`. */
export function headingText(inline: string): string {
  return inline
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/**
 * Splits a lesson body at its `##` headings. Every heading, of any level, takes an anchor in order,
 * so the anchors match the ids the renderer gives the same headings.
 */
export function lessonSections(body: string): LessonSection[] {
  const anchor = anchorMaker();
  const sections: { anchor: string; heading: string; lines: string[] }[] = [{ anchor: '', heading: '', lines: [] }];
  let fence: string | null = null;
  for (const line of body.split(/\r\n|\n|\r/)) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) fence = fence === null ? fenceMatch[1]! : fence === fenceMatch[1] ? null : fence;
    const heading = fence === null && !fenceMatch ? HEADING.exec(line) : null;
    if (heading) {
      const text = headingText(heading[2]!);
      const id = anchor(text);
      // Only level 1 and 2 headings start a section; deeper ones stay inside theirs.
      if (heading[1]!.length <= 2) {
        sections.push({ anchor: id, heading: text, lines: [] });
        continue;
      }
    }
    sections[sections.length - 1]!.lines.push(line);
  }
  return sections
    .map((s) => ({
      anchor: s.anchor,
      heading: s.heading,
      text: markdownToText(s.lines.join('\n')).replace(/\s+/g, ' ').trim(),
      keyPoints: s.heading.toLowerCase() === 'key points',
    }))
    .filter((s) => s.anchor !== '' || s.text !== '');
}

/** A run of snippet text; `hit` runs are the words the search matched. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * A short excerpt of `text` around the first word that folds to one of `terms` (already folded),
 * split into parts so the matched words can be shown as such. Starts at the beginning when no word matches.
 */
export function snippet(text: string, terms: readonly string[], maxLength = 160): SnippetPart[] {
  const wanted = new Set(terms);
  // A grouped number is one word here too, so `2100` never lights up the `200` of `11,200`.
  const words = [...text.matchAll(new RegExp(`${GROUPED_NUMBER.source}|[\\p{L}\\p{N}]+`, 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    hit: wanted.has(foldText(joinNumberGroups(m[0]))),
  }));
  const first = words.find((w) => w.hit);
  let from = 0;
  if (first && first.end > maxLength * 0.7) {
    from = Math.max(0, first.start - Math.floor(maxLength / 3));
    const wordStart = words.find((w) => w.start >= from);
    from = wordStart ? wordStart.start : from;
  }
  let to = Math.min(text.length, from + maxLength);
  if (to < text.length) {
    const lastWhole = words.filter((w) => w.end <= to).pop();
    if (lastWhole && lastWhole.end > from) to = lastWhole.end;
  }

  const parts: SnippetPart[] = [];
  const push = (chunk: string, hit: boolean): void => {
    if (!chunk) return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += chunk;
    else parts.push({ text: chunk, hit });
  };
  if (from > 0) push('… ', false);
  let at = from;
  for (const w of words) {
    if (!w.hit || w.start < from || w.end > to) continue;
    push(text.slice(at, w.start), false);
    push(text.slice(w.start, w.end), true);
    at = w.end;
  }
  push(text.slice(at, to), false);
  if (to < text.length) push(' …', false);
  return parts;
}
