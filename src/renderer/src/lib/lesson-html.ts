// A lesson's HTML for the lesson screen: the build's rendering when it was made from this very text,
// these facts and this glossary (every shipped lesson), otherwise rendered here, which loads the
// renderer (markdown-it, DOMPurify) on first use: a lesson of an imported course, or a course edited
// after the build.
import prerendered from 'virtual:dossier-lesson-html';
import type { GlossaryEntry, Lesson } from '../../../core/course';
import type { Fact } from '../../../core/types';
import { lessonRenderKey } from './lesson-ids';
import type { RenderedLesson } from './markdown';

export type { RenderedLesson } from './markdown';

/** The build's rendering of this lesson, or null when there is none for exactly this input. */
export function prerenderedLesson(courseId: string, lesson: Lesson, facts: readonly Fact[], glossary: readonly GlossaryEntry[]): RenderedLesson | null {
  const known = prerendered[courseId]?.[lesson.id];
  return known && known.key === lessonRenderKey(lesson.body, facts, glossary) ? known.rendered : null;
}

/** Renders the lesson in the page, loading the renderer first. */
export async function renderInPage(lesson: Lesson, facts: readonly Fact[], glossary: readonly GlossaryEntry[]): Promise<RenderedLesson> {
  const { renderLesson } = await import('./markdown');
  return renderLesson(lesson.body, { facts, glossary }, window);
}
