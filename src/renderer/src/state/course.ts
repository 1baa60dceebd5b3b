import type { Course, CourseProblem, Lesson } from '../../../core/course';
import type { Fact } from '../../../core/types';
import precomputed, { asked as precomputedAsked, courses as shipped } from 'virtual:dossier-course-facts';
import { assembleCourseFacts, knownGlossaryFacts, knownLessonFacts, type CourseFactsTable } from '../../../core/course-facts-table';
import type { ImportSource } from '../../../core/import/build';
import { importedBundles } from './imported-store.svelte';

export { studyText } from '../../../core/course-facts-table';

/** A loaded course with the facts of each lesson, ready for the reader and the quiz. */
export interface CourseBundle {
  course: Course;
  problems: CourseProblem[];
  /** Every fact of the course, lesson by lesson in reading order. */
  facts: Fact[];
  factsByLesson: Map<string, Fact[]>;
  lessonById: Map<string, Lesson>;
  /** The ids of the facts some question asks about (worked out with the facts, at build or import). */
  asked: ReadonlySet<string>;
  /** Set for a course the learner imported: where it came from. */
  imported?: ImportSource;
}

/**
 * Builds a bundle from a loaded course (a bundled one, or one the learner imported) and the table of its
 * facts (the build's for a shipped course, the import's for an imported one). The extractor is not on
 * the start-up path: a lesson missing from the table, or whose text changed since (`madeFromIt` false: its
 * hash is checked), has no facts, and says so in the console.
 */
export function bundleOf(
  course: Course,
  problems: CourseProblem[] = [],
  imported?: ImportSource,
  table: CourseFactsTable = precomputed,
  asked: readonly string[] = precomputedAsked[course.manifest.id] ?? [],
  madeFromIt = false,
): CourseBundle {
  // Numbers, names, acronyms, lists, and the glossary's terms in the lesson that first uses them.
  const factsByLesson = assembleCourseFacts(course, (lesson) => {
    const known = knownLessonFacts(course.manifest.id, lesson, table, madeFromIt);
    if (!known) console.warn(`course ${course.manifest.id}: no facts worked out for lesson ${lesson.id}; rebuild to quiz on it`);
    return known ?? [];
  }, () => {
    const known = knownGlossaryFacts(course, table, madeFromIt);
    if (!known && course.glossary.length) console.warn(`course ${course.manifest.id}: no glossary terms worked out; rebuild to quiz on them`);
    return known ?? [];
  });
  const lessonById = new Map<string, Lesson>();
  for (const lesson of course.lessons) lessonById.set(lesson.id, lesson);
  const facts = [...factsByLesson.values()].flat();
  return { course, problems, facts, factsByLesson, lessonById, asked: new Set(asked), ...(imported ? { imported } : {}) };
}

let cache: CourseBundle[] | undefined;

/**
 * The courses shipped with Dossier, loaded from their folders at build time (a folder that could not be
 * loaded was reported by the build), bundled once.
 */
export function bundledCourses(): CourseBundle[] {
  // The build worked the table out from these very courses: it is taken as it is.
  return (cache ??= shipped.map(({ course, problems }) => bundleOf(course, problems, undefined, precomputed, precomputedAsked[course.manifest.id] ?? [], true)));
}

/** Every course: those shipped, then those the learner imported (oldest first). */
export function allCourses(): CourseBundle[] {
  return [...bundledCourses(), ...importedBundles.list];
}

/** The course with this id, shipped or imported. */
export function courseById(id: string): CourseBundle | undefined {
  return allCourses().find((b) => b.course.manifest.id === id);
}
