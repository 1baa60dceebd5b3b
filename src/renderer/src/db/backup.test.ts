import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../../core/backup';
import { readBackup } from '../../../core/backup-read';
import type { Question } from '../../../core/types';
import { readProgress, replaceProgress, resetProgress } from './backup';
import { exportText, fillLikeALearner, FIXTURE_NOW } from './backup.fixture';
import type { DossierDb, ImportedCourseRecord, QuizSettings } from './db';
import { listImportedCourses, saveImportedCourse } from './imported';
import { createSession, recordAnswer } from './quiz';
import { useTestDbs } from './test-db';

const fresh = useTestDbs('backup');
const MAX_KEY = 2 ** 53;

type Rows = Record<string, Record<string, unknown>[]>;

async function snapshot(db: DossierDb): Promise<Rows> {
  return JSON.parse(JSON.stringify(await readProgress(db))) as Rows;
}

/** The rows with each quiz's id replaced by its place in start order, so re-keyed copies compare equal. */
function bySessionOrder(rows: Rows): Rows {
  const order = new Map([...(rows['quizSessions'] ?? [])].sort((a, b) => Number(a['startedAt']) - Number(b['startedAt'])).map((s, i) => [s['id'], `quiz-${i}`]));
  const map = (r: Record<string, unknown>, field: string): Record<string, unknown> => (field in r ? { ...r, [field]: order.get(r[field]) } : r);
  const sortBy = (list: Record<string, unknown>[], key: (r: Record<string, unknown>) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    ...rows,
    quizSessions: sortBy((rows['quizSessions'] ?? []).map((r) => map(r, 'id')), (r) => String(r['id'])),
    answers: sortBy((rows['answers'] ?? []).map((r) => map(r, 'sessionId')), (r) => `${String(r['sessionId'])} ${String(r['questionId'])}`),
    reviewLogs: (rows['reviewLogs'] ?? []).map((r) => map(r, 'sessionId')),
  };
}

const settings: QuizSettings = {
  courseId: 'minusma',
  lessonIds: ['forces'],
  kinds: ['figure'],
  types: ['choice'],
  length: 1,
  mode: 'practice',
  timing: { kind: 'untimed' },
  timeFactor: 1,
};
const question: Question = {
  id: 'q1',
  type: 'choice',
  kind: 'figure',
  prompt: 'How many military personnel could MINUSMA deploy?',
  options: ['6,000', '11,200', '12,640', '15,000'],
  answer: '11,200',
  factIds: ['forces:figure:11200:abcd'],
  explanation: 'From "Forces": "up to 11,200 military personnel"',
  docId: 'forces',
};

/** Starts a quiz and answers it: the write every answer makes, review log included. */
async function answerOnce(db: DossierDb, at: number): Promise<void> {
  const session = await createSession(settings, [question], 1, at, null, db);
  await recordAnswer(
    { sessionId: session.id, question, response: '11,200', correct: true, timedOut: false, elapsedMs: 3000, answeredAt: at + 3000, progress: { current: 0, remainingMs: null, activeMs: 3000 } },
    db,
  );
}

/** A real export whose first review log carries the id an older build would have restored as a key. */
async function backupWithHugeId(): Promise<string> {
  const source = fresh();
  await fillLikeALearner(source);
  const file = JSON.parse(await exportText(source)) as { data: Rows; checksum: string };
  (file.data['reviewLogs']?.[0] as Record<string, unknown>)['id'] = MAX_KEY;
  const { checksumOf } = await import('../../../core/backup');
  file.checksum = await checksumOf(file as unknown as Record<string, unknown>);
  return JSON.stringify(file);
}

describe('backup and restore in the store', () => {
  it('restores what was exported, replacing what was there, under new quiz ids', async () => {
    const source = fresh();
    await fillLikeALearner(source);
    const text = await exportText(source);

    const target = fresh();
    await answerOnce(target, FIXTURE_NOW);
    await replaceProgress((await readBackup(text)).data, target);
    const [got, want] = [await snapshot(target), await snapshot(source)];
    expect(bySessionOrder({ ...got, reviewLogs: got['reviewLogs']?.map(({ id: _id, ...r }) => r) ?? [] })).toEqual(
      bySessionOrder({ ...want, reviewLogs: want['reviewLogs']?.map(({ id: _id, ...r }) => r) ?? [] }),
    );
    const ids = (rows: Rows) => new Set(rows['quizSessions']?.map((s) => s['id']));
    expect([...ids(got)].filter((id) => ids(want).has(id))).toEqual([]);
    for (const t of BACKUP_TABLES) expect((got[t] ?? []).length, t).toBe((want[t] ?? []).length);
  });

  it('recomputes the daily totals from the answers instead of trusting the file', async () => {
    const source = fresh();
    await fillLikeALearner(source);
    const data = (await readBackup(await exportText(source))).data;
    const inflated = { ...data, dailyStats: data.dailyStats.map((d) => ({ ...d, answers: d.answers + 500, correct: d.correct + 500 })) };
    const target = fresh();
    await replaceProgress(inflated, target);
    expect(await target.dailyStats.toArray()).toEqual(await source.dailyStats.toArray());
  });

  it('never uses an id from the file as a key: after an id of 2^53, answers still save', async () => {
    const db = fresh();
    const file = await readBackup(await backupWithHugeId());
    expect(file.data.reviewLogs[0]?.id).toBe(MAX_KEY);
    await replaceProgress(file.data, db);
    const ids = (await db.reviewLogs.toArray()).map((l) => l.id ?? 0);
    expect(Math.max(...ids)).toBeLessThan(1000);
    await answerOnce(db, FIXTURE_NOW + 10 * 86_400_000);
    expect(await db.reviewLogs.count()).toBe(file.data.reviewLogs.length + 1);
  });

  it('reset repairs a store whose key generator an older build exhausted, keeping the settings', async () => {
    const db = fresh();
    await fillLikeALearner(db);
    // What restoring ids as keys did: the review logs' generator is at its maximum.
    await db.reviewLogs.add({ id: MAX_KEY, factId: 'f', rating: 3, state: 0, due: 0, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, reviewedAt: 0 });
    await expect(answerOnce(db, FIXTURE_NOW + 86_400_000)).rejects.toThrow();
    const settingsBefore = await db.settings.toArray();

    await resetProgress(db);
    for (const t of ['lessonProgress', 'quizSessions', 'answers', 'cards', 'reviewLogs', 'dailyStats']) expect(await db.table(t).count(), t).toBe(0);
    expect(await db.settings.toArray()).toEqual(settingsBefore);
    await answerOnce(db, FIXTURE_NOW + 86_400_000);
    expect((await db.reviewLogs.toArray()).map((l) => l.id)).toEqual([1]);
  });

  it('an import also repairs an exhausted key generator', async () => {
    const db = fresh();
    await db.reviewLogs.add({ id: MAX_KEY, factId: 'f', rating: 3, state: 0, due: 0, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, reviewedAt: 0 });
    const source = fresh();
    await fillLikeALearner(source);
    await replaceProgress((await readBackup(await exportText(source))).data, db);
    expect(await db.reviewLogs.count()).toBe(await source.reviewLogs.count());
    await answerOnce(db, FIXTURE_NOW + 10 * 86_400_000);
  });

  it('reset keeps the courses table and numbers review logs from 1 again', async () => {
    const db = fresh();
    await fillLikeALearner(db);
    await db.courses.put({ id: 'mine', title: 'Mine', version: '1', source: 'imported', addedAt: FIXTURE_NOW });
    const courses = await db.courses.toArray();
    expect(courses).toContainEqual({ id: 'mine', title: 'Mine', version: '1', source: 'imported', addedAt: FIXTURE_NOW });
    await resetProgress(db);
    expect(await db.courses.toArray()).toEqual(courses);
    await answerOnce(db, FIXTURE_NOW);
    expect((await db.reviewLogs.toArray()).map((l) => l.id)).toEqual([1]);
  });

  it('changes nothing when a write fails half-way through a restore', async () => {
    const source = fresh();
    await fillLikeALearner(source);
    const data = (await readBackup(await exportText(source))).data;

    const target = fresh();
    await answerOnce(target, FIXTURE_NOW);
    const before = await snapshot(target);
    // The cards table is written after lessons, sessions and answers were already cleared and refilled.
    target.cards.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    await expect(replaceProgress(data, target)).rejects.toThrow();
    expect(await snapshot(target)).toEqual(before);
  });
});

describe('imported courses in a backup', () => {
  const course = (id: string, title: string): ImportedCourseRecord => ({
    id,
    title,
    contentHash: id.slice('imported-'.length),
    addedAt: FIXTURE_NOW,
    source: { fileName: `${title}.pdf`, documentTitle: title, importedAt: FIXTURE_NOW },
    course: {
      manifest: { id, title, version: '1.0.0', summary: 'One lesson.', lessons: [`${id}-01-one`] },
      lessons: [{ id: `${id}-01-one`, title: 'One', order: 1, objectives: ['Know it.'], minutes: 1, body: 'Set up on 4 March 1964.', keyPoints: ['Set up on 4 March 1964.'], file: `${id}-01-one.md` }],
      glossary: [],
    },
  });

  it('are exported and restored with the progress made on them, their Library entry included', async () => {
    const source = fresh();
    const cyprus = course('imported-0000c1', 'Cyprus');
    await saveImportedCourse(cyprus, source);
    await source.lessonProgress.put({ courseId: cyprus.id, lessonId: `${cyprus.id}-01-one`, state: 'in-progress', percent: 50, position: 0.5, updatedAt: FIXTURE_NOW });
    const file = await readBackup(await exportText(source));
    expect(file.data.importedCourses?.map((c) => c.id)).toEqual([cyprus.id]);

    const target = fresh();
    await replaceProgress(file.data, target);
    expect(await listImportedCourses(target)).toEqual([cyprus]);
    expect(await target.courses.get(cyprus.id)).toEqual({ id: cyprus.id, title: 'Cyprus', version: '1.0.0', source: 'imported', addedAt: FIXTURE_NOW });
    expect((await target.lessonProgress.toArray()).map((r) => r.courseId)).toEqual([cyprus.id]);
  });

  it('come back beside the courses imported since, and an old backup without any still restores', async () => {
    const source = fresh();
    await saveImportedCourse(course('imported-0000c1', 'Cyprus'), source);
    const withCourse = (await readBackup(await exportText(source))).data;
    const { importedCourses: _none, ...old } = withCourse;

    const target = fresh();
    await saveImportedCourse(course('imported-0000d2', 'Lebanon'), target);
    await replaceProgress(old, target);
    expect((await listImportedCourses(target)).map((c) => c.title)).toEqual(['Lebanon']);
    await replaceProgress(withCourse, target);
    expect((await listImportedCourses(target)).map((c) => c.title).sort()).toEqual(['Cyprus', 'Lebanon']);
  });
});
