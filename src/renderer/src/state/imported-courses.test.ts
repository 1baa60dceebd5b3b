import { describe, expect, it } from 'vitest';
import { lessonFactsTable } from '../../../core/course-facts';
import type { ImportedCourseRecord } from '../db/db';
import { ImportedCourses, type ImportedCourseRepo } from './imported-courses.svelte';
import { importedBundles } from './imported-store.svelte';

const body = 'The Security Council established the Force on 4 March 1964 by resolution 186.\n\n## Key points\n\n- k\n';
const record = (id: string): ImportedCourseRecord => ({
  id,
  title: 'The Force in Cyprus',
  contentHash: `hash-${id}`,
  addedAt: Date.UTC(2026, 0, 2),
  source: { fileName: 'cyprus.md', documentTitle: 'The Force in Cyprus', importedAt: Date.UTC(2026, 0, 2) },
  course: {
    manifest: { id, title: 'The Force in Cyprus', version: '1.0.0', summary: 's', lessons: [`${id}-01`] },
    lessons: [{ id: `${id}-01`, title: 'One', order: 1, objectives: ['o'], minutes: 1, body, keyPoints: ['k'], file: 'x.md' }],
    glossary: [],
  },
});

function repoOf(rows: ImportedCourseRecord[]): ImportedCourseRepo {
  return {
    list: () => Promise.resolve(rows),
    save: (r) => {
      rows.push(r);
      return Promise.resolve();
    },
    rename: () => Promise.resolve(undefined),
    remove: () => Promise.resolve(),
    findByContent: () => Promise.resolve([]),
  };
}

describe('imported courses at start-up', () => {
  it('take their facts from the table stored with them, without extracting again', async () => {
    const stored = record('cyprus');
    const table = lessonFactsTable(stored.course);
    const marked = { ...table['cyprus-01']!.facts[0]!, id: 'cyprus-01:from-the-store' };
    stored.facts = { 'cyprus-01': { hash: table['cyprus-01']!.hash, facts: [marked] } };
    await new ImportedCourses(repoOf([stored])).load();
    expect(importedBundles.list[0]?.facts.map((f) => f.id)).toEqual(['cyprus-01:from-the-store']);
  });

  it('work out the facts of a course imported before they were stored', async () => {
    await new ImportedCourses(repoOf([record('older')])).load();
    const values = importedBundles.list[0]?.facts.map((f) => `${f.kind}:${f.value}`);
    expect(values).toContain('date:1964-03-04');
    expect(values).toContain('resolution:186');
  });

  it('show a course just added with the facts the import worked out', async () => {
    const courses = new ImportedCourses(repoOf([]));
    await courses.load();
    const added = record('added');
    added.facts = lessonFactsTable(added.course);
    await courses.add(added);
    expect(importedBundles.list.map((b) => b.course.manifest.id)).toEqual(['added']);
    expect(importedBundles.list[0]?.facts.length).toBe(added.facts['added-01']!.facts.length);
  });
});
