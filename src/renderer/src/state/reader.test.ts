import { describe, expect, it } from 'vitest';
import { getLessonProgress } from '../db/progress';
import { courseProgress } from './library.svelte';
import { LessonReader, readingFrom, scrollTopFor } from './reader.svelte';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
let n = 0;
/** A course id of its own per test, so tests sharing the default database do not meet. */
const freshCourse = (): string => `reader-test-${++n}-${Math.random().toString(36).slice(2)}`;

describe('reading measurements', () => {
  it('counts how much of the lesson has reached the bottom of the viewport', () => {
    const page = { articleHeight: 2000, viewportHeight: 800, scrollHeight: 2600 };
    expect(readingFrom({ ...page, articleTop: 300, scrollY: 0 })).toEqual({ percent: 25, position: 0 });
    expect(readingFrom({ ...page, articleTop: -900, scrollY: 1200 }).percent).toBe(85);
    expect(readingFrom({ ...page, articleTop: -1500, scrollY: 1800 })).toEqual({ percent: 100, position: 1 });
  });

  it('treats a page too short to scroll as at its top', () => {
    expect(readingFrom({ articleTop: 100, articleHeight: 300, viewportHeight: 800, scrollY: 0, scrollHeight: 800 })).toEqual({
      percent: 100,
      position: 0,
    });
  });

  it('turns a stored position back into a scroll offset', () => {
    expect(scrollTopFor(0.5, 2600, 800)).toBe(900);
    expect(scrollTopFor(2, 2600, 800)).toBe(1800);
    expect(scrollTopFor(0.5, 500, 800)).toBe(0);
  });
});

describe('the lesson reader', () => {
  it('writes at once, then at most once per interval with the latest reading', async () => {
    const course = freshCourse();
    const reader = new LessonReader(course, 'l1', 80);
    expect(await reader.start()).toBeNull();
    reader.observe({ percent: 10, position: 0.1 });
    await reader.flush();
    expect((await getLessonProgress(course, 'l1'))?.position).toBe(0.1);

    reader.observe({ percent: 30, position: 0.3 });
    reader.observe({ percent: 20, position: 0.2 });
    await sleep(20);
    expect((await getLessonProgress(course, 'l1'))?.position, 'not yet: inside the interval').toBe(0.1);
    expect(reader.percent, 'shown at once').toBe(30);
    await sleep(120);
    await reader.flush();
    expect(await getLessonProgress(course, 'l1')).toMatchObject({ position: 0.2, percent: 30, state: 'in-progress' });
  });

  it('restores the stored position for a lesson opened before', async () => {
    const course = freshCourse();
    const first = new LessonReader(course, 'l1');
    await first.start();
    first.observe({ percent: 55, position: 0.42 });
    await first.flush();
    expect(await new LessonReader(course, 'l1').start()).toBe(0.42);
  });

  it('marks the lesson studied at its end, and not again after the learner takes the mark back', async () => {
    const course = freshCourse();
    const reader = new LessonReader(course, 'l1');
    await reader.start();
    reader.reachedEnd();
    await reader.flush();
    expect(reader.studied).toBe(true);
    expect((await getLessonProgress(course, 'l1'))?.state).toBe('studied');
    expect(courseProgress(course).status('l1').label).toBe('Studied');

    await reader.toggleStudied();
    expect(reader.studied).toBe(false);
    reader.reachedEnd();
    await reader.flush();
    expect((await getLessonProgress(course, 'l1'))?.state).toBe('in-progress');
    expect(reader.announcement).toBe('Lesson marked as not studied.');
  });
});
