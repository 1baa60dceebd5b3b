import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseFrontMatter } from './frontmatter';

function errorOf(source: string): FrontMatterError {
  try {
    parseFrontMatter(source);
  } catch (error) {
    if (error instanceof FrontMatterError) return error;
    throw error;
  }
  throw new Error('expected a FrontMatterError');
}

describe('parseFrontMatter', () => {
  it('reads scalars, quoted strings, integers, booleans and both kinds of list', () => {
    const source = [
      '---',
      'id: what-came-before',
      'title: What came before # a comment',
      'quoted: "Gao: or \\"Sévaré\\""',
      "single: 'it''s #not a comment'",
      'order: 3',
      'negative: -2',
      'draft: false',
      '# a comment line',
      '',
      'objectives:',
      '  - Explain UNOM',
      '  - "Date the handover: 1 July 2013"',
      'tags: [mali, "a, b", 7]',
      'empty: []',
      '---',
      'Body text.',
    ].join('\n');
    expect(parseFrontMatter(source).data).toEqual({
      id: 'what-came-before',
      title: 'What came before',
      quoted: 'Gao: or "Sévaré"',
      single: "it's #not a comment",
      order: 3,
      negative: -2,
      draft: false,
      objectives: ['Explain UNOM', 'Date the handover: 1 July 2013'],
      tags: ['mali', 'a, b', 7],
      empty: [],
    });
  });

  it('keeps a number with a decimal point or a comma as text', () => {
    expect(parseFrontMatter('---\nminutes: 2.5\nsize: 11,200\n---\n').data).toEqual({
      minutes: '2.5',
      size: '11,200',
    });
  });

  it('gives null for a key with no value and no list items', () => {
    expect(parseFrontMatter('---\nobjectives:\nminutes: 3\n---\n').data).toEqual({ objectives: null, minutes: 3 });
    expect(parseFrontMatter('---\nobjectives:\n---\n').data).toEqual({ objectives: null });
  });

  it('returns the body and where it starts in the source', () => {
    const source = '---\nid: a\n---\n## Heading\n\nText.\n';
    const { body, bodyOffset } = parseFrontMatter(source);
    expect(body).toBe('## Heading\n\nText.\n');
    expect(source.slice(bodyOffset)).toBe(body);
  });

  it('handles Windows line endings and a byte order mark', () => {
    const source = '\uFEFF---\r\nid: a\r\nobjectives:\r\n  - x\r\n---\r\nBody\r\n';
    const { data, body, bodyOffset } = parseFrontMatter(source);
    expect(data).toEqual({ id: 'a', objectives: ['x'] });
    expect(body).toBe('Body\r\n');
    expect(source.slice(bodyOffset)).toBe(body);
  });

  it('gives an empty body when the file ends at the closing fence', () => {
    const source = '---\nid: a\n---';
    expect(parseFrontMatter(source)).toEqual({ data: { id: 'a' }, body: '', bodyOffset: source.length });
  });

  it('treats a file without a leading --- line as all body', () => {
    const source = 'Just text.\n---\nid: a\n---\n';
    expect(parseFrontMatter(source)).toEqual({ data: {}, body: source, bodyOffset: 0 });
  });

  it.each([
    ['an unclosed block', '---\nid: a\nBody', 1, /no closing ---/],
    ['a line without a colon', '---\nid: a\njust words\n---\n', 3, /expected "key: value"/],
    ['a key given twice', '---\nid: a\ntitle: T\nid: b\n---\n', 4, /"id" is given twice/],
    ['a list item after a scalar', '---\ntitle: T\n  - stray\n---\n', 3, /must follow a "key:" line/],
    ['a nested map', '---\nsource:\n  title: T\n---\n', 3, /nested values are not supported/],
    ['tab indentation', '---\nobjectives:\n\t- x\n---\n', 3, /not tabs/],
    ['an unterminated quote', '---\nid: a\ntitle: "Open\n---\n', 3, /no closing "/],
    ['text after a closing quote', "---\ntitle: 'a' b\n---\n", 2, /after the closing quote/],
    ['an unclosed inline list', '---\ntags: [a, b\n---\n', 2, /no closing \]/],
    ['a trailing comma in an inline list', '---\ntags: [a, b,]\n---\n', 2, /trailing comma/],
    ['an empty list item', '---\nobjectives:\n  -\n---\n', 3, /list item is empty/],
    ['an unsupported YAML feature', '---\nref: *anchor\n---\n', 2, /quote it/],
    ['an unsupported escape', '---\ntitle: "a\\qb"\n---\n', 2, /unsupported escape/],
  ])('rejects %s with its line number', (_, source, line, message) => {
    const error = errorOf(source);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(new RegExp(`^line ${line}: `));
  });
});
