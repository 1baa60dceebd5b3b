// The facts of a course's lessons as a table worked out ahead of time: by the build for the shipped
// courses (the `dossier-course-facts` plugin in electron.vite.config.ts) and by the import worker for
// an imported one. Reading it needs no extractor, so the app starts without loading chrono-node or the
// word finders; `course-facts.ts` is where a table is made.
import type { Course, Lesson } from './course';
import { hash32 } from './hash';
import type { Fact } from './types';

/** The facts of one course's lessons, by lesson id, each with the hash of the text they came from. */
export type LessonFactsTable = Record<string, { hash: string; facts: Fact[] }>;

/** Facts worked out ahead of time, by course id then lesson id. */
export type CourseFactsTable = Record<string, LessonFactsTable>;

/** The part of a lesson that teaches: everything before its closing `## Key points`, which only repeats. */
export function studyText(lesson: Lesson): string {
  const m = /^##\s+Key points\s*$/im.exec(lesson.body);
  return m ? lesson.body.slice(0, m.index) : lesson.body;
}

/**
 * The facts the table holds for exactly this lesson's text, or null when it holds none (or stale ones).
 * `madeFromIt`: the table was worked out from this very course (the build's, for the courses it
 * bundled), so its hashes are not checked again: hashing every lesson cost the start-up a few milliseconds.
 */
export function knownLessonFacts(courseId: string, lesson: Lesson, table: CourseFactsTable, madeFromIt = false): Fact[] | null {
  const known = table[courseId]?.[lesson.id];
  return known && (madeFromIt || known.hash === hash32(studyText(lesson))) ? known.facts : null;
}

/** Where a table keeps a course's glossary terms: no lesson id starts with `#`. */
export const GLOSSARY = '#glossary';

/** The glossary's terms depend on the glossary and on every lesson's text (a term goes with the lesson that first uses it). */
export function glossaryHash(course: Course): string {
  return hash32(JSON.stringify(course.glossary) + course.lessons.map((l) => `\u0000${l.id}\u0000${studyText(l)}`).join(''));
}

/** The glossary's terms as the table holds them for this glossary and these lessons, or null (`madeFromIt` as above). */
export function knownGlossaryFacts(course: Course, table: CourseFactsTable, madeFromIt = false): Fact[] | null {
  const known = table[course.manifest.id]?.[GLOSSARY];
  return known && (madeFromIt || known.hash === glossaryHash(course)) ? known.facts : null;
}

/**
 * Every fact of a course's lessons, by lesson id: each lesson's own, as `factsOf` gives them, and the
 * glossary's terms, as `glossaryOf` gives them, in the lesson that first uses them.
 */
export function assembleCourseFacts(course: Course, factsOf: (lesson: Lesson) => Fact[], glossaryOf: () => Fact[]): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>();
  for (const lesson of course.lessons) out.set(lesson.id, [...factsOf(lesson)]);
  for (const term of glossaryOf()) out.get(term.docId as string)?.push(term);
  return out;
}
