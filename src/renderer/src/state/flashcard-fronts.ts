// The fronts of a course's flashcards: the typed-answer prompt of each single-fact question, which
// asks for the value without giving it away. Worked out by the question engine, so it runs where the
// engine does (workers/question-engine.ts), off the window's thread and out of its heap.
import { generateQuestions } from '../../../core/questions';
import type { QuestionCourse } from './quiz-questions';

/** `[factId, prompt]` for every fact some typed question asks about alone. */
export function frontsFor(course: QuestionCourse): [string, string][] {
  const out = new Map<string, string>();
  const questions = generateQuestions(course.facts, { seed: 1, lessonTitle: (id) => (id ? course.lessonById.get(id)?.title : undefined) });
  for (const q of questions) if (q.type === 'typed' && q.factIds.length === 1) out.set(q.factIds[0] as string, q.prompt);
  return [...out];
}
