import type { Course } from '../../../core/course';
import { TitleError } from '../../../core/errors';
import { db as defaultDb, type DossierDb, type ImportedCourseRecord } from './db';

/** Every imported course, oldest first. */
export async function listImportedCourses(db: DossierDb = defaultDb): Promise<ImportedCourseRecord[]> {
  return db.importedCourses.orderBy('addedAt').toArray();
}

/** Imported courses made from a file with this text, if any (to say the file was imported already). */
export async function findByContent(contentHash: string, db: DossierDb = defaultDb): Promise<ImportedCourseRecord[]> {
  return db.importedCourses.where('contentHash').equals(contentHash).toArray();
}

/** Stores a new (or replacing) imported course and its library entry together. */
export async function saveImportedCourse(record: ImportedCourseRecord, db: DossierDb = defaultDb): Promise<void> {
  await db.transaction('rw', db.importedCourses, db.courses, async () => {
    await db.importedCourses.put(record);
    await db.courses.put({ id: record.id, title: record.title, version: record.course.manifest.version, source: 'imported', addedAt: record.addedAt });
  });
}

/** Renames an imported course; the title is trimmed and must not be empty. Returns the stored record. */
export async function renameImportedCourse(id: string, title: string, db: DossierDb = defaultDb): Promise<ImportedCourseRecord | undefined> {
  const name = title.replace(/\s+/g, ' ').trim();
  if (!name) throw new TitleError();
  return db.transaction('rw', db.importedCourses, db.courses, async () => {
    const row = await db.importedCourses.get(id);
    if (!row) return undefined;
    const course: Course = { ...row.course, manifest: { ...row.course.manifest, title: name } };
    const next = { ...row, title: name, course };
    await db.importedCourses.put(next);
    await db.courses.update(id, { title: name });
    return next;
  });
}

/**
 * Deletes an imported course with everything learnt on it, in one transaction: its reading progress,
 * quizzes and their answers, cards and their review logs. The day totals of the dashboard keep
 * counting its past answers: they are sums that cannot be taken apart by course.
 */
export async function deleteImportedCourse(id: string, db: DossierDb = defaultDb): Promise<void> {
  await db.transaction('rw', ['importedCourses', 'courses', 'lessonProgress', 'quizSessions', 'answers', 'cards', 'reviewLogs'], async () => {
    const sessions = await db.quizSessions.where('courseId').equals(id).primaryKeys();
    const factIds = await db.cards.where('courseId').equals(id).primaryKeys();
    if (sessions.length) await db.answers.where('sessionId').anyOf(sessions).delete();
    if (factIds.length) await db.reviewLogs.where('factId').anyOf(factIds).delete();
    await db.cards.where('courseId').equals(id).delete();
    await db.quizSessions.where('courseId').equals(id).delete();
    await db.lessonProgress.where('courseId').equals(id).delete();
    await db.importedCourses.delete(id);
    await db.courses.delete(id);
  });
}
