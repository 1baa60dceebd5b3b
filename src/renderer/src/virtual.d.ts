declare module 'virtual:dossier-course-facts' {
  // An ambient module cannot import by relative path, so the types are referenced inline.
  /** The bundled courses' facts, worked out at build time (see electron.vite.config.ts). */
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const table: import('../../core/course-facts-table').CourseFactsTable;
  export default table;
  /** By course id: the ids of the facts some question asks about, worked out at build time too. */
  export const asked: Record<string, string[]>;
  /** The bundled courses, loaded from their folders at build time, with what is wrong in them. */
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const courses: import('../../core/course-module').ShippedCourse[];
}

declare module 'virtual:dossier-lesson-html' {
  /** The shipped courses' lessons, rendered at build time (see lib/lesson-prerender.ts). */
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const lessons: import('./lib/lesson-prerender').PrerenderedLessons;
  export default lessons;
}
