import { describe, expect, it } from 'vitest';
import { quickQuiz } from '../../../core/quiz-settings';
import { questionEngine, type EngineReply, type EngineRequest } from '../workers/question-engine';
import { bundledCourses } from './course';
import { questionSource, questionsHere, type EngineWorker } from './question-source';
import { availableFor, learnFor, questionsFor } from './quiz-questions';
import { reviewQuestions } from './review-questions';
import { frontsFor } from './flashcard-fronts';

const bundle = bundledCourses()[0];
if (!bundle) throw new Error('the bundled course did not load');
const all = bundle.course.lessons.map((l) => l.id);
const choice = { ...quickQuiz('minusma', all, 1), length: 5 };

/** A worker that runs the engine in-process, through a structured clone as postMessage would. */
function fakeWorker(log: EngineRequest[]): EngineWorker {
  const handle = questionEngine();
  const w: EngineWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message: EngineRequest) {
      const request = structuredClone(message);
      log.push(request);
      queueMicrotask(() => w.onmessage?.({ data: structuredClone(handle(request)) } as MessageEvent<EngineReply>));
    },
    terminate() {},
  } as EngineWorker;
  return w;
}

describe('the question source', () => {
  it('answers through the worker exactly as the engine does in the calling thread', async () => {
    const log: EngineRequest[] = [];
    const source = questionSource(() => fakeWorker(log));
    expect(await source.questions(bundle, choice, 7)).toEqual(questionsFor(bundle, choice, 7));
    expect(await source.learn(bundle, { ...choice, mode: 'learn' }, 7)).toEqual(learnFor(bundle, { ...choice, mode: 'learn' }, 7));
    const ids = bundle.facts.slice(0, 6).map((f) => f.id);
    expect(await source.review(bundle, ids, 3, 40)).toEqual(reviewQuestions(bundle, ids, 3, 40));
    expect((await source.counts(bundle, choice)).available).toBe(availableFor(bundle, choice));
    const fronts = await source.fronts(bundle);
    expect([...fronts]).toEqual(frontsFor(bundle));
    expect(fronts.size).toBeGreaterThan(10);
    // Worked out once per course.
    expect(await source.fronts(bundle)).toBe(fronts);
    expect(log.filter((r) => r.op === 'fronts')).toHaveLength(1);
    // The course's facts cross once; later requests name it by its key.
    expect(log.filter((r) => r.course).length).toBe(1);
  });

  it('remembers counts per choice, so a choice seen before asks the worker nothing', async () => {
    const log: EngineRequest[] = [];
    const source = questionSource(() => fakeWorker(log));
    const first = await source.counts(bundle, choice);
    expect(await source.counts(bundle, { ...choice, length: 20 })).toEqual(first);
    expect(log).toHaveLength(1);
  });

  it('counts learn items in learn mode only', async () => {
    const here = questionsHere();
    expect((await here.counts(bundle, choice)).items).toBe(0);
    expect((await here.counts(bundle, { ...choice, mode: 'learn' })).items).toBe(learnFor(bundle, { ...choice, mode: 'learn' }, 1).questions.length);
  });

  it('answers in the calling thread when the worker fails to load', async () => {
    let made = 0;
    const broken = (): EngineWorker => {
      made++;
      const w = {
        onmessage: null,
        onerror: null,
        postMessage() {
          queueMicrotask(() => w.onerror?.({ preventDefault() {} } as ErrorEvent));
        },
        terminate() {},
      } as EngineWorker;
      return w;
    };
    const source = questionSource(broken);
    expect(await source.questions(bundle, choice, 7)).toEqual(questionsFor(bundle, choice, 7));
    expect(await source.questions(bundle, choice, 8)).toEqual(questionsFor(bundle, choice, 8));
    expect(made).toBe(1);
  });

  it('reports an engine failure as an error', async () => {
    const handle = questionEngine();
    expect(handle({ id: 1, courseKey: 9, op: 'count', choice })).toMatchObject({ id: 1, ok: false });
  });
});
