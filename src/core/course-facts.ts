// The facts of a course's lessons, and the table of them worked out at build time (see the
// `dossier-course-facts` plugin in electron.vite.config.ts), so the app does not run the extractor
// (and chrono-node's date parsing) on every start. Pure: it runs in the renderer and in the build tool.
import type { Course, Lesson } from './course';
import { hash32 } from './hash';
import { extractFacts } from './facts';
import type { Fact } from './types';

/** Facts worked out ahead of time, by course id then lesson id, each with the hash of the text it came from. */
export type CourseFactsTable = Record<string, Record<string, { hash: string; facts: Fact[] }>>;

/** The part of a lesson that teaches: everything before its closing `## Key points`, which only repeats. */
export function studyText(lesson: Lesson): string {
  const m = /^##\s+Key points\s*$/im.exec(lesson.body);
  return m ? lesson.body.slice(0, m.index) : lesson.body;
}

/**
 * The facts of one lesson: from the table when it holds them for exactly this text, else extracted now
 * (a course changed since the build, or no table at all, as in the unit tests).
 */
export function lessonFacts(courseId: string, lesson: Lesson, table: CourseFactsTable): Fact[] {
  const text = studyText(lesson);
  const known = table[courseId]?.[lesson.id];
  if (known && known.hash === hash32(text)) return known.facts;
  return extractFacts(text, { docId: lesson.id, format: 'markdown' });
}

/** The table for some courses, as the build stores it. */
export function courseFactsTable(courses: readonly Course[]): CourseFactsTable {
  const table: CourseFactsTable = {};
  for (const course of courses) {
    const lessons: CourseFactsTable[string] = {};
    for (const lesson of course.lessons) {
      const text = studyText(lesson);
      lessons[lesson.id] = { hash: hash32(text), facts: extractFacts(text, { docId: lesson.id, format: 'markdown' }) };
    }
    table[course.manifest.id] = lessons;
  }
  return table;
}
