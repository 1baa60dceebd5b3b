// Stands in for the build's `virtual:dossier-course-facts` where no build runs (unit tests): the same
// courses and table, worked out here from the same course files as the build plugin reads.
import { courseFolders, shippedCourses } from '../../../core/course-module';

const files = import.meta.glob('../../../../resources/courses/*/*.{md,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const shipped = shippedCourses(courseFolders(files));

export default shipped.table;
export const asked = shipped.asked;
export const courses = shipped.courses;
