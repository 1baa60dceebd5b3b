// Stands in for the build's `virtual:dossier-course-facts` where no build runs (unit tests): the same
// table, worked out here from the same course files as the build plugin reads.
import { loadCourse, type Course } from '../../../core/course';
import { courseAskedTable, courseFactsTable } from '../../../core/course-facts';

const files = import.meta.glob('../../../../resources/courses/*/*.{md,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const byFolder = new Map<string, Record<string, string>>();
for (const [path, text] of Object.entries(files)) {
  const m = /courses\/([^/]+)\/([^/]+)$/.exec(path);
  if (!m) continue;
  const folder = byFolder.get(m[1] ?? '') ?? {};
  folder[m[2] ?? ''] = text;
  byFolder.set(m[1] ?? '', folder);
}
const courses = [...byFolder.values()].map((f) => loadCourse(f).course).filter((c): c is Course => c !== null);

const table = courseFactsTable(courses);
export default table;
export const asked = courseAskedTable(courses, table);
