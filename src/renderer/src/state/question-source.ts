// Where the window gets its questions: from the question engine in a Web Worker (workers/
// questions.worker.ts) in the app, so the engine's code and the machine code compiled for it stay out
// of the window's heap; in the calling thread where there is no worker (unit tests) or it fails to
// start. The worker stops after a minute idle and starts again on the next request.
import type { planLearn } from '../../../core/learn';
import type { QuizChoice } from '../../../core/quiz-settings';
import type { Question } from '../../../core/types';
import type { CourseData, Counts, EngineOp, EngineReply, EngineRequest } from '../workers/question-engine';
import type { CourseBundle } from './course';

export type { Counts };

/** The question engine as the quiz and review states use it. */
export interface QuestionSource {
  counts(bundle: CourseBundle, choice: QuizChoice): Promise<Counts>;
  questions(bundle: CourseBundle, choice: QuizChoice, seed: number): Promise<Question[]>;
  learn(bundle: CourseBundle, choice: QuizChoice, seed: number): Promise<ReturnType<typeof planLearn>>;
  review(bundle: CourseBundle, factIds: readonly string[], seed: number, limit: number): Promise<Question[]>;
  /** The fronts of the course's flashcards, by fact id (flashcard-fronts.ts). */
  fronts(bundle: CourseBundle): Promise<ReadonlyMap<string, string>>;
}

/** The engine in the calling thread, loaded on first use. */
export function questionsHere(): QuestionSource {
  const engine = () => import('../workers/question-engine');
  const quiz = () => import('./quiz-questions');
  return {
    counts: async (bundle, choice) => (await engine()).countsFor(bundle, choice),
    questions: async (bundle, choice, seed) => (await quiz()).questionsFor(bundle, choice, seed),
    learn: async (bundle, choice, seed) => (await quiz()).learnFor(bundle, choice, seed),
    review: async (bundle, factIds, seed, limit) => (await import('./review-questions')).reviewQuestions(bundle, factIds, seed, limit),
    fronts: async (bundle) => new Map((await import('./flashcard-fronts')).frontsFor(bundle)),
  };
}

/** The part of a Worker this module uses. */
export type EngineWorker = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void; fallback: () => Promise<unknown> };

/**
 * The engine in a worker made by `makeWorker` on first use, ended after `idleMs` with nothing asked.
 * Counts are remembered per course and choice. A worker that fails to load is not tried again: the
 * calling thread answers from then on.
 */
export function questionSource(makeWorker: (() => EngineWorker) | null, idleMs = 60_000, here: QuestionSource = questionsHere()): QuestionSource {
  if (!makeWorker) return here;
  const keys = new WeakMap<CourseBundle, number>();
  let nextKey = 1;
  let nextId = 1;
  let broken = false;
  let worker: EngineWorker | null = null;
  let sent = new Set<number>();
  const pending = new Map<number, Pending>();
  let idle: ReturnType<typeof setTimeout> | undefined;
  const counted = new Map<string, Counts>();
  const fronts = new WeakMap<CourseBundle, Promise<ReadonlyMap<string, string>>>();

  const stop = (): void => {
    worker?.terminate();
    worker = null;
    sent = new Set();
  };
  const fail = (): void => {
    broken = true;
    stop();
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.fallback().then(p.resolve, p.reject);
  };
  const start = (): EngineWorker | null => {
    if (worker || broken) return worker;
    try {
      worker = makeWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (!pending.size) idle = setTimeout(stop, idleMs);
      if (!p) return;
      if (reply.ok) p.resolve(reply.value);
      else p.reject(new Error(`question engine: ${reply.message}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail();
    };
    return worker;
  };

  const keyOf = (bundle: CourseBundle): number => {
    let key = keys.get(bundle);
    if (key === undefined) keys.set(bundle, (key = nextKey++));
    return key;
  };

  function ask<T>(bundle: CourseBundle, request: EngineOp, fallback: () => Promise<T>): Promise<T> {
    clearTimeout(idle);
    const w = start();
    if (!w) return fallback();
    const key = keyOf(bundle);
    const id = nextId++;
    let course: CourseData | undefined;
    if (!sent.has(key)) {
      course = { key, facts: bundle.facts, titles: [...bundle.lessonById].map(([lessonId, l]) => [lessonId, l.title]) };
      sent.add(key);
    }
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, fallback });
      try {
        w.postMessage({ ...request, id, courseKey: key, ...(course ? { course } : {}) } as EngineRequest);
      } catch {
        // A course that cannot be cloned (held in a state proxy) is answered here.
        pending.delete(id);
        sent.delete(key);
        fallback().then(resolve, reject);
      }
    });
  }

  return {
    async counts(bundle, choice) {
      const cacheKey = JSON.stringify([keyOf(bundle), choice.lessonIds, choice.kinds, choice.types, choice.mode === 'learn' ? choice.length : null]);
      const known = counted.get(cacheKey);
      if (known) return known;
      const plain = plainChoice(choice);
      const value = await ask(bundle, { op: 'count', choice: plain }, () => here.counts(bundle, plain));
      counted.set(cacheKey, value);
      return value;
    },
    questions: (bundle, choice, seed) => ask(bundle, { op: 'questions', choice: plainChoice(choice), seed }, () => here.questions(bundle, choice, seed)),
    learn: (bundle, choice, seed) => ask(bundle, { op: 'learn', choice: plainChoice(choice), seed }, () => here.learn(bundle, choice, seed)),
    review: (bundle, factIds, seed, limit) => ask(bundle, { op: 'review', factIds: [...factIds], seed, limit }, () => here.review(bundle, factIds, seed, limit)),
    fronts(bundle) {
      // Worked out once per course; a failure is not remembered, so the next session asks again.
      let known = fronts.get(bundle);
      if (!known) {
        known = ask<[string, string][] | ReadonlyMap<string, string>>(bundle, { op: 'fronts' }, () => here.fronts(bundle)).then((v) => new Map(v));
        known.catch(() => fronts.delete(bundle));
        fronts.set(bundle, known);
      }
      return known;
    },
  };
}

/** A choice as plain data (a structured clone refuses Svelte's state proxies). */
function plainChoice(choice: QuizChoice): QuizChoice {
  return JSON.parse(JSON.stringify(choice)) as QuizChoice;
}

function defaultWorker(): (() => EngineWorker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('../workers/questions.worker.ts', import.meta.url), { type: 'module' }) as unknown as EngineWorker;
}

/** The app's question engine: in one worker, shared by every screen. */
export const questionEngine: QuestionSource = questionSource(defaultWorker());
