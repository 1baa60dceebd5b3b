// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { shippedCourses, courseFolders } from '../../../core/course-module';
import { bundledCourses } from '../state/course';
import { prerenderedLesson } from './lesson-html';
import { lessonRenderKey } from './lesson-ids';
import { prerenderLessons, prerenderedModule } from './lesson-prerender';
import { renderLesson } from './markdown';

const files = import.meta.glob('../../../../resources/courses/*/*.{md,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const shipped = shippedCourses(courseFolders(files));
// As the build does it, in jsdom (the build makes a window of its own).
const table = prerenderLessons(shipped.courses.map((c) => c.course), shipped.table, window);

describe('lessons rendered at build time', () => {
  it('match what the page would render, lesson for lesson, under the key the page computes', () => {
    let lessons = 0;
    for (const bundle of bundledCourses()) {
      for (const lesson of bundle.course.lessons) {
        const facts = bundle.factsByLesson.get(lesson.id) ?? [];
        const built = table[bundle.course.manifest.id]?.[lesson.id];
        expect(built?.key, lesson.id).toBe(lessonRenderKey(lesson.body, facts, bundle.course.glossary));
        expect(built?.rendered, lesson.id).toEqual(renderLesson(lesson.body, { facts, glossary: bundle.course.glossary }));
        lessons++;
      }
    }
    expect(lessons).toBeGreaterThan(3);
  });

  it('survive the module round trip', async () => {
    const source = prerenderedModule(table);
    const mod = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(source)}`)) as { default: unknown };
    expect(mod.default).toEqual(table);
  });

  it('are not used for a lesson whose text, facts or glossary differ', () => {
    const bundle = bundledCourses()[0]!;
    const lesson = bundle.course.lessons[0]!;
    const facts = bundle.factsByLesson.get(lesson.id) ?? [];
    const key = lessonRenderKey(lesson.body, facts, bundle.course.glossary);
    expect(lessonRenderKey(`${lesson.body} `, facts, bundle.course.glossary)).not.toBe(key);
    expect(lessonRenderKey(lesson.body, facts.slice(1), bundle.course.glossary)).not.toBe(key);
    expect(lessonRenderKey(lesson.body, facts, bundle.course.glossary.slice(1))).not.toBe(key);
    // Without a build (unit tests) nothing is pre-rendered, so the page renders.
    expect(prerenderedLesson(bundle.course.manifest.id, lesson, facts, bundle.course.glossary)).toBeNull();
  });
});
