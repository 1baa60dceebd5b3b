import type { LessonFactsTable } from '../../../../core/course-facts-table';
// Messages between the renderer and the import worker.
import type { Course } from '../../../../core/course';
import type { ImportSource } from '../../../../core/import/build';
import type { ExtractedDocument } from '../../../../core/import/pipeline';
import type { ImportProblem } from '../../../../core/import/errors';

/** The import's steps, in order, as the progress bar names them. */
export const IMPORT_STEPS = ['reading', 'cleaning', 'finding facts', 'writing questions'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

export type ImportRequest =
  /** A file's bytes, for the worker to read by its format. */
  | { type: 'file'; fileName: string; bytes: ArrayBuffer; now: number }
  /** A document already read on the page (a saved web page goes through Readability, which needs the DOM). */
  | { type: 'document'; fileName: string; document: ExtractedDocument; contentHash: string; now: number };

export interface ImportResult {
  course: Course;
  source: ImportSource;
  contentHash: string;
  /** Every fact of its lessons (numbers and words), so the page stores them and never extracts. */
  facts: LessonFactsTable;
  /** The ids of the facts some question asks about. */
  asked: string[];
  factCount: number;
  questionCount: number;
}

export type ImportReply =
  | { type: 'step'; step: ImportStep; /** 0–1 within the step, when known (pages read). */ fraction?: number }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; code: ImportProblem };
