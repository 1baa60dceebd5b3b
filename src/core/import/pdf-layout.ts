// From the positioned text pieces of PDF pages to lines in reading order. A PDF knows no lines,
// paragraphs or columns: only strings drawn at points. This puts them back, by position and size.

/** One piece of text as a PDF draws it: its baseline's start, its advance width, its font size (PDF points). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  width: number;
  items: PdfTextItem[];
}

interface Line {
  y: number;
  size: number;
  text: string;
}

/**
 * Each page's lines in reading order: top to bottom, and on a two-column page the left column, then
 * the right. A blank line ends a paragraph (a wider gap than the page's usual line spacing); lines in
 * a larger font than the body text come back as Markdown headings (`#` for the title on the first page).
 */
export function layOutPages(pages: readonly PdfPage[]): string[][] {
  const body = bodySize(pages);
  const first = pages[0]?.items ?? [];
  const largest = first.reduce((m, i) => Math.max(m, i.size), 0);
  const titleSize = largest >= body * 1.3 ? largest : Infinity;
  return pages.map((page, index) => {
    // No blank line between blocks: a paragraph often runs on from the foot of one column to the next.
    const lines = columnBlocks(page).flatMap((block) => withBreaks(linesOf(block), body, index === 0 ? titleSize : Infinity));
    return lines.flatMap((line, i) => (line.startsWith('#') && lines[i + 1] !== undefined && lines[i + 1] !== '' ? [line, ''] : [line]));
  });
}

/** The font size most of the document's characters are set in. */
function bodySize(pages: readonly PdfPage[]): number {
  const chars = new Map<number, number>();
  for (const page of pages) for (const i of page.items) chars.set(round(i.size), (chars.get(round(i.size)) ?? 0) + i.str.length);
  let best = 10;
  let most = 0;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best;
}

const round = (n: number): number => Math.round(n * 2) / 2;

/**
 * The page's text as blocks to read one after the other. On a page with a gutter (a vertical strip
 * near the middle that no body line crosses, with lines on both sides) the blocks are: what spans
 * the page above the columns, the left column, the right column, what spans below. Otherwise one block.
 */
function columnBlocks(page: PdfPage): PdfTextItem[][] {
  const items = page.items;
  const gutter = findGutter(items, page.width);
  if (gutter === null) return [items];
  const left = items.filter((i) => i.x + i.width <= gutter + 2);
  const right = items.filter((i) => i.x >= gutter - 2 && i.x + i.width > gutter + 2);
  const spanning = items.filter((i) => !left.includes(i) && !right.includes(i));
  const columnsTop = Math.max(...left.map((i) => i.y), ...right.map((i) => i.y));
  const columnsBottom = Math.min(...left.map((i) => i.y), ...right.map((i) => i.y));
  const above = spanning.filter((i) => i.y > columnsTop);
  const below = spanning.filter((i) => i.y < columnsBottom);
  const within = spanning.filter((i) => i.y <= columnsTop && i.y >= columnsBottom);
  return [above, [...left, ...within], right, below].filter((b) => b.length > 0);
}

/** The x of a column gutter, or null for a one-column page. */
function findGutter(items: readonly PdfTextItem[], pageWidth: number): number | null {
  if (items.length < 12) return null;
  const linesOn = (side: readonly PdfTextItem[]): number => new Set(side.map((i) => Math.round(i.y))).size;
  let fewest = Infinity;
  let run: number[] = [];
  let bestRun: number[] = [];
  for (let c = pageWidth * 0.3; c <= pageWidth * 0.7; c += 2) {
    // Both sides must hold several lines of their own: a ragged right margin is not a second column.
    if (linesOn(items.filter((i) => i.x + i.width <= c + 2)) < 5 || linesOn(items.filter((i) => i.x >= c - 2)) < 5) continue;
    const n = items.filter((i) => i.x < c - 2 && i.x + i.width > c + 2).length;
    if (n < fewest) {
      fewest = n;
      run = [c];
      bestRun = run;
    } else if (n === fewest) {
      if (run.length && c - run[run.length - 1]! <= 2.01) run.push(c);
      else run = [c];
      if (run.length > bestRun.length) bestRun = run;
    }
  }
  // Lines that cross the gutter are titles and headers; when many do, the page has no columns.
  if (!bestRun.length || fewest > items.length * 0.15) return null;
  return (bestRun[0]! + bestRun[bestRun.length - 1]!) / 2;
}

/** Pieces on one baseline joined left to right, lines top to bottom. */
function linesOf(items: readonly PdfTextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: PdfTextItem[] }[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(2, Math.min(l.size, item.size) * 0.4));
    if (line) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => {
      const parts = l.items.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const p of parts) {
        // A gap wider than a fifth of the font size between two pieces is a space the PDF did not draw.
        const gap = p.x - end > p.size * 0.2;
        text += text && gap && !/\s$/.test(text) && !/^\s/.test(p.str) ? ` ${p.str}` : p.str;
        end = p.x + p.width;
      }
      return { y: l.y, size: l.size, text: text.replace(/\s+/g, ' ').trim() };
    })
    .filter((l) => l.text !== '');
}

/** Lines with a blank line where a paragraph ends, and headings marked by their larger size. */
function withBreaks(lines: readonly Line[], body: number, titleSize: number): string[] {
  const gaps = lines
    .slice(1)
    .map((l, i) => ({ gap: lines[i]!.y - l.y, size: l.size }))
    .filter((g) => g.gap > 0 && Math.abs(g.size - body) < 0.5)
    .map((g) => g.gap)
    .sort((a, b) => a - b);
  // The line spacing: most gaps are it, and the few wider ones end paragraphs.
  const usual = gaps[Math.floor(gaps.length / 4)] ?? body * 1.25;
  const out: string[] = [];
  let wasHeading = false;
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const heading = line.size >= body * 1.12 && line.text.length <= 120;
    const level = line.size >= titleSize ? '#' : '##';
    if (previous && (heading || wasHeading || previous.y - line.y > usual * 1.45)) out.push('');
    // A heading set on two lines is one heading.
    if (heading && wasHeading && previous && previous.y - line.y <= line.size * 1.6 && Math.abs(previous.size - line.size) < 0.5) {
      out.pop();
      out[out.length - 1] += ` ${line.text}`;
    } else out.push(heading ? `${level} ${line.text}` : line.text);
    wasHeading = heading;
  });
  return out;
}
