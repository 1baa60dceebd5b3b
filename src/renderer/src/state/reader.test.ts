import { describe, expect, it, vi } from 'vitest';
import { StorageError } from '../db/errors';
import { getLessonProgress } from '../db/progress';
import { useTestDbs } from '../db/test-db';
import { createRepositories } from '../db/repositories';
import { CourseProgress } from './library.svelte';
import { LessonReader, readingFrom, scrollTopFor } from './reader.svelte';

const freshDb = useTestDbs('reader');

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

/** A clock and timer queue the test moves by hand. */
function manualTime(start = Date.UTC(2025, 2, 3, 9)) {
  let now = start;
  let queue: { at: number; run: () => void }[] = [];
  return {
    now: () => now,
    schedule: (run: () => void, ms: number) => {
      const task = { at: now + ms, run };
      queue.push(task);
      return () => {
        queue = queue.filter((t) => t !== task);
      };
    },
    advance(ms: number) {
      now += ms;
      const due = queue.filter((t) => t.at <= now);
      queue = queue.filter((t) => t.at > now);
      for (const t of due) t.run();
    },
  };
}

describe('the lesson reader', () => {
  const setup = () => {
    const time = manualTime();
    const db = freshDb();
    const progress = new CourseProgress('c', createRepositories(db).lessons, time.now);
    const open = () => new LessonReader(progress, 'l1', { throttleMs: 500, now: time.now, schedule: time.schedule });
    return { time, db, progress, open };
  };

  it('writes at once, then at most once per interval with the furthest point and the latest position', async () => {
    const { time, db, open } = setup();
    const reader = open();
    expect(await reader.start()).toBeNull();
    reader.observe({ percent: 10, position: 0.1 });
    await reader.flush();
    expect((await getLessonProgress('c', 'l1', db))?.position).toBe(0.1);

    time.advance(100);
    reader.observe({ percent: 30, position: 0.3 });
    reader.observe({ percent: 20, position: 0.2 });
    time.advance(300);
    await Promise.resolve();
    expect((await getLessonProgress('c', 'l1', db))?.position, 'not yet: inside the interval').toBe(0.1);
    expect(reader.percent, 'shown at once').toBe(30);
    time.advance(100);
    await reader.flush();
    expect(await getLessonProgress('c', 'l1', db)).toMatchObject({ position: 0.2, percent: 30, state: 'in-progress' });
  });

  it('starts at what was read before, and restores the stored position', async () => {
    const { open } = setup();
    const first = open();
    await first.start();
    expect(first.percent, 'a lesson never scrolled has been read 0%').toBe(0);
    first.observe({ percent: 55, position: 0.42 });
    await first.flush();
    const again = open();
    expect(await again.start()).toBe(0.42);
    expect(again.percent).toBe(55);
  });

  it('is studied only when the learner says so, and the mark can be taken back', async () => {
    const { db, progress, open } = setup();
    const reader = open();
    await reader.start();
    reader.observe({ percent: 100, position: 1 });
    await reader.flush();
    expect(reader.studied, 'reading to the end does not mark it').toBe(false);
    expect(progress.status('l1').label).toBe('In progress · 100% read');

    await reader.toggleStudied();
    expect(reader.studied).toBe(true);
    expect((await getLessonProgress('c', 'l1', db))?.state).toBe('studied');
    expect(reader.announcement).toBe('Lesson marked as studied.');

    await reader.toggleStudied();
    expect(reader.studied).toBe(false);
    expect((await getLessonProgress('c', 'l1', db))).toMatchObject({ state: 'in-progress', percent: 100 });
    expect(reader.announcement).toBe('Lesson marked as not studied.');
  });

  it('says what to do when the store refuses a write or a read, and clears it once one succeeds', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const time = manualTime();
    const repo = createRepositories(freshDb()).lessons;
    let failing = true;
    const flaky = {
      all: (courseId: string) => (failing ? Promise.reject(new StorageError('unavailable')) : repo.all(courseId)),
      recordReading: repo.recordReading,
      setStudied: (...args: Parameters<typeof repo.setStudied>) => (failing ? Promise.reject(new StorageError('full')) : repo.setStudied(...args)),
    };
    const progress = new CourseProgress('c', flaky, time.now);
    const reader = new LessonReader(progress, 'l1', { throttleMs: 500, now: time.now, schedule: time.schedule });
    expect(await reader.start()).toBeNull();
    expect(progress.error).toMatch(/^Your reading progress could not be read\. .*private window/);
    await reader.toggleStudied();
    expect(reader.studied).toBe(false);
    expect(reader.error).toBe('Your reading progress was not saved. Your disk is full: free some space, then try again; nothing already saved was lost.');
    failing = false;
    await reader.toggleStudied();
    expect(reader.studied).toBe(true);
    expect(reader.error).toBe('');
    await progress.refresh();
    expect(progress.error).toBe('');
  });
});
