import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { createDb, type ImportedCourseRecord } from './db';
import { useTestDbs } from './test-db';
import { deleteImportedCourse, findByContent, listImportedCourses, renameImportedCourse, saveImportedCourse } from './imported';

const fresh = useTestDbs('imported');

const record = (id: string, addedAt = Date.UTC(2026, 0, 2)): ImportedCourseRecord => ({
  id,
  title: 'The Force in Cyprus',
  contentHash: 'abc',
  addedAt,
  source: { fileName: 'cyprus.md', documentTitle: 'The Force in Cyprus', importedAt: addedAt },
  course: {
    manifest: { id, title: 'The Force in Cyprus', version: '1.0.0', summary: 's', lessons: [`${id}-01`] },
    lessons: [{ id: `${id}-01`, title: 'One', order: 1, objectives: ['o'], minutes: 1, body: 'b\n\n## Key points\n\n- k\n', keyPoints: ['k'], file: 'x.md' }],
    glossary: [],
  },
});

const card = { docId: 'd', kind: 'date' as const, due: 1, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0 };
const answer = { kind: 'date' as const, type: 'choice' as const, response: 'x', correct: true, timedOut: false, elapsedMs: 1, answeredAt: 1 };
const session = (id: string, courseId: string) => ({
  id, courseId, status: 'finished' as const, seed: 1, questions: [], startedAt: 1, updatedAt: 1, current: 0, remainingMs: null, flagged: [],
  settings: { lessonIds: [], kinds: [], types: [], length: 1, timing: 'untimed', mode: 'practice' } as never,
});

describe('imported courses in the store', () => {
  it('opens a version-1 database holding progress and finds it intact at the latest version', async () => {
    const name = `v1-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      courses: 'id',
      lessonProgress: '[courseId+lessonId], courseId, updatedAt',
      quizSessions: 'id, status, startedAt, courseId',
      answers: '[sessionId+questionId], sessionId, answeredAt, *factIds',
      cards: 'factId, due, courseId, docId, kind',
      reviewLogs: '++id, factId, reviewedAt',
      dailyStats: 'day',
      settings: 'key',
    });
    await v1.table('courses').put({ id: 'minusma', title: 'MINUSMA', version: '1.0.0', addedAt: 5 });
    await v1.table('lessonProgress').put({ courseId: 'minusma', lessonId: 'why', state: 'studied', percent: 100, position: 1, updatedAt: 7 });
    await v1.table('cards').put({ ...card, factId: 'f1', courseId: 'minusma' });
    await v1.table('settings').put({ key: 'theme', value: 'dark' });
    v1.close();

    const db = createDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(3);
      expect(await db.lessonProgress.get(['minusma', 'why'])).toMatchObject({ state: 'studied', percent: 100 });
      expect(await db.cards.get('f1')).toMatchObject({ courseId: 'minusma' });
      expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
      expect(await db.courses.get('minusma')).toMatchObject({ title: 'MINUSMA', source: 'bundled' });
      expect(await db.importedCourses.count()).toBe(0);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('keeps an imported course, finds it by its content and renames it', async () => {
    const db = fresh();
    await saveImportedCourse(record('imported-a'), db);
    expect((await listImportedCourses(db)).map((r) => r.id)).toEqual(['imported-a']);
    expect((await findByContent('abc', db)).length).toBe(1);
    await renameImportedCourse('imported-a', '  Cyprus  notes ', db);
    const [row] = await listImportedCourses(db);
    expect(row?.title).toBe('Cyprus notes');
    expect(row?.course.manifest.title).toBe('Cyprus notes');
    expect((await db.courses.get('imported-a'))?.title).toBe('Cyprus notes');
    await expect(renameImportedCourse('imported-a', '   ', db)).rejects.toThrow(/title/);
  });

  it('deletes a course with its progress, quizzes, answers, cards and logs, and nothing of another course', async () => {
    const db = fresh();
    await saveImportedCourse(record('imported-a'), db);
    await db.lessonProgress.bulkPut([
      { courseId: 'imported-a', lessonId: 'imported-a-01', state: 'studied', percent: 100, position: 1, updatedAt: 1 },
      { courseId: 'minusma', lessonId: 'why', state: 'studied', percent: 100, position: 1, updatedAt: 1 },
    ]);
    await db.quizSessions.bulkPut([session('s-a', 'imported-a'), session('s-m', 'minusma')]);
    await db.answers.bulkPut([
      { ...answer, sessionId: 's-a', questionId: 'q', factIds: ['fa'] },
      { ...answer, sessionId: 's-m', questionId: 'q', factIds: ['fm'] },
    ]);
    await db.cards.bulkPut([{ ...card, factId: 'fa', courseId: 'imported-a' }, { ...card, factId: 'fm', courseId: 'minusma' }]);
    await db.reviewLogs.bulkAdd([
      { factId: 'fa', rating: 3, state: 1, due: 1, stability: 1, difficulty: 1, elapsedDays: 0, scheduledDays: 1, reviewedAt: 1 },
      { factId: 'fm', rating: 3, state: 1, due: 1, stability: 1, difficulty: 1, elapsedDays: 0, scheduledDays: 1, reviewedAt: 1 },
    ]);

    await deleteImportedCourse('imported-a', db);

    expect(await db.importedCourses.count()).toBe(0);
    expect(await db.courses.get('imported-a')).toBeUndefined();
    expect((await db.lessonProgress.toArray()).map((r) => r.courseId)).toEqual(['minusma']);
    expect((await db.quizSessions.toArray()).map((r) => r.id)).toEqual(['s-m']);
    expect((await db.answers.toArray()).map((r) => r.sessionId)).toEqual(['s-m']);
    expect((await db.cards.toArray()).map((r) => r.factId)).toEqual(['fm']);
    expect((await db.reviewLogs.toArray()).map((r) => r.factId)).toEqual(['fm']);
  });
});
