import { describe, expect, it } from 'vitest';
import { layOutPages, type PdfTextItem } from './pdf-layout';

/** Lines of a column as a PDF draws them: one item per line, 12 points apart, in 10-point type. */
function column(x: number, top: number, lines: string[], size = 10): PdfTextItem[] {
  return lines.map((str, i) => ({ str, x, y: top - i * 12, width: str.length * size * 0.5, size }));
}

describe('PDF layout', () => {
  it('reads a two-column page column by column, the title that spans both first', () => {
    const left = Array.from({ length: 8 }, (_, i) => `left line ${i + 1} of the column`);
    const right = Array.from({ length: 8 }, (_, i) => `right line ${i + 1} of it`);
    const items = [
      { str: 'A title across the whole page', x: 60, y: 780, width: 330, size: 18 },
      // Drawn right before left, as some writers do: reading order must not follow drawing order.
      ...column(320, 740, right),
      ...column(60, 740, left),
    ];
    const [page] = layOutPages([{ width: 595, items }]);
    expect(page).toEqual(['# A title across the whole page', '', ...left, ...right]);
  });

  it('keeps a one-column page with a ragged right margin in one column', () => {
    const lines = Array.from({ length: 14 }, (_, i) => (i % 2 ? 'a short line' : 'a much longer line that runs well past the middle of the page'));
    const [page] = layOutPages([{ width: 595, items: column(60, 740, lines) }]);
    expect(page).toEqual(lines);
  });

  it('ends a paragraph at a wider gap and marks a larger line as a heading', () => {
    const items = [
      { str: 'The title', x: 60, y: 770, width: 90, size: 18 },
      ...column(60, 740, ['First paragraph, line one', 'and its line two.']),
      { str: 'A heading', x: 60, y: 700, width: 60, size: 13 },
      ...column(60, 680, ['Second paragraph.', 'Still second.']),
      ...column(60, 640, ['Third paragraph after a gap.']),
    ];
    const [page] = layOutPages([{ width: 595, items }]);
    expect(page).toEqual(['# The title', '', 'First paragraph, line one', 'and its line two.', '', '## A heading', '', 'Second paragraph.', 'Still second.', '', 'Third paragraph after a gap.']);
  });

  it('joins the pieces of one line left to right, with a space where the PDF left a gap', () => {
    const items = [
      { str: 'world', x: 100, y: 700, width: 25, size: 10 },
      { str: 'Hello', x: 60, y: 700, width: 25, size: 10 },
      { str: '!', x: 125, y: 700, width: 3, size: 10 },
    ];
    expect(layOutPages([{ width: 595, items }])).toEqual([['Hello world!']]);
  });
});
