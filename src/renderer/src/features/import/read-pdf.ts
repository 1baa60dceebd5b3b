// PDF text through pdfjs-dist, laid out as lines in reading order (two columns read one after the other).
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ImportError } from '../../../../core/import/errors';

GlobalWorkerOptions.workerSrc = workerSrc;
// The import already runs in a worker; pdfjs gets its own, nested, rather than parsing on this thread.
if (typeof Worker !== 'undefined' && !GlobalWorkerOptions.workerPort) {
  GlobalWorkerOptions.workerPort = new Worker(workerSrc, { type: 'module', name: 'pdfjs' });
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Reads every page's lines. Throws `encrypted`, `no-text-layer` or `unreadable` as ImportError. */
export async function readPdf(bytes: Uint8Array, onPage: (done: number, total: number) => void): Promise<{ pages: string[][]; title?: string }> {
  const task = getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    throw new ImportError(name === 'PasswordException' ? 'encrypted' : 'unreadable', String(error));
  }
  try {
    const pages: string[][] = [];
    let characters = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const width = page.getViewport({ scale: 1 }).width;
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        items.push({ str: raw.str, x: raw.transform[4] as number, y: raw.transform[5] as number, width: raw.width, height: raw.height || Math.abs(raw.transform[3] as number) });
        characters += raw.str.length;
      }
      pages.push(layOut(items, width));
      page.cleanup();
      onPage(n, pdf.numPages);
    }
    if (characters < 20) throw new ImportError('no-text-layer');
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    return { pages, ...(title ? { title } : {}) };
  } finally {
    void pdf.destroy();
  }
}

/** Lines top to bottom; on a two-column page the left column's lines, then the right's. A wide gap between lines ends a paragraph. */
function layOut(items: Item[], pageWidth: number): string[] {
  const mid = pageWidth / 2;
  const crossing = items.filter((i) => i.x < mid - 4 && i.x + i.width > mid + 4);
  const left = items.filter((i) => i.x + i.width <= mid + 4);
  const right = items.filter((i) => i.x >= mid - 4 && !crossing.includes(i) && !left.includes(i));
  const twoColumns = left.length > 5 && right.length > 5 && crossing.length < 0.15 * items.length && linesOf(right).length > 5;
  if (!twoColumns) return withBreaks(linesOf(items));
  const top = Math.min(...left.map((i) => i.y), ...right.map((i) => i.y));
  const columnsTop = Math.max(...left.map((i) => i.y), ...right.map((i) => i.y));
  const above = crossing.filter((i) => i.y > columnsTop);
  const below = crossing.filter((i) => i.y < top);
  const within = crossing.filter((i) => i.y <= columnsTop && i.y >= top);
  return [...withBreaks(linesOf(above)), '', ...withBreaks(linesOf([...left, ...within])), '', ...withBreaks(linesOf(right)), '', ...withBreaks(linesOf(below))];
}

interface Line {
  y: number;
  height: number;
  text: string;
}

function linesOf(items: Item[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; height: number; items: Item[] }[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(2, item.height * 0.4));
    if (line) line.items.push(item);
    else lines.push({ y: item.y, height: item.height, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => {
      const parts = l.items.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const p of parts) {
        text += text && p.x - end > 1 && !/\s$/.test(text) && !/^\s/.test(p.str) ? ` ${p.str}` : p.str;
        end = p.x + p.width;
      }
      return { y: l.y, height: l.height, text: text.replace(/\s+/g, ' ').trim() };
    })
    .filter((l) => l.text !== '');
}

function withBreaks(lines: Line[]): string[] {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 12;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && previous.y - line.y > usual * 1.45) out.push('');
    out.push(line.text);
  });
  return out;
}
