// The facts of a course's lessons, extracted, and the tables of them that the build and the import
// worker store (see course-facts-table.ts, which the app reads at start without loading the extractor).
// Pure: it runs in the build tool, the import worker, the command line and the tests.
import type { Course, Lesson } from './course';
import { assembleCourseFacts, glossaryHash, GLOSSARY, knownGlossaryFacts, knownLessonFacts, studyText, type CourseFactsTable, type LessonFactsTable } from './course-facts-table';
import { termFacts } from './terms';
import { hash32 } from './hash';
import { extractFacts } from './facts';
import { extractWordFacts } from './kinds';
import { generateQuestions } from './questions';
import type { Fact } from './types';

export { studyText, type CourseFactsTable, type LessonFactsTable } from './course-facts-table';

/**
 * The facts of one lesson: from the table when it holds them for exactly this text, else extracted now
 * (a course changed since the build, or no table at all, as in the unit tests).
 */
export function lessonFacts(courseId: string, lesson: Lesson, table: CourseFactsTable): Fact[] {
  return knownLessonFacts(courseId, lesson, table) ?? extractLessonFacts(lesson.id, studyText(lesson));
}

/** Numbers, names, acronyms and lists of one lesson's teaching text. */
function extractLessonFacts(id: string, text: string): Fact[] {
  return [...extractFacts(text, { docId: id, format: 'markdown' }), ...extractWordFacts(text, { docId: id, format: 'markdown' })];
}

/**
 * Every fact of a course's lessons, by lesson id: each lesson's own (from `table` where it holds them), and
 * the glossary's terms in the lesson that first uses them.
 */
export function courseFacts(course: Course, table: CourseFactsTable = {}): Map<string, Fact[]> {
  return assembleCourseFacts(course, (lesson) => lessonFacts(course.manifest.id, lesson, table), () => glossaryFacts(course, table));
}

/** The glossary's terms: from the table when it holds them for this glossary and these lessons, else worked out now. */
function glossaryFacts(course: Course, table: CourseFactsTable): Fact[] {
  return knownGlossaryFacts(course, table) ?? termFacts(course.glossary, course.lessons.map((lesson) => ({ id: lesson.id, text: studyText(lesson) })));
}

/** The table of one course (its lessons, and its glossary under `#glossary`), as the build and the import worker store it. */
export function lessonFactsTable(course: Course): LessonFactsTable {
  const lessons: LessonFactsTable = {};
  for (const lesson of course.lessons) {
    const text = studyText(lesson);
    lessons[lesson.id] = { hash: hash32(text), facts: extractLessonFacts(lesson.id, text) };
  }
  lessons[GLOSSARY] = { hash: glossaryHash(course), facts: glossaryFacts(course, {}) };
  return lessons;
}

/** The table for some courses, as the build stores it. */
export function courseFactsTable(courses: readonly Course[]): CourseFactsTable {
  const table: CourseFactsTable = {};
  for (const course of courses) table[course.manifest.id] = lessonFactsTable(course);
  return table;
}

/**
 * The ids of the facts some question asks about: the engine asks once per value and lesson, so these
 * are the facts a learner can be quizzed on, and the ones mastery and reviews are measured over. Worked
 * out with the facts (at build, at import), so that the library's "due today" needs no question engine.
 */
export function askedFactIds(facts: readonly Fact[]): string[] {
  return [...new Set(generateQuestions(facts, { seed: 1 }).flatMap((q) => q.factIds))];
}

/** The asked fact ids of each course, keyed by course id, as the build stores them beside the table. */
export function courseAskedTable(courses: readonly Course[], table: CourseFactsTable): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const course of courses) out[course.manifest.id] = askedFactIds([...courseFacts(course, table).values()].flat());
  return out;
}
