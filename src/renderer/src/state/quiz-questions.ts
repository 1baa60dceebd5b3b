// The questions a quiz choice yields: the question engine, loaded with the quiz screen or when a quiz
// starts, never on the way to the library.
import { assembleQuiz } from '../../../core/quiz';
import { generateQuestions } from '../../../core/questions';
import { quizLength } from '../../../core/quiz-results';
import type { QuizChoice } from '../../../core/quiz-settings';
import type { Question } from '../../../core/types';
import { planLearn } from '../../../core/learn';
import type { Fact } from '../../../core/types';

/** What the question engine needs of a course: its facts and its lessons' titles (a bundle, or the worker's copy). */
export interface QuestionCourse {
  facts: Fact[];
  lessonById: ReadonlyMap<string, { title: string }>;
}

/** The questions a choice yields, in the order they would be asked. */
export function questionsFor(bundle: QuestionCourse, choice: QuizChoice, seed: number): Question[] {
  const all = generateQuestions(bundle.facts, {
    seed,
    kinds: choice.kinds,
    types: choice.types,
    docIds: choice.lessonIds,
    lessonTitle: (id) => (id ? bundle.lessonById.get(id)?.title : undefined),
  });
  // Length 0 asks for every question there is; a set length gets an assembled quiz.
  return choice.length === 0 ? all : assembleQuiz(all, bundle.facts, quizLength(choice.length, all.length));
}

/** How many questions a choice can produce (the seed changes which, not how many). */
export function availableFor(bundle: QuestionCourse, choice: QuizChoice): number {
  if (!choice.lessonIds.length || !choice.kinds.length || !choice.types.length) return 0;
  return questionsFor(bundle, { ...choice, length: 0 }, 1).length;
}


/** The questions of a learn session on a choice (one per item) and the other questions on those items. */
export function learnFor(bundle: QuestionCourse, choice: QuizChoice, seed: number): ReturnType<typeof planLearn> {
  const first = questionsFor(bundle, choice, seed);
  const every = choice.length === 0 ? first : questionsFor(bundle, { ...choice, length: 0 }, seed);
  return planLearn(first, every);
}
