import { loadCourse, type Course, type CourseProblem, type Lesson } from '../../../core/course';
import { courseFacts } from '../../../core/course-facts';
import type { Fact } from '../../../core/types';

/** A loaded course with the facts of each lesson, ready for the reader and the quiz. */
export interface CourseBundle {
  course: Course;
  problems: CourseProblem[];
  /** Every fact of the course, lesson by lesson in reading order. */
  facts: Fact[];
  factsByLesson: Map<string, Fact[]>;
  lessonById: Map<string, Lesson>;
}

// The courses shipped with the app, bundled as text at build time: no file or network access at run time.
const bundled = import.meta.glob('../../../../resources/courses/*/*.{md,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The part of a lesson that teaches: everything before its closing `## Key points`, which only repeats. */
export function studyText(lesson: Lesson): string {
  const m = /^##\s+Key points\s*$/im.exec(lesson.body);
  return m ? lesson.body.slice(0, m.index) : lesson.body;
}

/** Builds a bundle from a course folder's files (name → text). */
export function bundleCourse(files: Record<string, string>): CourseBundle | null {
  const { course, problems } = loadCourse(files);
  if (!course) {
    for (const p of problems) console.warn(`course: ${p.file}${p.field ? ` (${p.field})` : ''}: ${p.message}`);
    return null;
  }
  // Numbers, names, acronyms, lists, and the glossary's terms in the lesson that first uses them.
  const factsByLesson = courseFacts(course, studyText);
  const lessonById = new Map<string, Lesson>();
  for (const lesson of course.lessons) lessonById.set(lesson.id, lesson);
  return { course, problems, facts: [...factsByLesson.values()].flat(), factsByLesson, lessonById };
}

let cache: CourseBundle[] | undefined;

/** The courses shipped with Dossier, loaded once. A malformed file is reported and the rest still loads. */
export function bundledCourses(): CourseBundle[] {
  if (cache) return cache;
  const byFolder = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(bundled)) {
    const m = /courses\/([^/]+)\/([^/]+)$/.exec(path);
    if (!m) continue;
    const [, folder = '', file = ''] = m;
    const files = byFolder.get(folder) ?? {};
    files[file] = text;
    byFolder.set(folder, files);
  }
  cache = [...byFolder.values()].map(bundleCourse).filter((b): b is CourseBundle => b !== null);
  return cache;
}

/** The course with this id, if shipped. */
export function courseById(id: string): CourseBundle | undefined {
  return bundledCourses().find((b) => b.course.manifest.id === id);
}
