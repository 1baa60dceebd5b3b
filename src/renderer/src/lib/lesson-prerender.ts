// The shipped courses' lessons rendered once, at build time (the `dossier-course-facts` plugin in
// electron.vite.config.ts), so that reading one loads neither markdown-it nor DOMPurify: the lesson
// screen shows the stored HTML when its key still matches (lesson-html.ts) and renders otherwise.
// It runs in the build tool, with jsdom's window for DOMPurify, and in the unit tests.
import type { Course } from '../../../core/course';
import { assembleCourseFacts, knownGlossaryFacts, knownLessonFacts, type CourseFactsTable } from '../../../core/course-facts-table';
import { lessonRenderKey } from './lesson-ids';
import { renderLesson, type PurifyWindow, type RenderedLesson } from './markdown';

/** A lesson rendered at build time, with the key of what it was rendered from. */
export interface PrerenderedLesson {
  key: string;
  rendered: RenderedLesson;
}

/** By course id, then lesson id. */
export type PrerenderedLessons = Record<string, Record<string, PrerenderedLesson>>;

/** Renders every lesson of `courses` with the facts `table` gives it, as the app's bundles assemble them. */
export function prerenderLessons(courses: readonly Course[], table: CourseFactsTable, win: PurifyWindow): PrerenderedLessons {
  const out: PrerenderedLessons = {};
  for (const course of courses) {
    const id = course.manifest.id;
    const facts = assembleCourseFacts(course, (lesson) => knownLessonFacts(id, lesson, table) ?? [], () => knownGlossaryFacts(course, table) ?? []);
    const lessons: Record<string, PrerenderedLesson> = {};
    for (const lesson of course.lessons) {
      const own = facts.get(lesson.id) ?? [];
      lessons[lesson.id] = {
        key: lessonRenderKey(lesson.body, own, course.glossary),
        rendered: renderLesson(lesson.body, { facts: own, glossary: course.glossary }, win),
      };
    }
    out[id] = lessons;
  }
  return out;
}

/** The source of the module the app imports: one JSON string, which V8 reads faster than an object literal. */
export function prerenderedModule(lessons: PrerenderedLessons): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(lessons))});\n`;
}
