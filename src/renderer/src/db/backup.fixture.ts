// For tests: a store filled the way the product fills it (real course questions of every type,
// answered through the same writes the quiz screens use), so a backup of it is a real export.
import { createBackup, serializeBackup } from '../../../core/backup';
import { generateQuestions, gradeResponse } from '../../../core/index';
import { buildCourse } from '../../../core/import/build';
import type { Question, Response } from '../../../core/types';
import { bundledCourses } from '../state/course';
import { readProgress } from './backup';
import { saveImportedCourse } from './imported';
import type { DossierDb, QuizSettings } from './db';
import { recordReading, setStudied } from './progress';
import { createSession, finishSession, recordAnswer } from './quiz';

// 3 March 2025, 10:00 local time.
export const FIXTURE_NOW = new Date(2025, 2, 3, 10, 0, 0).getTime();

/** A wrong but well-shaped response to a question. */
function wrongResponse(q: Question): Response {
  if (q.type === 'truefalse') return !q.answer;
  if (Array.isArray(q.answer)) return [...q.answer].reverse();
  return q.options?.find((o) => o !== q.answer) ?? 'not it';
}

/**
 * Fills `db` as a learner would: two lessons read (one studied), a finished practice quiz of every
 * question type with right and wrong answers, an exam still running with one answer replaced, and an
 * imported course with a lesson half read.
 */
export async function fillLikeALearner(db: DossierDb, now = FIXTURE_NOW): Promise<void> {
  const bundle = bundledCourses()[0];
  if (!bundle) throw new Error('the bundled course did not load');
  const courseId = bundle.course.manifest.id;
  const lessons = bundle.course.lessons.map((l) => l.id);
  const [first = '', second = ''] = lessons;
  await recordReading(courseId, first, { percent: 100, position: 0.9 }, now, db);
  await setStudied(courseId, first, true, now + 1000, db);
  await recordReading(courseId, second, { percent: 40, position: 0.4 }, now + 2000, db);
  await db.settings.put({ key: 'theme', value: 'dark' });
  await db.settings.put({ key: 'exam.date', value: '2025-04-01' });

  const types = ['choice', 'typed', 'truefalse', 'order', 'match'] as const;
  const practice: QuizSettings = {
    courseId,
    lessonIds: lessons,
    kinds: ['date', 'resolution', 'figure'],
    types: [...types],
    length: 10,
    mode: 'practice',
    timing: { kind: 'per-question', seconds: 30 },
    timeFactor: 1,
  };
  const all = generateQuestions(bundle.facts, { seed: 11, types: [...types], docIds: lessons });
  const picked = types.flatMap((t) => all.filter((q) => q.type === t).slice(0, 2));
  let t = now + 60_000;
  const s1 = await createSession(practice, picked, 11, t, 30_000, db);
  for (let i = 0; i < picked.length; i++) {
    const q = picked[i] as Question;
    const response = i % 3 === 2 ? wrongResponse(q) : q.answer;
    t += 4_000 + i * 1_500;
    await recordAnswer(
      {
        sessionId: s1.id,
        question: q,
        response,
        correct: gradeResponse(q, response).correct,
        timedOut: false,
        elapsedMs: 4_000 + i * 1_500,
        answeredAt: t,
        progress: { current: Math.min(i + 1, picked.length - 1), remainingMs: 30_000, activeMs: t - now - 60_000 },
      },
      db,
    );
  }
  await finishSession(s1.id, { now: t + 500, activeMs: t + 500 - now - 60_000, unanswered: 'no-answer' }, db);

  const exam: QuizSettings = { ...practice, mode: 'exam', length: 5, timing: { kind: 'whole-quiz', minutes: 10 } };
  const examQuestions = all.filter((q) => !picked.includes(q)).slice(0, 5);
  t += 3_600_000;
  const s2 = await createSession(exam, examQuestions, 12, t, 600_000, db);
  const q0 = examQuestions[0] as Question;
  for (const response of [wrongResponse(q0), q0.answer]) {
    t += 5_000;
    await recordAnswer(
      {
        sessionId: s2.id,
        question: q0,
        response,
        correct: gradeResponse(q0, response).correct,
        timedOut: false,
        elapsedMs: 5_000,
        answeredAt: t,
        progress: { current: 1, remainingMs: 590_000, activeMs: 10_000, flagged: [q0.id] },
      },
      db,
    );
  }

  // A briefing of the learner's own, imported through the same pipeline as the Library's import.
  const markdown = [
    '# The Force in Cyprus',
    '## How the Force began',
    'The Security Council adopted resolution 186 (1964) on 4 March 1964 and the first troops arrived on 27 March 1964.',
    '## The Force today',
    'The Force has about 800 military personnel; resolution 2723 (2024) extended its mandate on 30 January 2024.',
  ].join('\n\n');
  const built = buildCourse({ fileName: 'cyprus.md', markdown }, { now: now + 7_200_000, contentHash: 'c0ffee01' });
  const id = built.course.manifest.id;
  await saveImportedCourse({ id, title: built.course.manifest.title, course: built.course, source: built.source, contentHash: 'c0ffee01', addedAt: now + 7_200_000 }, db);
  await recordReading(id, built.course.lessons[0]?.id ?? '', { percent: 60, position: 0.6 }, now + 7_300_000, db);
}

/** The text of a backup of `db`, as "Export progress" writes it. */
export async function exportText(db: DossierDb, now = FIXTURE_NOW + 86_400_000): Promise<string> {
  return serializeBackup(await createBackup(await readProgress(db), { now, appVersion: '0.1.0' }));
}
