// PDF text through pdfjs-dist (its legacy build: see pdfjs-port.ts), laid out by core/import/pdf-layout.
// Which worker pdfjs parses in is set up by the caller: pdfjs's own in the app, the same thread in tests.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from '../../../../core/import/errors';
import { layOutPages, type PdfPage, type PdfTextItem } from '../../../../core/import/pdf-layout';

/** Fewer characters than this in the whole file means there is no text layer (a scan). */
const MIN_TEXT_CHARACTERS = 20;

/**
 * Reads every page's lines, calling `onPage` after each. Throws ImportError `encrypted` (a password
 * is needed), `no-text-layer` (images only) or `unreadable`.
 */
export async function readPdf(bytes: Uint8Array, onPage: (done: number, total: number) => void): Promise<{ pages: string[][]; title?: string }> {
  const task = getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    throw new ImportError(name === 'PasswordException' ? 'encrypted' : 'unreadable', String(error));
  }
  try {
    const pages: PdfPage[] = [];
    let characters = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const width = page.getViewport({ scale: 1 }).width;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        const [a, b, , d, x, y] = raw.transform as number[];
        items.push({ str: raw.str, x: x!, y: y!, width: raw.width, size: Math.hypot(a!, b!) || Math.abs(d!) || raw.height });
        characters += raw.str.trim().length;
      }
      pages.push({ width, items });
      page.cleanup();
      onPage(n, pdf.numPages);
    }
    if (characters < MIN_TEXT_CHARACTERS) throw new ImportError('no-text-layer');
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    return { pages: layOutPages(pages), ...(title ? { title } : {}) };
  } finally {
    void pdf.destroy();
  }
}
