// A learn session and an answer counted right at the learner's word, through a backup: both must
// survive export and import, since a backup that refused them would lose the learner's history.
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../../core/backup-read';
import { planLearn } from '../../../core/learn';
import type { Question } from '../../../core/types';
import { replaceProgress } from './backup';
import { exportText, FIXTURE_NOW } from './backup.fixture';
import type { QuizSettings } from './db';
import { createLearnSession, overrideAnswer, recordAnswer, sessionAnswers, type QuizSessionRow } from './quiz';
import { useTestDbs } from './test-db';

const fresh = useTestDbs('learn-backup');

const typed: Question = {
  id: 'q1',
  type: 'typed',
  kind: 'figure',
  prompt: 'Up to how many military personnel could MINUSMA comprise?',
  answer: '11,200',
  factIds: ['forces:figure:11200:abcd'],
  explanation: 'From "Forces": "up to 11,200 military personnel"',
  docId: 'forces',
};
const choice: Question = { ...typed, id: 'q2', type: 'choice', options: ['6,000', '11,200', '12,640', '15,000'] };

const settings: QuizSettings = {
  courseId: 'minusma',
  lessonIds: ['forces'],
  kinds: ['figure'],
  types: ['typed', 'choice'],
  length: 1,
  mode: 'learn',
  timing: { kind: 'untimed' },
  timeFactor: 1,
};

describe('a learn session in a backup', () => {
  it('keeps its plan, its re-ask and an answer counted as right with its original verdict', async () => {
    const source = fresh();
    const { questions, plan } = planLearn([typed], [typed, choice]);
    const session = await createLearnSession(settings, questions, plan, 1, FIXTURE_NOW, source);
    await recordAnswer(
      {
        sessionId: session.id,
        question: typed,
        response: 'eleven thousand two hundred soldiers or so',
        correct: false,
        timedOut: false,
        elapsedMs: 6000,
        answeredAt: FIXTURE_NOW + 6000,
        progress: { current: 1, remainingMs: null, activeMs: 6000 },
        append: [choice],
      },
      source,
    );
    const after = (await source.quizSessions.get(session.id)) as QuizSessionRow;
    expect(after.questions.map((q) => q.id)).toEqual(['q1', 'q2']);
    const { session: overruled } = await overrideAnswer(session.id, 'q1', FIXTURE_NOW + 9000, source);
    // The miss was counted right, so its re-ask is no longer waiting.
    expect(overruled.questions.map((q) => q.id)).toEqual(['q1']);

    const target = fresh();
    await replaceProgress((await readBackup(await exportText(source))).data, target);
    const [restored] = (await target.quizSessions.toArray()) as QuizSessionRow[];
    expect(restored?.settings.mode).toBe('learn');
    expect(restored?.learn).toEqual(plan);
    const [row] = await sessionAnswers(restored?.id ?? '', target);
    expect(row).toMatchObject({ response: 'eleven thousand two hundred soldiers or so', correct: true, originalCorrect: false, overriddenAt: FIXTURE_NOW + 9000 });
    expect(await target.dailyStats.toArray()).toEqual([expect.objectContaining({ answers: 1, correct: 1 })]);
  });
});
