import { db as defaultDb, type DossierDb, type LessonProgress } from './db';

/** Where a reader is in a lesson, as measured on screen. */
export interface Reading {
  /** How much of the lesson has been on screen, 0–100. */
  percent: number;
  /** Scroll position as a fraction 0–1 of the page's scrollable height. */
  position: number;
}

const clamp = (n: number, lo: number, hi: number): number => (Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo);

/** The stored progress of one lesson, if the learner has opened it. */
export async function getLessonProgress(
  courseId: string,
  lessonId: string,
  db: DossierDb = defaultDb,
): Promise<LessonProgress | undefined> {
  return db.lessonProgress.get([courseId, lessonId]);
}

/** Every stored lesson progress of a course. */
export async function getCourseProgress(courseId: string, db: DossierDb = defaultDb): Promise<LessonProgress[]> {
  return db.lessonProgress.where('courseId').equals(courseId).toArray();
}

/**
 * Records where the learner is. The percent read only grows, and a studied lesson stays studied:
 * scrolling back up to re-read does not undo either.
 */
export async function recordReading(
  courseId: string,
  lessonId: string,
  reading: Reading,
  now: number,
  db: DossierDb = defaultDb,
): Promise<LessonProgress> {
  return db.transaction('rw', 'lessonProgress', async () => {
    const old = await db.lessonProgress.get([courseId, lessonId]);
    const next: LessonProgress = {
      ...old,
      courseId,
      lessonId,
      state: old?.state ?? 'in-progress',
      percent: Math.max(old?.percent ?? 0, Math.round(clamp(reading.percent, 0, 100))),
      position: clamp(reading.position, 0, 1),
      updatedAt: now,
    };
    await db.lessonProgress.put(next);
    return next;
  });
}

/** Marks a lesson studied, or takes the mark back; the percent read and position are kept. */
export async function setStudied(
  courseId: string,
  lessonId: string,
  studied: boolean,
  now: number,
  db: DossierDb = defaultDb,
): Promise<LessonProgress> {
  return db.transaction('rw', 'lessonProgress', async () => {
    const old = await db.lessonProgress.get([courseId, lessonId]);
    const next: LessonProgress = {
      courseId,
      lessonId,
      percent: old?.percent ?? 0,
      position: old?.position ?? 0,
      state: studied ? 'studied' : 'in-progress',
      updatedAt: now,
    };
    if (studied) next.studiedAt = old?.state === 'studied' && old.studiedAt !== undefined ? old.studiedAt : now;
    await db.lessonProgress.put(next);
    return next;
  });
}
