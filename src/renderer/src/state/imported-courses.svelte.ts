import { courseFactsTable } from '../../../core/course-facts';
import type { ImportedCourseRecord } from '../db/db';
import * as store from '../db/imported';
import { bundleOf } from './course';
import { importedBundles } from './imported-store.svelte';

/** What the imported-course list needs from the store. */
export interface ImportedCourseRepo {
  list(): Promise<ImportedCourseRecord[]>;
  save(record: ImportedCourseRecord): Promise<void>;
  rename(id: string, title: string): Promise<ImportedCourseRecord | undefined>;
  remove(id: string): Promise<void>;
  findByContent(hash: string): Promise<ImportedCourseRecord[]>;
}

const toBundle = (r: ImportedCourseRecord) => bundleOf(r.course, [], r.source, r.facts ? { [r.id]: r.facts } : {});

/** The learner's imported courses: loaded from the store once, and changed only through here. */
export class ImportedCourses {
  readonly #repo: ImportedCourseRepo;

  constructor(repo: ImportedCourseRepo) {
    this.#repo = repo;
  }

  /** Reads the store. A failure leaves the list empty: the shipped courses still work. */
  async load(): Promise<void> {
    try {
      const rows = await this.#repo.list();
      // A course restored from a backup (or kept twice) comes without its facts: found here once, then kept.
      for (const row of rows.filter((r) => !r.facts)) {
        row.facts = courseFactsTable([row.course])[row.id] ?? {};
        await this.#repo.save(row);
      }
      importedBundles.list = rows.map(toBundle);
    } catch (error) {
      console.error('imported courses:', error);
    }
  }

  findByContent(hash: string): Promise<ImportedCourseRecord[]> {
    return this.#repo.findByContent(hash);
  }

  async add(record: ImportedCourseRecord): Promise<void> {
    await this.#repo.save(record);
    const bundle = toBundle(record);
    importedBundles.list = [...importedBundles.list.filter((b) => b.course.manifest.id !== record.id), bundle];
  }

  async rename(id: string, title: string): Promise<void> {
    const row = await this.#repo.rename(id, title);
    if (!row) return;
    importedBundles.list = importedBundles.list.map((b) => (b.course.manifest.id === id ? toBundle(row) : b));
  }

  async remove(id: string): Promise<void> {
    await this.#repo.remove(id);
    importedBundles.list = importedBundles.list.filter((b) => b.course.manifest.id !== id);
  }
}

/** The app's imported courses, over the real store. */
export const importedCourses = new ImportedCourses({
  list: () => store.listImportedCourses(),
  save: (r) => store.saveImportedCourse(r),
  rename: (id, title) => store.renameImportedCourse(id, title),
  remove: (id) => store.deleteImportedCourse(id),
  findByContent: (hash) => store.findByContent(hash),
});
