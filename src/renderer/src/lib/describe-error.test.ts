import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../core/backup';
import { QuizOptionsError, QuizStartError, TitleError, type QuizStartProblem } from '../../../core/errors';
import { ImportError, type ImportProblem } from '../../../core/import/errors';
import { StorageError, storageProblem, toStorageError, withStorageErrors, type StorageProblem } from '../db/errors';
import { QuizSessionError } from '../db/quiz';
import { useTestDbs } from '../db/test-db';
import { BackupReadError } from '../state/backup-reader';
import { describeError, UNKNOWN_ERROR_SENTENCE } from './describe-error';

const RAW = 'raw library text 0x1f at Object.<anonymous> (dexie.mjs:1234:5)';

/** A sentence for the learner: one line, ends with a full stop, no raw text, stack or library name. */
function expectSentence(text: string): void {
  expect(text).toMatch(/^[A-Z].*[.]$/);
  expect(text).not.toContain('\n');
  expect(text).not.toContain(RAW);
  expect(text).not.toMatch(/Dexie|IndexedDB|Error\b|undefined|\bat \S+:\d+/);
}

describe('describeError', () => {
  const STORAGE: Record<StorageProblem, RegExp> = {
    full: /disk is full: free some space/,
    closed: /reload Dossier/,
    version: /newer version of Dossier/,
    conflict: /saved twice/,
    aborted: /interrupted before it was saved/,
    unavailable: /private window/,
    failed: /export a backup/,
  };
  for (const [code, says] of Object.entries(STORAGE) as [StorageProblem, RegExp][]) {
    it(`says what to do for a store that failed with ${code}`, () => {
      const text = describeError(new StorageError(code, { cause: new Error(RAW) }));
      expectSentence(text);
      expect(text).toMatch(says);
    });
  }

  it('tells the learner a full disk lost nothing', () => {
    expect(describeError(new StorageError('full'))).toBe('Your disk is full: free some space, then try again; nothing already saved was lost.');
  });

  const IMPORT: ImportProblem[] = ['empty', 'too-large', 'no-text-layer', 'encrypted', 'not-zip', 'wrong-kind', 'unsupported', 'unreadable', 'no-text'];
  for (const code of IMPORT) {
    it(`gives the import sentence for ${code}, never the detail`, () => {
      const text = describeError(new ImportError(code, RAW));
      expectSentence(text);
    });
  }

  const START: QuizStartProblem[] = ['no-questions', 'course-empty', 'quiz-gone', 'nothing-missed', 'nothing-due', 'none-askable'];
  for (const code of START) {
    it(`says why a quiz could not start: ${code}`, () => expectSentence(describeError(new QuizStartError(code, RAW))));
  }

  it('says a quiz session is missing or over, not its id', () => {
    expect(describeError(new QuizSessionError('missing', 'No quiz with id q-123.'))).toMatch(/no longer stored/);
    expect(describeError(new QuizSessionError('over', RAW))).toMatch(/already over/);
    expectSentence(describeError(new QuizSessionError('missing', 'No quiz with id q-123.')));
    expect(describeError(new QuizSessionError('missing', 'No quiz with id q-123.'))).not.toContain('q-123');
  });

  it('covers quiz options, empty titles and a backup the worker could not check', () => {
    expectSentence(describeError(new QuizOptionsError('count must be zero or more')));
    expect(describeError(new TitleError())).toBe('A course needs a title: type one, or cancel.');
    expectSentence(describeError(new BackupReadError(RAW)));
  });

  it('keeps the backup refusal, which core wrote for the learner', () => {
    const text = describeError(new BackupError('checksum', 'The backup has been altered; export it again.'));
    expect(text).toBe('This backup was not restored and your progress is unchanged: the backup has been altered; export it again.');
  });

  it('answers an unknown error with a generic sentence, never its message or stack', () => {
    for (const err of [new Error(RAW), new TypeError(RAW), RAW, null, undefined, 42, { message: RAW }]) {
      expect(describeError(err)).toBe(UNKNOWN_ERROR_SENTENCE);
    }
    expectSentence(UNKNOWN_ERROR_SENTENCE);
  });
});

describe('storage errors from Dexie', () => {
  const dexieError = (name: string, inner?: unknown) => Object.assign(new Error(RAW), { name, inner });

  it('reads raw Dexie and DOM errors by name, even unwrapped', () => {
    expect(storageProblem(new DOMException(RAW, 'QuotaExceededError'))).toBe('full');
    expect(storageProblem(dexieError('DatabaseClosedError'))).toBe('closed');
    expect(storageProblem(dexieError('VersionError'))).toBe('version');
    expect(storageProblem(dexieError('ConstraintError'))).toBe('conflict');
    expect(storageProblem(dexieError('InvalidStateError'))).toBe('aborted');
    expect(storageProblem(dexieError('TransactionInactiveError'))).toBe('aborted');
    expect(storageProblem(dexieError('MissingAPIError'))).toBe('unavailable');
    expect(storageProblem(dexieError('UnknownError'))).toBe('failed');
    expect(storageProblem(new Error(RAW))).toBeNull();
    expect(describeError(dexieError('MissingAPIError'))).toMatch(/private window/);
  });

  it('finds a full disk inside an aborted transaction, and a missing API inside a failed open', () => {
    expect(storageProblem(new Dexie.AbortError(RAW, new Dexie.QuotaExceededError(RAW)))).toBe('full');
    expect(storageProblem(new Dexie.OpenFailedError(new Dexie.MissingAPIError(RAW)))).toBe('unavailable');
    expect(storageProblem(new Dexie.DatabaseClosedError(new Dexie.VersionError(RAW)))).toBe('version');
  });

  it('leaves errors that are not the store’s as they are', () => {
    const own = new QuizSessionError('over');
    expect(toStorageError(own)).toBe(own);
    expect(toStorageError(dexieError('ConstraintError'))).toBeInstanceOf(StorageError);
  });

  const freshDb = useTestDbs('describe-error');

  it('maps a real duplicate key and a closed database met through a repository', async () => {
    const db = freshDb();
    const repo = withStorageErrors({
      addTwice: async () => {
        await db.settings.add({ key: 'k', value: 1 });
        await db.settings.add({ key: 'k', value: 2 });
      },
      read: () => db.settings.toArray(),
    });
    await expect(repo.addTwice()).rejects.toMatchObject({ name: 'StorageError', code: 'conflict' });
    db.close();
    await expect(repo.read()).rejects.toMatchObject({ name: 'StorageError', code: 'closed' });
  });

  it('lets a repository’s own errors through unchanged', async () => {
    const repo = withStorageErrors({ fail: async () => Promise.reject(new TitleError()) });
    await expect(repo.fail()).rejects.toBeInstanceOf(TitleError);
  });
});
