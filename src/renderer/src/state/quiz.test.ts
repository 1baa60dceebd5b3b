// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { getSession } from '../db/quiz';
import { getSetting } from '../db/settings';
import { bundledCourses } from './course';
import { LAST_SETTINGS_KEY, QuizHub, quizHub, StartGuard } from './quiz.svelte';
import { availableFor, questionsFor } from './quiz-questions';
import { dbQuizStore } from './quiz-store';
import { itemKey } from '../../../core/learn';
import { quickQuiz, type QuizChoice } from '../../../core/quiz-settings';

const NOW = new Date(2025, 2, 3, 9, 0, 0).getTime();
const bundle = bundledCourses()[0];
if (!bundle) throw new Error('the bundled course did not load');
const all = bundle.course.lessons.map((l) => l.id);

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('the quiz hub', () => {
  it('starts a quiz of the chosen length, stores it and remembers the choice', async () => {
    const choice = { ...quickQuiz('minusma', all, 1), length: 5, mode: 'exam' as const, timing: { kind: 'whole-quiz' as const, minutes: 5 } };
    const id = await quizHub.start(bundle, choice, NOW);
    const session = await getSession(id);
    expect(session).toMatchObject({ status: 'active', seed: NOW >>> 0, remainingMs: 300_000, startedAt: NOW });
    expect(session?.questions).toHaveLength(5);
    expect(session?.questions).toEqual(questionsFor(bundle, choice, NOW >>> 0));
    expect(await getSetting(LAST_SETTINGS_KEY, null)).toMatchObject({ length: 5, mode: 'exam', timing: { kind: 'whole-quiz', minutes: 5 } });
    expect(quizHub.resumable).toMatchObject({ id, answered: 0, total: 5 });
  });

  it('counts every question a choice can give, and none without lessons', () => {
    const every = availableFor(bundle, quickQuiz('minusma', all, 1));
    expect(every).toBeGreaterThan(10);
    expect(questionsFor(bundle, { ...quickQuiz('minusma', all, 1), length: 0 }, 7)).toHaveLength(every);
    expect(availableFor(bundle, quickQuiz('minusma', [], 1))).toBe(0);
  });

  it('quick quiz: ten practice questions at 30 s on the studied lessons, or on all when there are too few', async () => {
    const rich = bundle.course.lessons.map((l) => l.id).find((id) => availableFor(bundle, quickQuiz('minusma', [id], 1)) >= 10);
    if (!rich) throw new Error('no lesson gives ten questions');
    await db.lessonProgress.put({ courseId: 'minusma', lessonId: rich, state: 'studied', percent: 100, position: 1, updatedAt: NOW });
    const session = await getSession(await quizHub.quick(bundle, NOW));
    expect(session?.settings).toMatchObject({ lessonIds: [rich], length: 10, mode: 'practice', timing: { kind: 'per-question', seconds: 30 } });
    expect(session?.questions.every((q) => q.docId === rich)).toBe(true);

    await db.lessonProgress.clear();
    const fresh = await getSession(await quizHub.quick(bundle, NOW + 1));
    expect(fresh?.settings.lessonIds).toEqual(all);
  });

  it('retries exactly the missed questions with the same settings', async () => {
    const id = await quizHub.start(bundle, { ...quickQuiz('minusma', all, 1), length: 5 }, NOW);
    const first = await getSession(id);
    const missed = (first?.questions ?? []).slice(1, 3);
    const retry = await getSession(await quizHub.retryMissed(id, missed, NOW + 1000));
    expect(retry?.questions).toEqual(missed);
    expect(retry?.settings).toMatchObject({ mode: 'practice', length: 2, timing: { kind: 'per-question', seconds: 30 } });
  });
});

describe('a learn session', () => {
  it('starts untimed at the hub clock, one question per item, with other types of those items kept for re-asks', async () => {
    const hub = new QuizHub(dbQuizStore, () => NOW);
    const choice: QuizChoice = { ...quickQuiz('minusma', all, 1), types: ['choice', 'typed', 'truefalse'], length: 5, mode: 'learn' };
    const session = await getSession(await hub.start(bundle, choice));
    expect(session).toMatchObject({ startedAt: NOW, remainingMs: null, settings: { mode: 'learn', timing: { kind: 'untimed' } } });
    const items = session?.questions.map(itemKey) ?? [];
    expect(items).toHaveLength(5);
    expect(new Set(items).size).toBe(5);
    expect(session?.learn?.items).toEqual(items);
    const pool = session?.learn?.pool ?? [];
    expect(pool.length).toBeGreaterThan(0);
    expect(pool.every((q) => items.includes(itemKey(q)))).toBe(true);
    // Some missed item can be asked another way.
    expect(session?.questions.some((q) => pool.some((p) => itemKey(p) === itemKey(q) && p.type !== q.type))).toBe(true);
    expect(hub.resumable).toMatchObject({ learn: { learned: 0, total: 5 }, timed: false });
  });
});

describe('starting while a quiz is unfinished', () => {
  it('starts at once when nothing is unfinished', async () => {
    const guard = new StartGuard();
    let started = 0;
    await guard.guard(async () => void started++);
    expect(started).toBe(1);
    expect(guard.asking).toBeNull();
  });

  it('asks first; cancelling (or resuming) starts nothing and keeps the unfinished quiz', async () => {
    const open = await quizHub.quick(bundle, NOW);
    const guard = new StartGuard();
    let started = 0;
    await guard.guard(async () => void started++);
    expect(started).toBe(0);
    expect(guard.asking).toMatchObject({ id: open, answered: 0 });
    guard.cancel();
    expect((await getSession(open))?.status).toBe('active');
  });

  it('discarding sets the unfinished quiz aside, keeping it stored, then starts the new one', async () => {
    const open = await quizHub.quick(bundle, NOW);
    const guard = new StartGuard();
    let fresh = '';
    await guard.guard(async () => {
      fresh = await quizHub.quick(bundle, NOW + 60_000);
    });
    expect(fresh).toBe('');
    // The dialog closes itself as the learner confirms.
    guard.cancel();
    await guard.discardAndStart();
    expect((await getSession(open))?.status).toBe('abandoned');
    expect((await getSession(fresh))?.status).toBe('active');
    expect(guard.asking).toBeNull();
  });
});
