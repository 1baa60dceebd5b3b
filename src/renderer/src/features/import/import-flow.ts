// The app's one import flow, wired to the real worker, Readability and store.
import type { ExtractedDocument } from '../../../../core/import/pipeline';
import { ImportFlow, type ImportWorker } from '../../state/import.svelte';
import { importedCourses } from '../../state/imported-courses.svelte';

/** A saved web page's article: Readability drops navigation, asides and footers; its HTML keeps headings apart. */
async function readPage(html: string): Promise<ExtractedDocument> {
  const { Readability } = await import('@mozilla/readability');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const pageTitle = doc.title;
  const article = new Readability(doc, { keepClasses: false }).parse();
  if (!article?.content) return { kind: 'html', html, page: true, ...(pageTitle ? { title: pageTitle } : {}) };
  const title = article.title ?? pageTitle;
  return { kind: 'html', html: article.content, page: true, ...(title ? { title } : {}) };
}

export const importFlow = new ImportFlow({
  spawn: () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' }) as unknown as ImportWorker,
  readPage,
  courses: importedCourses,
  now: () => Date.now(),
});
