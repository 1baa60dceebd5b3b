import type { ImportedCourseRecord } from '../db/db';
import type { LessonFactsTable } from '../../../core/course-facts-table';
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

type Complete = ImportedCourseRecord & { facts: LessonFactsTable; asked: string[] };
const toBundle = (r: Complete) => bundleOf(r.course, [], r.source, { [r.course.manifest.id]: r.facts }, r.asked);

/**
 * The record with the facts of its lessons and the ids of those asked. The import worker stores them; a
 * course imported before that has none, and only then is the extractor loaded (off the start-up bundle) to work them out.
 */
async function withFacts(r: ImportedCourseRecord): Promise<Complete> {
  if (r.facts && r.asked) return { ...r, facts: r.facts, asked: r.asked };
  const { askedFactIds, courseFacts, lessonFactsTable } = await import('../../../core/course-facts');
  const facts = r.facts ?? lessonFactsTable(r.course);
  return { ...r, facts, asked: askedFactIds([...courseFacts(r.course, { [r.course.manifest.id]: facts }).values()].flat()) };
}

/** The learner's imported courses: loaded from the store once, and changed only through here. */
export class ImportedCourses {
  readonly #repo: ImportedCourseRepo;

  constructor(repo: ImportedCourseRepo) {
    this.#repo = repo;
  }

  /** Reads the store. A failure leaves the list empty: the shipped courses still work. */
  async load(): Promise<void> {
    try {
      importedBundles.list = (await Promise.all((await this.#repo.list()).map(withFacts))).map(toBundle);
    } catch (error) {
      console.error('imported courses:', error);
    }
  }

  findByContent(hash: string): Promise<ImportedCourseRecord[]> {
    return this.#repo.findByContent(hash);
  }

  async add(record: ImportedCourseRecord): Promise<void> {
    await this.#repo.save(record);
    const bundle = toBundle(await withFacts(record));
    importedBundles.list = [...importedBundles.list.filter((b) => b.course.manifest.id !== record.id), bundle];
  }

  async rename(id: string, title: string): Promise<void> {
    const row = await this.#repo.rename(id, title);
    if (!row) return;
    const renamed = toBundle(await withFacts(row));
    importedBundles.list = importedBundles.list.map((b) => (b.course.manifest.id === id ? renamed : b));
  }

  async remove(id: string): Promise<void> {
    await this.#repo.remove(id);
    importedBundles.list = importedBundles.list.filter((b) => b.course.manifest.id !== id);
  }
}
