// The import, off the page's thread: reads a file by its format, cleans it, builds the course, and
// counts the facts and questions it yields. Nothing is stored here; the page stores the result.
import { courseFacts, lessonFactsTable } from '../../../../core/course-facts';
import { buildCourse } from '../../../../core/import/build';
import { decodeText, detectFormat } from '../../../../core/import/detect';
import { ImportError } from '../../../../core/import/errors';
import { cleanDocument, type ExtractedDocument } from '../../../../core/import/pipeline';
import { generateQuestions } from '../../../../core/questions';
import { contentHash } from './hash-bytes';
import type { ImportReply, ImportRequest, ImportStep } from './protocol';

const post = (reply: ImportReply): void => postMessage(reply);
const step = (s: ImportStep, fraction?: number): void => post({ type: 'step', step: s, ...(fraction === undefined ? {} : { fraction }) });

async function read(fileName: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const format = detectFormat(fileName, bytes);
  switch (format) {
    case 'text':
      return { kind: 'text', text: decodeText(bytes) };
    case 'markdown':
      return { kind: 'markdown', text: decodeText(bytes) };
    case 'html':
      // Saved pages are read on the page (Readability needs the DOM); this is only reached for raw HTML.
      return { kind: 'html', html: decodeText(bytes), page: true };
    case 'pdf': {
      const { readPdf } = await import('./read-pdf');
      const { pages, title } = await readPdf(bytes, (done, total) => step('reading', done / total));
      return { kind: 'pages', pages, ...(title ? { title } : {}) };
    }
    case 'docx': {
      const { readDocx } = await import('./read-docx');
      return { kind: 'html', html: await readDocx(bytes) };
    }
  }
}

async function run(request: ImportRequest): Promise<void> {
  step('reading');
  let document: ExtractedDocument;
  let hash: string;
  if (request.type === 'file') {
    const bytes = new Uint8Array(request.bytes);
    hash = contentHash(bytes);
    document = await read(request.fileName, bytes);
  } else {
    document = request.document;
    hash = request.contentHash;
  }
  step('cleaning');
  const clean = cleanDocument(document);
  step('finding facts');
  const built = buildCourse(
    { fileName: request.fileName, markdown: clean.markdown, original: clean.original, ...(clean.title ? { title: clean.title } : {}) },
    { now: request.now, contentHash: hash },
  );
  // Numbers and words, lesson by lesson, as the app will show them: stored with the course.
  const table = lessonFactsTable(built.course);
  const facts = [...courseFacts(built.course, { [built.course.manifest.id]: table }).values()].flat();
  step('writing questions');
  const questions = facts.length ? generateQuestions(facts, { seed: 1 }) : [];
  const asked = [...new Set(questions.flatMap((q) => q.factIds))];
  post({ type: 'done', result: { course: built.course, source: built.source, contentHash: hash, facts: table, asked, factCount: facts.length, questionCount: questions.length } });
}

onmessage = (event: MessageEvent<ImportRequest>) => {
  run(event.data).catch((error: unknown) => {
    if (error instanceof ImportError) post({ type: 'failed', code: error.code });
    else {
      console.error('import:', error);
      post({ type: 'failed', code: 'unreadable' });
    }
  });
};
