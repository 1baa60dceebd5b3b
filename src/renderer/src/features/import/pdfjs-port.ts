// pdfjs-dist's own worker, started from the import worker: PDF parsing gets a thread of its own.
//
// Why PDF import once hung: pdfjs was handed `new Worker(<pdf.worker.min.mjs?url>)` as its port. That
// asset keeps its `.mjs` name, which the web server of the tests sends as application/octet-stream, and
// a module worker refuses a script of that type; given a port, pdfjs never checks that its worker
// started, so it waited for ever. Vite's `?worker` import bundles the worker as an ordinary `.js`
// chunk instead, served as JavaScript everywhere, offline, under the unchanged CSP (`default-src 'self'`
// covers workers). Running pdfjs's worker code in this thread instead is no good either: imported in
// any worker, it hooks that worker's own messages and announces itself to the page.
//
// The legacy build, because the modern one calls Map.prototype.getOrInsertComputed without a
// polyfill, which Electron 45's Chromium (142) lacks.
import { GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import PdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs?worker';
import { ImportError } from '../../../../core/import/errors';

/** Starts pdfjs's worker and makes it the one pdfjs uses; rejects with `unreadable` if it cannot start. */
export function startPdfjsWorker(): Promise<void> {
  if (GlobalWorkerOptions.workerPort) return Promise.resolve();
  const worker = new PdfjsWorker({ name: 'pdfjs' });
  return new Promise((resolve, reject) => {
    // Its first message says it is ready (pdfjs's `initializeFromPort`); a script that does not load fires `error`.
    worker.addEventListener('message', () => resolve(), { once: true });
    worker.addEventListener('error', () => reject(new ImportError('unreadable', 'the PDF reader did not start')), { once: true });
    GlobalWorkerOptions.workerPort = worker;
  });
}
