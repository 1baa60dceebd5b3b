// The repositories the app's state is built from, over one Dexie database. Each method's store
// failures come out as StorageError (see errors.ts), so no Dexie text travels further. The backup's
// repository is in backup.ts, which loads with the Progress screen (its validator is large).
import type { Grade } from '../../../core/scheduling';
import type { Question } from '../../../core/types';
import { allCards, factsStartedSince, rateFact, studiedLessons, undoRating, type CardBase } from './cards';
import type { DossierDb, QuizSettings } from './db';
import { withStorageErrors } from './errors';
import { deleteImportedCourse, findByContent, listImportedCourses, renameImportedCourse, saveImportedCourse } from './imported';
import { getCourseProgress, recordReading, setStudied } from './progress';
import { createSession } from './quiz';
import { getSetting, setSetting } from './settings';
import { cachedDashboardSource, EXAM_DATE_KEY, latestRatings, saveExamDate } from './stats';

/** Every repository of the app over `db`. */
export function createRepositories(db: DossierDb) {
  const dashboardSource = cachedDashboardSource(db);
  return {
    settings: withStorageErrors({
      get: <T>(key: string, fallback: T) => getSetting<T>(key, fallback, db),
      set: (key: string, value: unknown) => setSetting(key, value, db),
    }),
    lessons: withStorageErrors({
      all: (courseId: string) => getCourseProgress(courseId, db),
      recordReading: (courseId: string, lessonId: string, reading: Parameters<typeof recordReading>[2], now: number) =>
        recordReading(courseId, lessonId, reading, now, db),
      setStudied: (courseId: string, lessonId: string, studied: boolean, now: number) => setStudied(courseId, lessonId, studied, now, db),
    }),
    dashboard: withStorageErrors({
      source: dashboardSource,
      saveExamDate: (day: string | null) => saveExamDate(day, db),
    }),
    review: withStorageErrors({
      cards: () => allCards(db),
      studiedLessons: () => studiedLessons(db),
      factsStartedSince: (since: number) => factsStartedSince(since, db),
      examDate: () => getSetting<string | null>(EXAM_DATE_KEY, null, db),
      latestRatings: () => latestRatings(db),
      createSession: (settings: QuizSettings, questions: Question[], seed: number, now: number, remainingMs: number | null) =>
        createSession(settings, questions, seed, now, remainingMs, db),
    }),
    ratings: withStorageErrors({
      rate: (base: CardBase, rating: Grade, now: number) => rateFact(base, rating, now, db),
      undo: (logId: number) => undoRating(logId, db),
    }),
    importedCourses: withStorageErrors({
      list: () => listImportedCourses(db),
      save: (record: Parameters<typeof saveImportedCourse>[0]) => saveImportedCourse(record, db),
      rename: (id: string, title: string) => renameImportedCourse(id, title, db),
      remove: (id: string) => deleteImportedCourse(id, db),
      findByContent: (hash: string) => findByContent(hash, db),
    }),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
