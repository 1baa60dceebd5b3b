import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from './course';
import { courseAskedTable, courseFactsTable } from './course-facts';
import { courseFolders, shippedCourses, shippedCoursesModule, type ShippedCourse } from './course-module';

// The shipped course folders, read from disk as the build plugin reads them.
const root = resolve(__dirname, '../../resources/courses');
const byPath: Record<string, string> = {};
for (const folder of readdirSync(root).sort()) {
  for (const file of readdirSync(resolve(root, folder)).sort()) {
    if (/\.(md|json)$/.test(file)) byPath[`courses/${folder}/${file}`] = readFileSync(resolve(root, folder, file), 'utf8');
  }
}
const folders = courseFolders(byPath);

async function importModule(source: string): Promise<{ default: unknown; asked: unknown; courses: ShippedCourse[] }> {
  return (await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as never;
}

describe('the shipped courses as the build hands them to the app', () => {
  it('are the courses loading their files at run time gives, problems included', async () => {
    const mod = await importModule(shippedCoursesModule(shippedCourses(folders)));
    const atRunTime = folders.map((files) => loadCourse(files));
    expect(mod.courses).toEqual(atRunTime.map(({ course, problems }) => ({ course, problems })));
    expect(mod.courses.map((c) => c.course.manifest.id)).toContain('minusma');
  });

  it('carry the table of facts and the asked facts worked out from those courses', async () => {
    const mod = await importModule(shippedCoursesModule(shippedCourses(folders)));
    const courses = folders.map((files) => loadCourse(files).course!);
    const table = courseFactsTable(courses);
    expect(mod.default).toEqual(table);
    expect(mod.asked).toEqual(courseAskedTable(courses, table));
  });

  it('leave out a folder whose course cannot be loaded, and say why', () => {
    const broken = { 'course.json': '{ not json' };
    const shipped = shippedCourses([broken, ...folders]);
    expect(shipped.courses).toHaveLength(folders.length);
    expect(shipped.failed).toEqual([loadCourse(broken).problems]);
    expect(shipped.failed[0]?.[0]?.file).toBe('course.json');
  });
});

describe('course folders found by path', () => {
  it('group each file under its folder, by file name', () => {
    expect(courseFolders({ '../courses/a/course.json': '{}', '../courses/a/01-x.md': 'x', '../courses/b/course.json': '[]', 'elsewhere.md': '' })).toEqual([
      { 'course.json': '{}', '01-x.md': 'x' },
      { 'course.json': '[]' },
    ]);
  });
});
