// The shipped courses as the build hands them to the app (the `dossier-course-facts` plugin in
// electron.vite.config.ts): each folder already loaded into a `Course`, with the table of its facts and
// the facts some question asks about. The app then starts without parsing any Markdown, front matter or
// JSON of a course, and without loading the validator that checks them.
// Pure: it runs in the build tool and in the unit tests.
import { loadCourse, type Course, type CourseProblem } from './course';
import { courseAskedTable, courseFactsTable, type CourseFactsTable } from './course-facts';

/** A shipped course folder that loaded, with what is wrong in it (the app shows it to an author). */
export interface ShippedCourse {
  course: Course;
  problems: CourseProblem[];
}

/** What the build works out from the shipped course folders. */
export interface ShippedCourses {
  /** In the order of the folders given. */
  courses: ShippedCourse[];
  /** The folders whose course could not be loaded at all, with why (the build reports them). */
  failed: CourseProblem[][];
  table: CourseFactsTable;
  /** By course id: the ids of the facts some question asks about. */
  asked: Record<string, string[]>;
}

/** Loads each course folder (file name → text) and works out its facts. */
export function shippedCourses(folders: readonly Record<string, string>[]): ShippedCourses {
  const courses: ShippedCourse[] = [];
  const failed: CourseProblem[][] = [];
  for (const files of folders) {
    const { course, problems } = loadCourse(files);
    if (course) courses.push({ course, problems });
    else failed.push(problems);
  }
  const loaded = courses.map((c) => c.course);
  const table = courseFactsTable(loaded);
  return { courses, failed, table, asked: courseAskedTable(loaded, table) };
}

/**
 * The source of the module the app imports. Each part is a JSON string handed to `JSON.parse`, which
 * V8 reads faster than the same data written as an object literal.
 */
export function shippedCoursesModule({ courses, table, asked }: ShippedCourses): string {
  const json = (value: unknown): string => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return `export default ${json(table)};\nexport const asked = ${json(asked)};\nexport const courses = ${json(courses)};\n`;
}

/** Groups files found by path (`…/courses/<folder>/<file>`) into course folders, in order of first appearance. */
export function courseFolders(byPath: Record<string, string>): Record<string, string>[] {
  const byFolder = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(byPath)) {
    const m = /courses\/([^/]+)\/([^/]+)$/.exec(path);
    if (!m) continue;
    const [, folder = '', file = ''] = m;
    const files = byFolder.get(folder) ?? {};
    files[file] = text;
    byFolder.set(folder, files);
  }
  return [...byFolder.values()];
}
