// From one cleaned Markdown document to lessons: at its headings, or at topic breaks when it has none.

/** One lesson's worth of the document. `body` is Markdown without the lesson's own heading. */
export interface Section {
  title: string;
  body: string;
}

export interface SplitDocument {
  /** The document's own title (its first top-level heading), when it has one. */
  title?: string;
  sections: Section[];
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
/** Lessons shorter than this join the next one; flat text is cut into pieces of about MIN..MAX words. */
export const MIN_WORDS = 300;
export const MAX_WORDS = 800;
const TINY_WORDS = 60;

export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

/**
 * Splits at the document's two highest heading levels below its title; a section under 60 words
 * joins the next (its heading kept inside it). Flat text, or a section over 800 words with no
 * headings of its own, is cut at topic breaks into pieces of 300 to 800 words.
 */
export function splitLessons(markdown: string): SplitDocument {
  const lines = markdown.split('\n');
  const headings = lines.map((line) => HEADING.exec(line)).map((m) => (m ? { level: m[1]!.length, text: m[2]!.trim() } : null));
  const levels = [...new Set(headings.filter((h) => h !== null).map((h) => h.level))].sort((a, b) => a - b);

  let title: string | undefined;
  let cutLevels: number[] = [];
  const top = levels[0];
  if (top !== undefined) {
    const topCount = headings.filter((h) => h?.level === top).length;
    if (topCount === 1) {
      const at = headings.findIndex((h) => h?.level === top);
      title = headings[at]!.text;
      lines.splice(at, 1);
      headings.splice(at, 1);
      cutLevels = levels.slice(1, 2);
    } else cutLevels = [top];
  }

  const raw: Section[] = [];
  let current: Section = { title: '', body: '' };
  for (let i = 0; i < lines.length; i++) {
    const h = headings[i];
    if (h && cutLevels.includes(h.level)) {
      raw.push(current);
      current = { title: h.text, body: '' };
    } else current.body += `${lines[i]}\n`;
  }
  raw.push(current);

  const merged: Section[] = [];
  let carry = '';
  for (const section of raw) {
    const body = (carry + section.body).trim();
    if (!body) {
      carry = section.title ? `### ${section.title}\n\n` : '';
      continue;
    }
    if (wordCount(body) < TINY_WORDS && section !== raw[raw.length - 1]) {
      carry = `${section.title ? `### ${section.title}\n\n` : ''}${body}\n\n`;
      continue;
    }
    carry = '';
    merged.push({ title: section.title, body });
  }
  if (carry.trim()) {
    const last = merged[merged.length - 1];
    if (last) last.body += `\n\n${carry.trim()}`;
    else merged.push({ title: '', body: carry.trim() });
  }

  const sections = merged.flatMap((s) => (wordCount(s.body) > MAX_WORDS && !/^#{1,6}\s/m.test(s.body) ? splitFlat(s) : [s]));
  return { ...(title ? { title } : {}), sections };
}

/** Cuts headingless text at the paragraph boundary, between 300 and 800 words in, where the vocabulary changes most. */
function splitFlat(section: Section): Section[] {
  const paragraphs = section.body.split(/\n\s*\n/).filter((p) => p.trim());
  const counts = paragraphs.map(wordCount);
  const vocab = paragraphs.map((p) => contentWords(p));
  const pieces: Section[] = [];
  let start = 0;
  while (start < paragraphs.length) {
    let words = 0;
    let end = start;
    let best = -1;
    let bestScore = Infinity;
    const rest = counts.slice(start).reduce((a, b) => a + b, 0);
    while (end < paragraphs.length) {
      words += counts[end]!;
      end++;
      if (words >= MIN_WORDS && end < paragraphs.length && rest - words >= MIN_WORDS / 2) {
        const score = overlap(vocab[end - 1]!, vocab[end]!);
        if (score < bestScore) {
          bestScore = score;
          best = end;
        }
      }
      if (words >= MAX_WORDS) break;
    }
    const cut = words >= MAX_WORDS && best > start ? best : end;
    const body = paragraphs.slice(start, cut).join('\n\n');
    const n = pieces.length + 1;
    pieces.push({ title: section.title ? `${section.title} (${n})` : '', body });
    start = cut;
  }
  if (pieces.length === 1) pieces[0]!.title = section.title;
  return pieces;
}

const STOP = new Set('the a an and or of to in on for by with at from as is was were be been are that this it its which who their his her has have had not but also into than over after before under more most'.split(' '));

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOP.has(w)));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
