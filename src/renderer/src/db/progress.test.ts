import { describe, expect, it } from 'vitest';
import { useTestDbs } from './test-db';
import { getCourseProgress, getLessonProgress, recordReading, setStudied } from './progress';

const fresh = useTestDbs('test-progress');


const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

describe('lesson progress', () => {
  it('has nothing for a lesson never opened', async () => {
    const db = fresh();
    expect(await getLessonProgress('minusma', 'creating-the-mission', db)).toBeUndefined();
  });

  it('restores the reading position and percent after the database is reopened', async () => {
    const db = fresh();
    await recordReading('minusma', 'creating-the-mission', { percent: 42.4, position: 0.31 }, T0, db);
    db.close();
    await db.open();
    expect(await getLessonProgress('minusma', 'creating-the-mission', db)).toEqual({
      courseId: 'minusma',
      lessonId: 'creating-the-mission',
      state: 'in-progress',
      percent: 42,
      position: 0.31,
      updatedAt: T0,
    });
  });

  it('only ever grows the percent read, while the position follows the reader', async () => {
    const db = fresh();
    await recordReading('minusma', 'what-came-before', { percent: 80, position: 0.7 }, T0, db);
    const back = await recordReading('minusma', 'what-came-before', { percent: 20, position: 0.1 }, T0 + 1000, db);
    expect(back.percent).toBe(80);
    expect(back.position).toBe(0.1);
    expect(back.updatedAt).toBe(T0 + 1000);
  });

  it('clamps out-of-range readings', async () => {
    const db = fresh();
    const p = await recordReading('minusma', 'x', { percent: 140, position: -0.5 }, T0, db);
    expect(p.percent).toBe(100);
    expect(p.position).toBe(0);
  });

  it('marks a lesson studied, keeps it studied while reading on, and can take the mark back', async () => {
    const db = fresh();
    await recordReading('minusma', 'forces-and-footprint', { percent: 60, position: 0.5 }, T0, db);
    const studied = await setStudied('minusma', 'forces-and-footprint', true, T0 + 10, db);
    expect(studied).toMatchObject({ state: 'studied', studiedAt: T0 + 10, percent: 60, position: 0.5 });

    const reread = await recordReading('minusma', 'forces-and-footprint', { percent: 10, position: 0 }, T0 + 20, db);
    expect(reread.state).toBe('studied');
    expect(reread.studiedAt).toBe(T0 + 10);

    const again = await setStudied('minusma', 'forces-and-footprint', true, T0 + 30, db);
    expect(again.studiedAt, 'first studied time kept').toBe(T0 + 10);

    const undone = await setStudied('minusma', 'forces-and-footprint', false, T0 + 40, db);
    expect(undone.state).toBe('in-progress');
    expect(undone.studiedAt).toBeUndefined();
    expect(undone.percent).toBe(60);
  });

  it('marks a lesson studied that was never scrolled', async () => {
    const db = fresh();
    const p = await setStudied('minusma', 'roots-of-the-crisis', true, T0, db);
    expect(p).toMatchObject({ state: 'studied', percent: 0, position: 0 });
  });

  it('lists the progress of one course only', async () => {
    const db = fresh();
    await recordReading('minusma', 'a', { percent: 10, position: 0 }, T0, db);
    await setStudied('minusma', 'b', true, T0, db);
    await recordReading('other', 'a', { percent: 10, position: 0 }, T0, db);
    const rows = await getCourseProgress('minusma', db);
    expect(rows.map((r) => r.lessonId).sort()).toEqual(['a', 'b']);
  });
});
