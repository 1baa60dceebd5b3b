import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../../core/course';
import { useTestDbs } from '../db/test-db';
import { createRepositories } from '../db/repositories';
import { CourseProgress, LibraryState, lessonStatus } from './library.svelte';
import { libraryView } from './library-route';
import { parseHash } from './route';

const lesson = (id: string, order: number): Lesson => ({ id, title: id, order, objectives: ['x'], minutes: 2, body: '', keyPoints: ['x'], file: `${id}.md` });

const freshDb = useTestDbs('library');

describe('lesson states', () => {
  it('labels each state in words', () => {
    expect(lessonStatus(undefined).label).toBe('Not started');
    const base = { courseId: 'c', lessonId: 'l', position: 0.3, updatedAt: 0 };
    expect(lessonStatus({ ...base, state: 'in-progress', percent: 40 }).label).toBe('In progress · 40% read');
    expect(lessonStatus({ ...base, state: 'studied', percent: 40 }).label).toBe('Studied');
  });

  it('continues with the first lesson not yet studied', async () => {
    let now = Date.UTC(2025, 2, 3);
    const progress = new CourseProgress('c', createRepositories(freshDb()).lessons, () => now);
    const lessons = [lesson('a', 1), lesson('b', 2), lesson('c', 3)];
    expect(progress.nextLesson(lessons)?.id).toBe('a');
    await progress.setStudied('a', true);
    now += 1000;
    await progress.recordReading('c', { percent: 50, position: 0.5 });
    expect(progress.nextLesson(lessons)?.id).toBe('b');
    expect(progress.studiedCount(lessons)).toBe(1);
    expect(progress.get('a')?.studiedAt).toBe(Date.UTC(2025, 2, 3));
  });

  it('shares one progress per course between the library and the reader', async () => {
    const now = Date.UTC(2025, 2, 3, 9);
    const library = new LibraryState(createRepositories(freshDb()).lessons, () => now);
    expect(library.course('shared')).toBe(library.course('shared'));
    await library.reader('shared', 'a').toggleStudied();
    expect(library.course('shared').get('a')).toMatchObject({ state: 'studied', studiedAt: now });
  });
});

describe('library locations', () => {
  it('reads every place under #/library', () => {
    const view = (hash: string) => libraryView(parseHash(hash));
    expect(view('#/library')).toEqual({ kind: 'home' });
    expect(view('#/library/minusma')).toEqual({ kind: 'course', courseId: 'minusma' });
    expect(view('#/library/minusma/timeline')).toEqual({ kind: 'timeline', courseId: 'minusma' });
    expect(view('#/library/minusma/glossary?at=nepotism')).toEqual({ kind: 'glossary', courseId: 'minusma', at: 'nepotism' });
    expect(view('#/library/minusma/lesson/forces-and-footprint?at=planned-strength')).toEqual({
      kind: 'lesson',
      courseId: 'minusma',
      lessonId: 'forces-and-footprint',
      anchor: 'planned-strength',
    });
    expect(view('#/library/minusma/lesson/x?fact=x:date:2013')).toMatchObject({ kind: 'lesson', fact: 'x:date:2013' });
    expect(view('#/library/minusma/nowhere')).toEqual({ kind: 'unknown' });
    expect(view('#/library/minusma/lesson')).toEqual({ kind: 'unknown' });
  });
});
