// The facts of a course's lessons, and the table of them worked out at build time (see the
// `dossier-course-facts` plugin in electron.vite.config.ts), so the app does not run the extractor
// (and chrono-node's date parsing) on every start. Pure: it runs in the renderer and in the build tool.
import type { Course, Lesson } from './course';
import { hash32 } from './hash';
import { extractFacts } from './facts';
import { extractWordFacts } from './kinds';
import { termFacts } from './terms';
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
  return extractLessonFacts(lesson.id, text);
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
  const out = new Map<string, Fact[]>();
  for (const lesson of course.lessons) out.set(lesson.id, [...lessonFacts(course.manifest.id, lesson, table)]);
  for (const term of glossaryFacts(course, table)) out.get(term.docId as string)?.push(term);
  return out;
}

/** Where the table keeps a course's glossary terms: no lesson id starts with `#`. */
const GLOSSARY = '#glossary';

/** The glossary's terms depend on the glossary and on every lesson's text (a term goes with the lesson that first uses it). */
function glossaryHash(course: Course): string {
  return hash32(JSON.stringify(course.glossary) + course.lessons.map((l) => `\u0000${l.id}\u0000${studyText(l)}`).join(''));
}

/** The glossary's terms: from the table when it holds them for this glossary and these lessons, else worked out now. */
function glossaryFacts(course: Course, table: CourseFactsTable): Fact[] {
  const known = table[course.manifest.id]?.[GLOSSARY];
  if (known && known.hash === glossaryHash(course)) return known.facts;
  return termFacts(course.glossary, course.lessons.map((lesson) => ({ id: lesson.id, text: studyText(lesson) })));
}

/** The table for some courses, as the build stores it. */
export function courseFactsTable(courses: readonly Course[]): CourseFactsTable {
  const table: CourseFactsTable = {};
  for (const course of courses) {
    const lessons: CourseFactsTable[string] = {};
    for (const lesson of course.lessons) {
      const text = studyText(lesson);
      lessons[lesson.id] = { hash: hash32(text), facts: extractLessonFacts(lesson.id, text) };
    }
    lessons[GLOSSARY] = { hash: glossaryHash(course), facts: glossaryFacts(course, {}) };
    table[course.manifest.id] = lessons;
  }
  return table;
}
