import { describeImportError, ImportError, MAX_IMPORT_BYTES, type ImportProblem } from '../../../core/import/errors';
import { decodeText, detectFormat } from '../../../core/import/detect';
import type { ExtractedDocument } from '../../../core/import/pipeline';
import { hash32 } from '../../../core/hash';
import type { ImportedCourseRecord } from '../db/db';
import { describeError } from '../lib/describe-error';
import type { ImportReply, ImportRequest, ImportResult, ImportStep } from '../features/import/protocol';
import { IMPORT_STEPS } from '../features/import/protocol';
import { contentHash } from '../features/import/hash-bytes';

/** The part of a Worker the import uses, so tests can stand in for it. */
export interface ImportWorker {
  postMessage(message: ImportRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A file as the page receives it (a File from the input, a drop, or the desktop's open dialog). */
export interface BriefingFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ImportDeps {
  spawn: () => ImportWorker;
  /** Reads a saved web page's article on the page (Readability needs the DOM). */
  readPage: (html: string) => Promise<ExtractedDocument>;
  courses: {
    findByContent(hash: string): Promise<ImportedCourseRecord[]>;
    add(record: ImportedCourseRecord): Promise<void>;
  };
  now: () => number;
}

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'running'; fileName: string; step: ImportStep; index: number; fraction: number }
  | { kind: 'duplicate'; fileName: string; existingTitle: string; result: ImportResult }
  | { kind: 'done'; courseId: string; title: string; lessons: number; facts: number; questions: number }
  | { kind: 'failed'; fileName: string; message: string };

/**
 * One import at a time: the file goes to a worker, which reports its steps; the course is stored only
 * once the worker is done, in one write, so a cancel or a failure leaves the store as it was.
 */
export class ImportFlow {
  readonly #deps: ImportDeps;
  #worker: ImportWorker | null = null;
  #status = $state.raw<ImportStatus>({ kind: 'idle' });

  constructor(deps: ImportDeps) {
    this.#deps = deps;
  }

  get status(): ImportStatus {
    return this.#status;
  }

  get busy(): boolean {
    return this.#status.kind === 'running';
  }

  /** Imports a file. Bad input ends in `failed` with one sentence; nothing is stored. */
  async importFile(file: BriefingFile): Promise<void> {
    this.cancel();
    const fileName = file.name;
    this.#running(fileName, 'reading');
    if (file.size === 0) return this.#fail(fileName, 'empty');
    if (file.size > MAX_IMPORT_BYTES) return this.#fail(fileName, 'too-large');
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      return this.#fail(fileName, 'unreadable');
    }
    if (this.#status.kind !== 'running' || this.#status.fileName !== fileName) return;
    let request: ImportRequest;
    try {
      const view = new Uint8Array(bytes);
      const format = detectFormat(fileName, view);
      if (format === 'html') {
        const document = await this.#deps.readPage(decodeText(view));
        request = { type: 'document', fileName, document, contentHash: contentHash(view), now: this.#deps.now() };
      } else request = { type: 'file', fileName, bytes, now: this.#deps.now() };
    } catch (error) {
      return this.#fail(fileName, error instanceof ImportError ? error.code : 'unreadable');
    }
    this.#start(request);
  }

  /** Imports pasted text as a plain-text briefing. */
  importText(text: string, now = this.#deps.now()): void {
    this.cancel();
    const fileName = 'Pasted text';
    if (text.trim() === '') {
      this.#status = { kind: 'failed', fileName, message: 'There is no text to import; paste the briefing first.' };
      return;
    }
    this.#running(fileName, 'reading');
    this.#start({ type: 'document', fileName, document: { kind: 'text', text }, contentHash: hash32(text), now });
  }

  /** Stops the import under way; nothing of it is stored. */
  cancel(): void {
    this.#worker?.terminate();
    this.#worker = null;
    if (this.#status.kind === 'running' || this.#status.kind === 'duplicate') this.#status = { kind: 'idle' };
  }

  /** Closes the last outcome's message. */
  dismiss(): void {
    if (this.#status.kind !== 'running') this.#status = { kind: 'idle' };
  }

  /** After "already imported": replaces the earlier course (its progress stays with the same id) or keeps both. */
  async resolveDuplicate(choice: 'replace' | 'keep-both'): Promise<void> {
    const status = this.#status;
    if (status.kind !== 'duplicate') return;
    const result = status.result;
    if (choice === 'keep-both') {
      const id = `${result.course.manifest.id}-${this.#deps.now().toString(36)}`;
      await this.#store(relabel(result, id));
    } else await this.#store(result);
  }

  #running(fileName: string, step: ImportStep, fraction = 0): void {
    this.#status = { kind: 'running', fileName, step, index: IMPORT_STEPS.indexOf(step), fraction };
  }

  #fail(fileName: string, code: ImportProblem): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#status = { kind: 'failed', fileName, message: describeImportError(code) };
  }

  #start(request: ImportRequest): void {
    const worker = this.#deps.spawn();
    this.#worker = worker;
    const fileName = request.fileName;
    worker.onmessage = (event) => {
      if (this.#worker !== worker) return;
      const reply = event.data;
      if (reply.type === 'step') this.#running(fileName, reply.step, reply.fraction ?? 0);
      else if (reply.type === 'failed') this.#fail(fileName, reply.code);
      else {
        worker.terminate();
        this.#worker = null;
        void this.#finish(reply.result);
      }
    };
    worker.onerror = () => {
      if (this.#worker === worker) this.#fail(fileName, 'unreadable');
    };
    worker.postMessage(request, request.type === 'file' ? [request.bytes] : []);
  }

  async #finish(result: ImportResult): Promise<void> {
    const existing = await this.#deps.courses.findByContent(result.contentHash);
    if (existing[0]) {
      this.#status = { kind: 'duplicate', fileName: result.source.fileName, existingTitle: existing[0].title, result };
      return;
    }
    await this.#store(result);
  }

  async #store(result: ImportResult): Promise<void> {
    const { course, source, contentHash: hash, facts, asked } = result;
    const record: ImportedCourseRecord = { id: course.manifest.id, title: course.manifest.title, course, source, contentHash: hash, addedAt: this.#deps.now(), facts, asked };
    try {
      await this.#deps.courses.add(record);
    } catch (error) {
      console.error('import: store', error);
      this.#status = { kind: 'failed', fileName: source.fileName, message: `The course could not be saved, so nothing was changed. ${describeError(error)}` };
      return;
    }
    this.#status = { kind: 'done', courseId: record.id, title: record.title, lessons: course.lessons.length, facts: result.factCount, questions: result.questionCount };
  }
}

/** The same import under another course id (and lesson ids, which must be unique across courses). */
function relabel(result: ImportResult, id: string): ImportResult {
  const old = result.course.manifest.id;
  const swap = (s: string): string => (s.startsWith(old) ? id + s.slice(old.length) : s);
  const lessons = result.course.lessons.map((l) => ({ ...l, id: swap(l.id), file: swap(l.file) }));
  // Fact ids begin with their lesson's id, and the table is keyed by it: both move with the lessons.
  const facts = Object.fromEntries(
    Object.entries(result.facts).map(([lessonId, row]) => [
      swap(lessonId),
      { hash: row.hash, facts: row.facts.map((f) => ({ ...f, id: swap(f.id), ...(f.docId === undefined ? {} : { docId: swap(f.docId) }) })) },
    ]),
  );
  return { ...result, facts, asked: result.asked.map(swap), course: { ...result.course, manifest: { ...result.course.manifest, id, lessons: result.course.manifest.lessons.map(swap) }, lessons } };
}
