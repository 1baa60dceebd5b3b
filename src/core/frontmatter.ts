/**
 * Front matter for lesson files: a block between `---` lines at the very top of a Markdown file,
 * written in a small subset of YAML.
 *
 * Supported, one `key: value` per line:
 * - plain scalars (`title: Why MINUSMA matters`), a ` #` starts a comment as in YAML;
 * - quoted strings, `"..."` (with `\"`, `\\`, `\n`, `\t` escapes) or `'...'` (with `''`);
 * - integers (`order: 3` gives the number 3), `true` and `false`;
 * - block lists: `key:` followed by `- item` lines;
 * - inline lists: `key: [a, "b, c", 3]`;
 * - blank lines and `#` comment lines.
 * Nested maps, multi-line strings, anchors and the rest of YAML are rejected, not guessed at.
 */

/** Malformed front matter; `line` is 1-based and counts from the top of the whole file. */
export class FrontMatterError extends Error {
  override readonly name = 'FrontMatterError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** A front matter value. `null` is what an empty `key:` with no list items holds. */
export type FrontMatterValue = string | number | boolean | null | FrontMatterScalar[];
type FrontMatterScalar = string | number | boolean;

export interface ParsedFrontMatter {
  data: Record<string, unknown>;
  /** Everything after the closing `---` line. */
  body: string;
  /** Where `body` starts in the source: `source.slice(bodyOffset) === body`. 0 when there is no front matter. */
  bodyOffset: number;
}

const FENCE = /^---[ \t]*$/;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const LIST_ITEM = /^[ \t]*-(?:[ \t]+(.*))?$/;
const INTEGER = /^[-+]?\d+$/;

/**
 * Splits a Markdown file into its front matter and body. A file that does not start with a `---`
 * line has no front matter: `data` is empty and `body` is the whole file.
 * @throws FrontMatterError when the block is unterminated or a line is not supported YAML.
 */
export function parseFrontMatter(source: string): ParsedFrontMatter {
  const start = source.startsWith('\uFEFF') ? 1 : 0;
  const lines = splitLines(source, start);
  const first = lines[0];
  if (first === undefined || !FENCE.test(first.text)) {
    return { data: {}, body: source.slice(start), bodyOffset: start };
  }

  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line.text));
  if (closing === -1) {
    throw new FrontMatterError('front matter starts with --- but has no closing --- line', 1);
  }

  const data: Record<string, unknown> = {};
  // The key whose value is being filled by `- item` lines, if any.
  let openList: { key: string; items: FrontMatterScalar[] } | null = null;
  // A `key:` that no list item follows is empty (null), as in YAML.
  const closeList = (): void => {
    if (openList && openList.items.length === 0) data[openList.key] = null;
    openList = null;
  };

  for (let index = 1; index < closing; index++) {
    const { text } = lines[index]!;
    const lineNumber = index + 1;
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    if (/^\t/.test(text)) throw new FrontMatterError('use spaces, not tabs, for indentation', lineNumber);

    const item = LIST_ITEM.exec(text);
    if (item) {
      if (!openList) {
        throw new FrontMatterError('list item "- ..." must follow a "key:" line with no value', lineNumber);
      }
      const raw = item[1] ?? '';
      const value = parseScalar(raw, lineNumber);
      if (value === null) throw new FrontMatterError('list item is empty', lineNumber);
      openList.items.push(value);
      continue;
    }

    if (/^\s/.test(text)) {
      throw new FrontMatterError('unexpected indentation: nested values are not supported', lineNumber);
    }
    const match = KEY_LINE.exec(text);
    if (!match) {
      throw new FrontMatterError(`expected "key: value" but found "${text.trim()}"`, lineNumber);
    }
    const key = match[1]!;
    if (Object.hasOwn(data, key)) throw new FrontMatterError(`"${key}" is given twice`, lineNumber);

    closeList();
    const raw = (match[2] ?? '').trim();
    if (raw === '' || raw.startsWith('#')) {
      const items: FrontMatterScalar[] = [];
      data[key] = items;
      openList = { key, items };
      continue;
    }
    data[key] = raw.startsWith('[') ? parseInlineList(raw, lineNumber) : parseScalar(raw, lineNumber);
  }

  closeList();

  const bodyOffset = lines[closing + 1]?.start ?? source.length;
  return { data, body: source.slice(bodyOffset), bodyOffset };
}

interface SourceLine {
  text: string;
  /** Offset of the line's first character in the source. */
  start: number;
}

function splitLines(source: string, from: number): SourceLine[] {
  const lines: SourceLine[] = [];
  const pattern = /\r\n|\n|\r/g;
  let start = from;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(source)) !== null) {
    lines.push({ text: source.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  lines.push({ text: source.slice(start), start });
  return lines;
}

/** One scalar; returns null for an empty value. */
function parseScalar(raw: string, line: number): FrontMatterScalar | null {
  const text = raw.trim();
  if (text.startsWith('"') || text.startsWith("'")) {
    const { value, rest } = readQuoted(text, line);
    if (rest.trim() !== '' && !rest.trimStart().startsWith('#')) {
      throw new FrontMatterError(`unexpected text after the closing quote: "${rest.trim()}"`, line);
    }
    return value;
  }
  const plain = stripComment(text);
  if (plain === '') return null;
  if (/^[[\]{}&*!|>%@`]/.test(plain)) {
    throw new FrontMatterError(`"${plain}" starts with a YAML feature this parser does not support; quote it`, line);
  }
  if (INTEGER.test(plain)) return Number.parseInt(plain, 10);
  if (plain === 'true') return true;
  if (plain === 'false') return false;
  return plain;
}

function stripComment(text: string): string {
  const hash = text.search(/[ \t]#/);
  return (hash === -1 ? text : text.slice(0, hash)).trim();
}

function readQuoted(text: string, line: number): { value: string; rest: string } {
  const quote = text[0]!;
  let value = '';
  for (let index = 1; index < text.length; index++) {
    const char = text[index]!;
    if (quote === "'") {
      if (char === "'") {
        if (text[index + 1] === "'") {
          value += "'";
          index++;
          continue;
        }
        return { value, rest: text.slice(index + 1) };
      }
      value += char;
      continue;
    }
    if (char === '\\') {
      const next = text[index + 1];
      const escapes: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', t: '\t', '/': '/' };
      if (next === undefined || !(next in escapes)) {
        throw new FrontMatterError(`unsupported escape "\\${next ?? ''}" in a quoted string`, line);
      }
      value += escapes[next];
      index++;
      continue;
    }
    if (char === '"') return { value, rest: text.slice(index + 1) };
    value += char;
  }
  throw new FrontMatterError(`quoted string has no closing ${quote}`, line);
}

function parseInlineList(raw: string, line: number): FrontMatterScalar[] {
  const items: FrontMatterScalar[] = [];
  let rest = raw.slice(1);
  for (;;) {
    rest = rest.trimStart();
    // Only `[]` reaches here with a `]`: a `]` after a comma is caught below.
    if (rest.startsWith(']')) return closeInlineList(items, rest, line);
    let value: FrontMatterScalar | null;
    if (rest.startsWith('"') || rest.startsWith("'")) {
      const quoted = readQuoted(rest, line);
      value = quoted.value;
      rest = quoted.rest.trimStart();
    } else {
      const end = rest.search(/[,\]]/);
      if (end === -1) throw new FrontMatterError('inline list has no closing ]', line);
      value = parseScalar(rest.slice(0, end), line);
      rest = rest.slice(end);
    }
    if (value === null) throw new FrontMatterError('inline list has an empty item', line);
    items.push(value);
    if (rest.startsWith(',')) {
      rest = rest.slice(1);
      if (rest.trimStart().startsWith(']')) throw new FrontMatterError('inline list has a trailing comma', line);
      continue;
    }
    if (rest.startsWith(']')) return closeInlineList(items, rest, line);
    throw new FrontMatterError('inline list items must be separated by commas and end with ]', line);
  }
}

function closeInlineList(items: FrontMatterScalar[], rest: string, line: number): FrontMatterScalar[] {
  const after = rest.slice(1).trim();
  if (after !== '' && !after.startsWith('#')) {
    throw new FrontMatterError(`unexpected text after the inline list: "${after}"`, line);
  }
  return items;
}
