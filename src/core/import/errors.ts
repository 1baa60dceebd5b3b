/** Why a file could not be imported. Each code has one sentence for the learner (see `describeImportError`). */
export type ImportProblem =
  | 'empty'
  | 'too-large'
  | 'no-text-layer'
  | 'encrypted'
  | 'not-zip'
  | 'wrong-kind'
  | 'unsupported'
  | 'unreadable'
  | 'no-text';

/** A file that cannot become a course. Nothing has been written when this is thrown. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportProblem,
    detail?: string,
  ) {
    super(detail ?? code);
  }
}

/** The largest file Dossier imports: bigger briefings are almost always scans or bundles of many documents. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const SENTENCES: Record<ImportProblem, string> = {
  empty: 'This file is empty, so there is nothing to import; choose the file that holds the briefing.',
  'too-large': 'This file is larger than 50 MB; split it or save the part you need as a smaller file, then import that.',
  'no-text-layer':
    'This PDF holds only images of pages (a scan) and no text Dossier can read; run it through text recognition (OCR) first, then import the result.',
  encrypted: 'This PDF is protected by a password; save an unprotected copy, then import that.',
  'not-zip': 'This .docx file is damaged or is not really a Word document; open it in Word or LibreOffice and save it again as .docx.',
  'wrong-kind':
    'The contents of this file do not match its name’s extension; it is some other kind of file renamed. Import the original document instead.',
  unsupported: 'Dossier imports .txt, .md, .html, .pdf and .docx files; save the briefing in one of those formats first.',
  unreadable: 'This file could not be read as a document; open it in its own application and save it again, then retry.',
  'no-text': 'This document holds no text to study; check that it is the briefing you meant to import.',
};

/** One sentence saying what went wrong and what to do. */
export function describeImportError(code: ImportProblem): string {
  return SENTENCES[code];
}
