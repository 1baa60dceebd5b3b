// The import flow's parts that need the page: the real worker and Readability (wired in composition.ts).
import type { ExtractedDocument } from '../../../../core/import/pipeline';
import type { ImportWorker } from '../../state/import.svelte';

/** A saved web page's article: Readability drops navigation, asides and footers; its HTML keeps headings apart. */
export async function readPage(html: string): Promise<ExtractedDocument> {
  const { Readability } = await import('@mozilla/readability');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const pageTitle = doc.title;
  const article = new Readability(doc, { keepClasses: false }).parse();
  if (!article?.content) return { kind: 'html', html, page: true, ...(pageTitle ? { title: pageTitle } : {}) };
  const title = article.title ?? pageTitle;
  return { kind: 'html', html: article.content, page: true, ...(title ? { title } : {}) };
}

/** Starts the worker that turns a file into a course. */
export function spawnImportWorker(): ImportWorker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' }) as unknown as ImportWorker;
}
