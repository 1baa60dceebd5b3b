import type { CourseBundle } from './course';

/** The imported courses in memory, read by `allCourses()`; kept by `importedCourses` (imported-courses.svelte.ts). */
export const importedBundles: { list: CourseBundle[] } = $state({ list: [] });
