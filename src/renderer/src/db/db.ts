import type { LessonFactsTable } from '../../../core/course-facts-table';
import { Dexie, type EntityTable } from 'dexie';
import type { CardState } from '../../../core/scheduling';
import type { QuizChoice, QuizMode } from '../../../core/quiz-settings';
import type { Timing } from '../../../core/timer';
import type { FactKind, Question, QuestionType, Response } from '../../../core/types';
import type { Course } from '../../../core/course';
import type { ImportSource } from '../../../core/import/build';

/** A course known to this installation (bundled or brought by the learner). */
export interface CourseRecord {
  id: string;
  title: string;
  version: string;
  source: 'bundled' | 'imported';
  addedAt: number;
}

/** How far a learner has got in one lesson. */
export interface LessonProgress {
  courseId: string;
  lessonId: string;
  state: 'in-progress' | 'studied';
  /** Furthest point read, 0–100. */
  percent: number;
  /** Where the reader was, as a fraction 0–1 of the lesson's height. */
  position: number;
  updatedAt: number;
  studiedAt?: number;
}

export type { QuizMode };
export type QuizTiming = Timing;

/** The choices a quiz was set up with (see core/quiz-settings), plus whether it reviews due cards. */
export interface QuizSettings extends QuizChoice {
  /** A review session of due cards rather than a quiz on lessons. */
  review?: boolean;
}

/** A quiz, stored the moment it starts so it can be resumed after a crash. */
export interface QuizSession {
  id: string;
  courseId: string;
  status: 'active' | 'finished' | 'abandoned';
  settings: QuizSettings;
  seed: number;
  questions: Question[];
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
  /** Index of the question on screen at the last write. */
  current: number;
  /** Time left (ms) on the running clock at the last write; null when untimed. */
  remainingMs: number | null;
  flagged: string[];
  /** Filled when finished. */
  score?: { correct: number; total: number; durationMs: number };
}

/** One answer to one question of a session. In exam mode it is overwritten until submitted. */
export interface AnswerRecord {
  sessionId: string;
  questionId: string;
  factIds: string[];
  kind: FactKind;
  type: QuestionType;
  docId?: string;
  response: Response | null;
  correct: boolean;
  timedOut: boolean;
  /** Time spent on the question, in milliseconds. */
  elapsedMs: number;
  answeredAt: number;
}

/** The spaced-repetition state of one fact (see core/scheduling), keyed by the fact. */
export interface CardRecord extends CardState {
  factId: string;
  courseId: string;
  docId: string;
  kind: FactKind;
}

/** One graded review of a card. */
export interface ReviewLogRecord {
  id?: number;
  factId: string;
  rating: number;
  state: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  reviewedAt: number;
}

/** Answers aggregated per local day, so the dashboard never scans every answer. */
export interface DailyStat {
  day: string;
  answers: number;
  correct: number;
  totalMs: number;
}

/** A course the learner imported from a document of their own: its whole content, kept for good. */
export interface ImportedCourseRecord {
  id: string;
  /** The course title, as renamed by the learner (the manifest's title follows it). */
  title: string;
  course: Course;
  source: ImportSource;
  /** Hash of the file's text: importing the same file again is recognised by it. */
  contentHash: string;
  addedAt: number;
  /**
   * The facts of its lessons, worked out by the import worker, so that starting the app does not run the
   * extractor. Not indexed (no schema version); courses imported before it have none and are worked out once.
   */
  facts?: LessonFactsTable;
  /** The ids of the facts some question asks about, worked out with the facts (absent where they are). */
  asked?: string[];
}

export interface Setting {
  key: string;
  value: unknown;
}

export type DossierDb = Dexie & {
  courses: EntityTable<CourseRecord, 'id'>;
  lessonProgress: EntityTable<LessonProgress>;
  quizSessions: EntityTable<QuizSession, 'id'>;
  answers: EntityTable<AnswerRecord>;
  cards: EntityTable<CardRecord, 'factId'>;
  reviewLogs: EntityTable<ReviewLogRecord, 'id'>;
  dailyStats: EntityTable<DailyStat, 'day'>;
  settings: EntityTable<Setting, 'key'>;
  importedCourses: EntityTable<ImportedCourseRecord, 'id'>;
};

export const DB_NAME = 'dossier';

/**
 * Declares every schema version. Version 1 shipped with the first release and is never edited:
 * a change adds `version(n + 1)` with its `.upgrade()` and a test that opens a version-1 database.
 */
export function declareSchema(db: Dexie): void {
  db.version(1).stores({
    courses: 'id',
    lessonProgress: '[courseId+lessonId], courseId, updatedAt',
    quizSessions: 'id, status, startedAt, courseId',
    answers: '[sessionId+questionId], sessionId, answeredAt, *factIds',
    cards: 'factId, due, courseId, docId, kind',
    reviewLogs: '++id, factId, reviewedAt',
    dailyStats: 'day',
    settings: 'key',
  });
  // Version 2: courses imported from the learner's own documents. Earlier course rows were all bundled.
  db.version(2)
    .stores({ importedCourses: 'id, contentHash, addedAt' })
    .upgrade(async (tx) => {
      await tx
        .table<CourseRecord, string>('courses')
        .toCollection()
        .modify((row) => {
          row.source ??= 'bundled';
        });
    });
  // Version 3: a changed exam answer finds the review it gave through [sessionId+questionId], and only
  // the later reviews of the fact through [factId+reviewedAt], instead of reading every log of the fact.
  // Both fields already ride on the rows, so Dexie indexes the existing logs itself: no data changes.
  db.version(3).stores({
    reviewLogs: '++id, factId, reviewedAt, [sessionId+questionId], [factId+reviewedAt]',
  });
}

/** Opens (or creates) the database with the given name. */
export function createDb(name = DB_NAME): DossierDb {
  const db = new Dexie(name) as DossierDb;
  declareSchema(db);
  return db;
}

/** The application's database. The only module that creates it; other code goes through repositories. */
export const db: DossierDb = createDb();

/** Asks the browser not to evict our data under storage pressure. Resolves whether it agreed. */
export async function requestPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
