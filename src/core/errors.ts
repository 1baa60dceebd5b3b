// Errors the domain raises on purpose. Each carries a `code`, which is what the renderer's one
// `describeError()` turns into a sentence for the learner; the message is for logs and tests only.

/** A caller passed options that cannot produce a quiz (for example a negative count). */
export class QuizOptionsError extends Error {
  override name = 'QuizOptionsError';
  readonly code = 'quiz-options';
}

/** Why a quiz or review could not start. */
export type QuizStartProblem =
  /** The lessons, kinds and question types chosen yield no question. */
  | 'no-questions'
  /** The course has nothing a question can be asked about yet. */
  | 'course-empty'
  /** The quiz to retry has been deleted (a reset, a restored backup). */
  | 'quiz-gone'
  /** Retrying the missed questions of a quiz that missed none. */
  | 'nothing-missed'
  /** Nothing is due for review. */
  | 'nothing-due'
  /** Facts are due, but none can be asked as a question. */
  | 'none-askable';

/** A quiz or review that cannot start; nothing was stored. */
export class QuizStartError extends Error {
  override name = 'QuizStartError';
  constructor(
    readonly code: QuizStartProblem,
    detail?: string,
  ) {
    super(detail ?? code);
  }
}

/** A course title that is empty once its spaces are trimmed. */
export class TitleError extends Error {
  override name = 'TitleError';
  readonly code = 'empty-title';
  constructor() {
    super('A course needs a title.');
  }
}

/** Why a backup file was refused; each code has one sentence for the learner (see {@link BackupError}). */
export type BackupErrorCode = 'empty' | 'too-large' | 'truncated' | 'too-deep' | 'not-json' | 'foreign' | 'newer' | 'invalid' | 'checksum';

/** Why a file cannot be restored: a code, and a sentence for the learner that ends with what to do next. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A backup the worker could not read for a reason other than its contents (it crashed, say). */
export class BackupReadError extends Error {
  override name = 'BackupReadError';
  readonly code = 'backup-unreadable';
}
