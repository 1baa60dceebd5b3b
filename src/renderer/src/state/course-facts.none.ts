// Stands in for the build's `virtual:dossier-course-facts` where no build runs (unit tests):
// no facts known ahead, so every lesson's facts are extracted at run time.
import type { CourseFactsTable } from '../../../core/course-facts';

const none: CourseFactsTable = {};
export default none;
