// Clean-up rules: what a document carries that is about the page, not the briefing, and the
// damage that PDF text extraction does to paragraphs.
import { decodeEntities } from '../markup';

// Lines that are page furniture wherever they stand: sign-ups, banners, page metadata, credits.
const FURNITURE: readonly RegExp[] = [
  /\b(sign\s*up|subscribe)\b.{0,60}\b(newsletter|mailing\s+list|updates|alerts)\b/i,
  /\bjoin\s+(our|the)\s+(mailing\s+list|newsletter)\b/i,
  /^\s*(sign\s*(up|in)|log\s*in|subscribe|register)\b.{0,40}$/i,
  /\b(we|this\s+(site|website))\s+uses?\s+cookies\b/i,
  /\bcookies?\b.{0,80}\b(accept|consent|preferences|settings|policy)\b/i,
  /^\s*(accept|reject)(\s+all)?(\s+cookies)?\s*$/i,
  /^\s*(manage\s+)?cookie\s+(settings|preferences)\s*$/i,
  /\b(we\s*['’]?re|we\s+are)\s+hiring\b/i,
  /^\s*(jobs?|careers?|vacancies)\b.{0,60}$/i,
  /\b(see|view|browse)\s+(all\s+)?(job|vacanc)/i,
  /^\s*(page\s+)?last\s+(modified|updated|reviewed)\b/i,
  /^\s*(photo|image|picture)(\s+credit)?s?\s*[:©]/i,
  /^\s*(un\s+)?photo\s*\/\s*\S/i,
  /^\s*(credit|source)\s*:\s*\S+(\s+\S+){0,5}\s*$/i,
  /^\s*(skip\s+to|back\s+to\s+top|share\s+this|print\s+this|follow\s+us|read\s+more)\b.{0,40}$/i,
  /copyright\s+(©|\(c\)|\d)|all\s+rights\s+reserved/i,
];

/** True for a line that is page furniture, whatever the format. */
export function isFurniture(line: string): boolean {
  const text = line.replace(/^\s*(#{1,6}|[-*+•]|\d{1,3}[.)])\s+/, '');
  if (text.length > 300) return false;
  return FURNITURE.some((p) => p.test(text));
}

const BULLET = /^\s*[-*+•]\s+(.*)$/;

/**
 * Removes furniture lines and, when `navigation` is set (saved web pages), runs of three or more
 * bullets of one to four words with no sentence punctuation: menus and link lists, not lessons.
 */
export function removeFurniture(text: string, options: { navigation?: boolean } = {}): string {
  const lines = text.split(/\r\n|\n|\r/);
  const keep = lines.map((line) => !isFurniture(line));
  if (options.navigation) {
    let i = 0;
    while (i < lines.length) {
      let j = i;
      while (j < lines.length && isNavItem(lines[j]!)) j++;
      if (j - i >= 3) for (let k = i; k < j; k++) keep[k] = false;
      i = j === i ? i + 1 : j;
    }
  }
  return lines.filter((_, index) => keep[index]).join('\n');
}

function isNavItem(line: string): boolean {
  const m = BULLET.exec(line);
  if (!m) return false;
  const item = m[1]!.trim();
  const words = item.split(/\s+/).length;
  return words <= 4 && !/[.,;:!?]/.test(item) && !/\d/.test(item);
}

const PAGE_NUMBER = /^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?\s*$/i;

/**
 * Drops running headers and footers from PDF pages: a line among the first or last two of a page
 * that recurs (digits aside) on at least half the pages, and lines that are only a page number.
 */
export function dropRunningLines(pages: readonly (readonly string[])[]): string[][] {
  const shape = (line: string): string => line.trim().toLowerCase().replace(/\d+/g, '#');
  const edges = (page: readonly string[]): string[] => {
    const lines = page.filter((l) => l.trim() !== '');
    return [...new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(shape))];
  };
  const counts = new Map<string, number>();
  for (const page of pages) for (const s of edges(page)) counts.set(s, (counts.get(s) ?? 0) + 1);
  const running = new Set<string>();
  if (pages.length >= 2) {
    for (const [s, n] of counts) if (n >= Math.max(2, pages.length / 2)) running.add(s);
  }
  return pages.map((page) => {
    const lines = page.filter((l) => l.trim() !== '');
    const edge = new Set([...lines.slice(0, 2), ...lines.slice(-2)]);
    return page.filter((line) => !PAGE_NUMBER.test(line) && !(edge.has(line) && running.has(shape(line))));
  });
}

const ENDS_SENTENCE = /[.!?:;)"”’]\s*$/;

/**
 * Rejoins hard-wrapped lines into paragraphs and undoes end-of-line hyphenation
 * (`peace-` + `keeping` = `peacekeeping`; `Security Council-` + `mandated` keeps its hyphen only when the
 * next part starts with a capital). A blank line, or a short line that ends a sentence, ends a paragraph.
 * A short line with no closing punctuation, standing on its own, becomes a `##` heading.
 */
export function rejoinLines(lines: readonly string[]): string {
  const trimmed = lines.map((l) => l.replace(/\s+/g, ' ').trim());
  const lengths = trimmed.filter((l) => l.length > 0).map((l) => l.length).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.75)] ?? 60;
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current) paragraphs.push(current);
    current = '';
  };
  for (let i = 0; i < trimmed.length; i++) {
    const line = trimmed[i]!;
    if (line === '') {
      flush();
      continue;
    }
    // The PDF reader marks headings by their font size; they stand alone.
    if (/^#{1,6}\s/.test(line)) {
      flush();
      paragraphs.push(line);
      continue;
    }
    const next = trimmed[i + 1] ?? '';
    const short = line.length < typical * 0.7;
    const words = line.split(' ').length;
    const headingLike =
      current === '' && short && words <= 10 && !ENDS_SENTENCE.test(line) && !/[,]$/.test(line) && /^[A-Z0-9]/.test(line) && /^[A-Z]/.test(next);
    if (headingLike && !BULLET.test(line)) {
      paragraphs.push(`## ${line}`);
      continue;
    }
    if (BULLET.test(line)) {
      flush();
      current = line;
    } else if (/[-\u00ad]$/.test(current) && /^[a-z]/.test(line) && !/\s-$/.test(current)) {
      current = current.slice(0, -1) + line;
    } else if (/\S-$/.test(current) && /^[\p{Lu}\d]/u.test(line)) {
      current += line;
    } else {
      current = current ? `${current} ${line}` : line;
    }
    if (short && ENDS_SENTENCE.test(line)) flush();
  }
  flush();
  return paragraphs.join('\n\n');
}

const DROP_WITH_CONTENT = /<(head|title|script|style|noscript|template|svg|nav|footer|form|select|button|iframe|object|canvas|math|aside)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * Turns HTML (Readability's article, or mammoth's conversion of a .docx) into Markdown that keeps
 * headings, paragraphs and list items apart; every tag is dropped, so no markup survives.
 */
export function htmlToMarkdown(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, ' ');
  let previous = '';
  while (previous !== s) {
    previous = s;
    s = s.replace(DROP_WITH_CONTENT, ' ');
  }
  s = s
    .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi, (_, level: string, inner: string) => `\n\n${'#'.repeat(Number(level))} ${inline(inner)}\n\n`)
    .replace(/<li\b[^>]*>([\s\S]*?)<\/li\s*>/gi, (_, inner: string) => `\n- ${inline(inner)}\n`)
    .replace(/<\/(td|th)\s*>/gi, ' | ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|section|article|main|header|ul|ol|table|thead|tbody|tfoot|tr|blockquote|pre|figure|figcaption|dl|dt|dd|hr|address|caption|details|summary|body|html)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  const lines = decodeEntities(s)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\|\s*$/, '').trim());
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function inline(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** Plain text to Markdown: keeps paragraphs, turns `•` bullets into `-` and escapes nothing else. */
export function textToMarkdown(text: string): string {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return blocks
    .map((block, index) => {
      const lines = block.split('\n').map((l) => l.trim());
      if (lines.every((l) => /^[-*•]\s/.test(l))) return lines.map((l) => l.replace(/^[•*]\s/, '- ')).join('\n');
      // A lone short line in capitals or without end punctuation, followed by a paragraph, is a heading.
      if (lines.length === 1 && lines[0]!.length <= 80 && !/[.!?,;:]$/.test(lines[0]!) && /^[A-Z0-9]/.test(lines[0]!)) {
        // The opening line is the document's title; later ones are its section headings.
        return `${index === 0 ? '#' : '##'} ${lines[0]}`;
      }
      return joinWrapped(lines);
    })
    .join('\n\n');
}

/** Hard-wrapped lines of one paragraph as one line, with hyphenation at line ends undone as in PDF text. */
function joinWrapped(lines: readonly string[]): string {
  return lines.reduce((text, line) => {
    if (!text) return line;
    if (/[a-z]-$/.test(text) && /^[a-z]/.test(line)) return text.slice(0, -1) + line;
    if (/\S-$/.test(text) && /^[\p{Lu}\d]/u.test(line)) return text + line;
    return `${text} ${line}`;
  }, '');
}
