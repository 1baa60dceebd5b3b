// The one place an error becomes words on the screen: each typed error's code maps to a sentence
// saying what the learner should do next. Anything else gets a generic sentence: a library's own
// message or a stack never reaches the learner (it goes to the console instead).
import { BackupError, BackupReadError, QuizOptionsError, QuizStartError, TitleError, type QuizStartProblem } from '../../../core/errors';
import { describeImportError, ImportError } from '../../../core/import/errors';
import { storageProblem, type StorageProblem } from '../db/errors';
import { QuizSessionError } from '../db/quiz';

const STORAGE: Record<StorageProblem, string> = {
  full: 'Your disk is full: free some space, then try again; nothing already saved was lost.',
  closed: 'Dossier lost hold of its saved data (another Dossier window may have updated it): reload Dossier, then try again.',
  version: 'Your progress was saved by a newer version of Dossier: update this one, or use the newer one, then reload.',
  conflict: 'This was saved twice at once and the second copy was refused: reload Dossier to see what was kept, then try again if something is missing.',
  aborted: 'The change was interrupted before it was saved, so nothing changed: try again.',
  unavailable:
    'Dossier cannot store anything here (this may be a private window, or site data is switched off): open Dossier in a normal window or allow site data, then reload.',
  failed: 'Your saved data could not be read or written: reload Dossier and try again; if it keeps failing, export a backup from Progress.',
};

const QUIZ_START: Record<QuizStartProblem, string> = {
  'no-questions': 'This choice has no questions: add lessons, kinds or question types.',
  'course-empty': 'This course has no questions to ask yet: import or choose a course with lessons to study.',
  'quiz-gone': 'That quiz is no longer stored (progress was reset or restored): start a new quiz instead.',
  'nothing-missed': 'Nothing was missed in that quiz, so there is nothing to retry.',
  'nothing-due': 'Nothing is due for review right now: come back later, or take a quiz.',
  'none-askable': 'None of the facts due can be asked as a question yet: take a quiz on the lessons instead.',
};

const SESSION: Record<QuizSessionError['code'], string> = {
  missing: 'This quiz is no longer stored (progress was reset or restored): start a new quiz.',
  over: 'This quiz is already over, so its answers can no longer change: see its results, or start a new quiz.',
  'not-overridable': 'Only a typed answer marked wrong can be counted as right: this one already counts as it should.',
};

/** What the learner reads when an error is none of ours: no detail, only what to do. */
export const UNKNOWN_ERROR_SENTENCE = 'Something unexpected went wrong: try again, and if it happens again reload Dossier.';

/** One sentence for the learner saying what went wrong and what to do next. */
export function describeError(err: unknown): string {
  if (err instanceof ImportError) return describeImportError(err.code);
  if (err instanceof BackupError) return `This backup was not restored and your progress is unchanged: ${lowerFirst(err.message)}`;
  if (err instanceof BackupReadError) return 'The backup could not be checked and your progress is unchanged: try again, or choose another copy.';
  if (err instanceof QuizStartError) return QUIZ_START[err.code];
  if (err instanceof QuizSessionError) return SESSION[err.code];
  if (err instanceof QuizOptionsError) return 'This quiz cannot be built from those settings: choose the quiz again from Quiz.';
  if (err instanceof TitleError) return 'A course needs a title: type one, or cancel.';
  const storage = storageProblem(err);
  if (storage) return STORAGE[storage];
  return UNKNOWN_ERROR_SENTENCE;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
