// Markup reduced to text without a DOM: a small tokenizer for HTML, a same-length mask for Markdown.

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', bull: '•', middot: '·',
  eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç', ocirc: 'ô',
  icirc: 'î', uuml: 'ü', ouml: 'ö', auml: 'ä', aacute: 'á', iacute: 'í', oacute: 'ó',
  uacute: 'ú', ntilde: 'ñ', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€',
  pound: '£', sect: '§', para: '¶', times: '×', shy: '', zwnj: '', zwj: '', thinsp: ' ',
  ensp: ' ', emsp: ' ',
};

/** Decodes named and numeric character references; unknown ones are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Lone surrogates and out-of-range code points would make an invalid string.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ' ';
      return String.fromCodePoint(code);
    }
    const named = ENTITIES[body.toLowerCase()];
    return named ?? whole;
  });
}

// Elements whose content is never briefing prose.
const SKIP_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'footer', 'form', 'select',
  'button', 'iframe', 'object', 'canvas', 'math',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'blockquote', 'pre',
  'figure', 'figcaption', 'hr', 'address', 'caption', 'details', 'summary', 'body', 'html', 'title',
]);

/** Strips HTML to text: blocks become paragraphs, table cells are joined with ` | `, entities decoded. */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  // `[^<>]`, not `[^>]`: a tag never holds a `<`, and each `<` read to the end would be quadratic.
  const tagRe = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>/y;
  let pos = 0;
  let textStart = 0;
  const flushText = (end: number): void => {
    if (end > textStart) parts.push(decodeEntities(html.slice(textStart, end)).replace(/\s+/g, ' '));
  };
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const close = html.indexOf('-->', lt + 4);
      pos = close < 0 ? html.length : close + 3;
      textStart = pos;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      flushText(lt);
      const close = html.indexOf('>', lt);
      pos = close < 0 ? html.length : close + 1;
      textStart = pos;
      continue;
    }
    tagRe.lastIndex = lt;
    const m = tagRe.exec(html);
    if (!m) {
      pos = lt + 1;
      continue;
    }
    flushText(lt);
    const name = (m[1] as string).toLowerCase();
    const closing = html[lt + 1] === '/';
    pos = lt + m[0].length;
    if (!closing && SKIP_CONTENT.has(name) && !m[0].endsWith('/>')) {
      const close = lower.indexOf(`</${name}`, pos);
      if (close < 0) {
        pos = html.length;
      } else {
        const gt = html.indexOf('>', close);
        pos = gt < 0 ? html.length : gt + 1;
      }
      parts.push('\n\n');
    } else if (name === 'br') {
      parts.push('\n');
    } else if (name === 'td' || name === 'th') {
      if (!closing) parts.push(' | ');
    } else if (BLOCK.has(name)) {
      parts.push('\n\n');
    }
    textStart = pos;
  }
  flushText(html.length);
  return tidyLines(parts.join(''));
}

/** Trims each line, drops table-cell leaders, and keeps at most one blank line between paragraphs. */
function tidyLines(text: string): string {
  const lines = text.split('\n').map((l) =>
    l.replace(/\s+/g, ' ').trim().replace(/^\| ?/, '').replace(/ ?\|$/, ''),
  );
  const out: string[] = [];
  let blank = true;
  for (const line of lines) {
    if (!line) {
      if (!blank) out.push('');
      blank = true;
    } else {
      out.push(line);
      blank = false;
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * Replaces Markdown syntax with spaces, keeping every other character at its offset, so that facts
 * found in the mask have spans that refer to the Markdown source.
 */
export function maskMarkdown(md: string): string {
  let out = md;
  // Front matter is metadata about the file, not the mission.
  const fm = /^---\r?\n[\s\S]*?\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/.exec(out);
  if (fm) out = blank(fm[0]) + out.slice(fm[0].length);
  out = out.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, blank);
  out = out.replace(/<!--[\s\S]*?(-->|(?![\s\S]))/g, blank);
  // Each pattern below stops at the character that would start another match (`<`, `[`, `(`), so
  // that a long line of openers is read once, not once per opener.
  out = out.replace(/<\/?[a-zA-Z][^<>\n]*>/g, blank);
  out = out.replace(/\bhttps?:\/\/[^\s)>\]]+/g, blank);
  out = out.replace(/^[ \t]*\[[^\]\n]+\]:[^\n]*$/gm, blank);
  out = out.replace(/!\[[^[\]\n]*\]\([^()\n]*\)/g, blank);
  out = out.replace(/\]\([^()\n]*\)/g, blank);
  out = out.replace(/\]\[[^\]\n]*\]/g, blank);
  out = out.replace(/^([ \t]*)(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)/gm, (_m, ind: string, mark: string) =>
    ind + blank(mark),
  );
  out = out.replace(/^[ \t]*(?:\|[ \t]*)?:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*(?:\|[ \t]*)?$/gm, blank);
  out = out.replace(/^[ \t]*(-{3,}|\*{3,}|_{3,}|={3,})[ \t]*$/gm, blank);
  out = out.replace(/(?<!#)#+[ \t]*$/gm, blank);
  out = out.replace(/\\(?=[\\`*_{}[\]()#+\-.!|])/g, ' ');
  // A table row keeps its cell bars, as HTML tables become `a | b`: a number alone in a cell is
  // named by the cell before it.
  out = out.replace(/^[^\n]*/gm, (line) => line.replace(/^[ \t]*\|/.test(line) ? /[`*[\]]/g : /[`*[\]|]/g, ' '));
  out = out.replace(/(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, blank);
  return out;
}

/** Strips Markdown to text: syntax removed, lines tidied, sentences kept. */
export function markdownToText(md: string): string {
  return tidyLines(maskMarkdown(md));
}

/** Offsets of lines that start a new block in Markdown source (headings, list items, quotes, tables). */
export function markdownBlockStarts(md: string): number[] {
  const starts: number[] = [];
  const re = /^[ \t]*(#{1,6}[ \t]|[-*+][ \t]|\d{1,3}[.)][ \t]|>|\|)/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(md)) !== null) {
    starts.push(m.index);
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  return starts;
}
