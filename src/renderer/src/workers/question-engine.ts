// The question engine's side of the conversation with the window (see state/question-source.ts),
// apart from the worker's wiring so that it can be tested in-process. The engine's code, and the
// machine code V8 compiles for it, then live in the worker's heap, not the window's.
import type { QuizChoice } from '../../../core/quiz-settings';
import type { Fact, Question } from '../../../core/types';
import type { planLearn } from '../../../core/learn';
import { availableFor, learnFor, questionsFor, type QuestionCourse } from '../state/quiz-questions';
import { reviewQuestions } from '../state/review-questions';
import { frontsFor } from '../state/flashcard-fronts';

/** A course as the worker keeps it: its facts and its lessons' titles, under the key the window gave it. */
export interface CourseData {
  key: number;
  facts: Fact[];
  titles: [string, string][];
}

/** What the engine is asked to work out. */
export type EngineOp =
  | { op: 'count'; choice: QuizChoice }
  | { op: 'questions'; choice: QuizChoice; seed: number }
  | { op: 'learn'; choice: QuizChoice; seed: number }
  | { op: 'review'; factIds: string[]; seed: number; limit: number }
  | { op: 'fronts' };

/** One request to the engine; `course` comes with the first request about that course. */
export type EngineRequest = { id: number; courseKey: number; course?: CourseData } & EngineOp;

/** How many questions a choice yields, and (in learn mode) how many items its session teaches. */
export interface Counts {
  available: number;
  items: number;
}

/** The engine's answer to request `id`. */
export type EngineReply =
  | { id: number; ok: true; value: Counts | Question[] | ReturnType<typeof planLearn> | [string, string][] }
  | { id: number; ok: false; message: string };

/** The counts the quiz set-up shows for a choice. */
export function countsFor(course: QuestionCourse, choice: QuizChoice): Counts {
  const available = availableFor(course, choice);
  const items = choice.mode === 'learn' && available > 0 ? learnFor(course, choice, 1).questions.length : 0;
  return { available, items };
}

/** Answers engine requests over the courses sent with them; never throws. */
export function questionEngine(): (request: EngineRequest) => EngineReply {
  const courses = new Map<number, QuestionCourse>();
  return (request) => {
    try {
      if (request.course) {
        const { key, facts, titles } = request.course;
        courses.set(key, { facts, lessonById: new Map(titles.map(([id, title]) => [id, { title }])) });
      }
      const course = courses.get(request.courseKey);
      if (!course) throw new Error(`the question engine was not given course ${request.courseKey}`);
      switch (request.op) {
        case 'count':
          return { id: request.id, ok: true, value: countsFor(course, request.choice) };
        case 'questions':
          return { id: request.id, ok: true, value: questionsFor(course, request.choice, request.seed) };
        case 'learn':
          return { id: request.id, ok: true, value: learnFor(course, request.choice, request.seed) };
        case 'review':
          return { id: request.id, ok: true, value: reviewQuestions(course, request.factIds, request.seed, request.limit) };
        case 'fronts':
          return { id: request.id, ok: true, value: frontsFor(course) };
      }
    } catch (err) {
      return { id: request.id, ok: false, message: err instanceof Error ? err.message : String(err) };
    }
  };
}
