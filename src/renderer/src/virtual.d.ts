declare module 'virtual:dossier-course-facts' {
  /** The bundled courses' facts, worked out at build time (see electron.vite.config.ts). */
  // An ambient module cannot import by relative path, so the type is referenced inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const table: import('../../core/course-facts').CourseFactsTable;
  export default table;
}
