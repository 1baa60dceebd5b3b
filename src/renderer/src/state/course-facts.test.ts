import { describe, expect, it, vi } from 'vitest';
import { askedFactIds, courseFactsTable, lessonFacts } from '../../../core/course-facts';
import { loadCourse } from '../../../core/course';
import { courseFolders } from '../../../core/course-module';
import { bundledCourses, bundleOf, courseById } from './course';

const { course } = courseById('minusma')!;

describe("the bundled course's facts worked out at build time", () => {
  it('are the facts the app extracts at run time, lesson by lesson', () => {
    const table = courseFactsTable([course]);
    const bundle = courseById('minusma')!;
    for (const lesson of course.lessons) {
      expect(table['minusma']?.[lesson.id]?.facts).toEqual(bundle.factsByLesson.get(lesson.id)?.filter((f) => f.kind !== 'term'));
    }
    expect(bundle.facts.length).toBeGreaterThan(10);
  });

  it('are used for a lesson whose text matches, and ignored for one that changed', () => {
    const table = courseFactsTable([course]);
    const [first, second] = course.lessons;
    const marker = { ...table['minusma']![first!.id]!.facts[0]!, id: 'from-the-table' };
    table['minusma']![first!.id]!.facts = [marker];
    expect(lessonFacts('minusma', first!, table)).toEqual([marker]);
    table['minusma']![second!.id]!.hash = '00000000';
    expect(lessonFacts('minusma', second!, table)).toEqual(courseFactsTable([course])['minusma']![second!.id]!.facts);
    expect(lessonFacts('other-course', first!, table).map((f) => f.id)).not.toContain('from-the-table');
  });
});

describe('the facts some question asks about, worked out with the table', () => {
  it('are exactly those the question engine asks about, so the library needs no engine to know them', () => {
    const bundle = courseById('minusma')!;
    expect([...bundle.asked].sort()).toEqual(askedFactIds(bundle.facts).sort());
    expect(bundle.asked.size).toBeGreaterThan(50);
  });
});

describe('the bundled courses, loaded at build time', () => {
  it('are bundled as the files loaded and bundled at run time would be', () => {
    const files = import.meta.glob('../../../../resources/courses/*/*.{md,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
    const atRunTime = courseFolders(files).map((folder) => {
      const { course, problems } = loadCourse(folder);
      return bundleOf(course!, problems);
    });
    expect(bundledCourses()).toEqual(atRunTime);
    expect(bundledCourses()[0]?.lessonById.size).toBe(6);
  });
});

describe('a table taken without checking its hashes', () => {
  it('is only the one made from the very course: another table whose lesson changed gives that lesson no facts', () => {
    const table = courseFactsTable([course]);
    const first = course.lessons[0]!;
    table['minusma']![first.id]!.hash = '00000000';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(bundleOf(course, [], undefined, table).factsByLesson.get(first.id)?.filter((f) => f.kind !== 'term')).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`no facts worked out for lesson ${first.id}`));
      // Said to be made from it, the same table is taken as it is.
      expect(bundleOf(course, [], undefined, table, [], true).factsByLesson.get(first.id)?.length).toBeGreaterThan(0);
    } finally {
      warn.mockRestore();
    }
  });
});
