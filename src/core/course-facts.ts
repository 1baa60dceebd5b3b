// Every fact of a course's lessons: numbers, words, and the glossary's terms in the lesson that uses them.
import type { Course } from './course';
import type { Fact } from './types';
import { extractFacts } from './facts';
import { extractWordFacts } from './kinds';
import { termFacts } from './terms';

/** The facts of each lesson, by lesson id; `textOf` gives the part of a lesson that teaches. */
export function courseFacts(course: Course, textOf: (lesson: Course['lessons'][number]) => string): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>();
  const texts = course.lessons.map((lesson) => ({ id: lesson.id, text: textOf(lesson) }));
  for (const { id, text } of texts) {
    out.set(id, [...extractFacts(text, { docId: id, format: 'markdown' }), ...extractWordFacts(text, { docId: id, format: 'markdown' })]);
  }
  for (const term of termFacts(course.glossary, texts)) out.get(term.docId as string)?.push(term);
  return out;
}
