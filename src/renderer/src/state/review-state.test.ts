import { describe, expect, it, vi } from 'vitest';
import type { Question } from '../../../core/types';
import type { CardRecord, QuizSettings } from '../db/db';
import { StorageError } from '../db/errors';
import { bundledCourses, type CourseBundle } from './course';
import { askableFacts, NEW_FACTS_PER_DAY } from './review';
import { ReviewState, type ReviewRepository } from './review.svelte';

const NOW = new Date(2026, 2, 2, 10, 0, 0).getTime();
const bundles = bundledCourses();
const bundle = bundles[0] as CourseBundle;
const courseId = bundle.course.manifest.id;
const lesson = bundle.course.lessons.find((l) => (askableFacts(bundle).get(l.id) ?? []).length > 1)!;

function setup(over: Partial<ReviewRepository> = {}, studied: string[] = []) {
  const sessions: { settings: QuizSettings; questions: Question[]; seed: number; now: number }[] = [];
  const repo: ReviewRepository = {
    cards: async (): Promise<CardRecord[]> => [],
    studiedLessons: async () => studied.map((lessonId) => ({ courseId, lessonId })),
    factsStartedSince: async () => 0,
    examDate: async () => null,
    latestRatings: async () => new Map(),
    createSession: async (settings, questions, seed, now) => {
      sessions.push({ settings, questions, seed, now });
      return { id: `s-${now}` };
    },
    ...over,
  };
  const settings = { loaded: true, timeFactor: 1 as const, load: async () => {} };
  let now = NOW;
  const review = new ReviewState({ repo, settings, courses: () => bundles, now: () => now });
  return { review, sessions, tick: (ms: number) => (now += ms) };
}

describe('the review state', () => {
  it('has nothing to review before a lesson is studied, and says so as a sentence', async () => {
    const { review, sessions } = setup();
    await review.refresh();
    expect(review.loaded).toBe(true);
    expect(review.summary?.queue.factIds).toEqual([]);
    expect(await review.start()).toBeNull();
    expect(review.error).toBe('Nothing is due for review right now: come back later, or take a quiz.');
    expect(sessions).toHaveLength(0);
  });

  it('queues the new facts of a studied lesson and starts a review of them at the clock’s time', async () => {
    const { review, sessions, tick } = setup({}, [lesson.id]);
    await review.refresh();
    const queued = review.summary?.queue.factIds ?? [];
    expect(queued.length).toBeGreaterThan(0);
    expect(queued.length).toBeLessThanOrEqual(NEW_FACTS_PER_DAY);
    tick(60_000);
    expect(await review.start()).toBe(`s-${NOW + 60_000}`);
    expect(sessions[0]).toMatchObject({ now: NOW + 60_000, seed: (NOW + 60_000) >>> 0, settings: { review: true, courseId, mode: 'practice', timing: { kind: 'untimed' } } });
    expect(sessions[0]?.questions.every((q) => q.factIds.every((id) => queued.includes(id)))).toBe(true);
  });

  it('times each question when asked to', async () => {
    const { review, sessions } = setup({}, [lesson.id]);
    review.timed = true;
    await review.start();
    expect(sessions[0]?.settings.timing).toEqual({ kind: 'per-question', seconds: 30 });
  });

  it('says what to do when the store cannot be read, not what it said', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { review } = setup({ cards: () => Promise.reject(new StorageError('closed', { cause: new Error('DatabaseClosedError: Database has been closed') })) });
    await review.refresh();
    expect(review.error).toMatch(/^Today's reviews could not be worked out\. Dossier lost hold of its saved data/);
    expect(review.error).not.toMatch(/DatabaseClosedError|has been closed/);
  });
});
