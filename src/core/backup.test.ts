import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_TABLES,
  BackupError,
  backupFileName,
  canonicalJson,
  createBackup,
  endsEarly,
  readBackup,
  serializeBackup,
  type BackupInput,
} from './backup';

const NOW = Date.UTC(2026, 2, 2, 9, 30, 0);

function sample(): BackupInput {
  const question = {
    id: 'q:choice:1',
    type: 'choice',
    kind: 'figure',
    prompt: 'How many military personnel could MINUSMA deploy?',
    options: ['6,000', '11,200', '12,640', '15,000'],
    answer: '11,200',
    factIds: ['f1'],
    explanation: 'From "Forces": "up to 11,200 military personnel"',
    docId: 'forces',
  };
  return {
    lessonProgress: [{ courseId: 'minusma', lessonId: 'forces', state: 'studied', percent: 100, position: 0.4, updatedAt: NOW, studiedAt: NOW }],
    quizSessions: [
      {
        id: 's1',
        courseId: 'minusma',
        status: 'finished',
        settings: { courseId: 'minusma', lessonIds: ['forces'], kinds: ['figure'], types: ['choice'], length: 1, mode: 'practice', timing: { kind: 'per-question', seconds: 30 }, timeFactor: 1 },
        seed: 7,
        questions: [question],
        startedAt: NOW,
        updatedAt: NOW,
        finishedAt: NOW + 5000,
        current: 0,
        remainingMs: null,
        flagged: [],
        score: { correct: 1, total: 1, durationMs: 5000 },
        activeMs: 5000,
      },
    ],
    answers: [
      { sessionId: 's1', questionId: 'q:choice:1', factIds: ['f1'], kind: 'figure', type: 'choice', docId: 'forces', response: '11,200', correct: true, timedOut: false, elapsedMs: 4200, answeredAt: NOW + 4200 },
    ],
    cards: [
      { factId: 'f1', courseId: 'minusma', docId: 'forces', kind: 'figure', due: NOW + 600_000, stability: 2.3065, difficulty: 2.1, elapsedDays: 0, scheduledDays: 0, learningSteps: 1, reps: 1, lapses: 0, state: 1, lastReview: NOW + 4200 },
    ],
    reviewLogs: [
      { id: 1, factId: 'f1', rating: 3, state: 0, due: NOW, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, reviewedAt: NOW + 4200, sessionId: 's1', questionId: 'q:choice:1', before: null },
    ],
    dailyStats: [{ day: '2026-03-02', answers: 1, correct: 1, totalMs: 4200, byType: { choice: { answers: 1, correct: 1, totalMs: 4200 } }, byKind: { figure: { answers: 1, correct: 1, totalMs: 4200 } } }],
    settings: [
      { key: 'theme', value: 'dark' },
      { key: 'exam.date', value: '2026-04-01' },
    ],
  };
}

async function fileText(data: BackupInput = sample()): Promise<string> {
  return serializeBackup(await createBackup(data, { now: NOW, appVersion: '0.1.0' }));
}

async function problemOf(text: string): Promise<{ problem: string; message: string }> {
  try {
    await readBackup(text);
  } catch (err) {
    if (err instanceof BackupError) return { problem: err.problem, message: err.message };
    throw err;
  }
  throw new Error('the backup was accepted');
}

/** Rewrites a valid file's JSON and re-signs it, so only the change under test is wrong. */
async function edited(edit: (file: Record<string, unknown> & { data: Record<string, unknown[]> }) => void): Promise<string> {
  const file = JSON.parse(await fileText());
  edit(file);
  return JSON.stringify(file);
}

describe('a backup file', () => {
  it('round-trips every table, keeping fields Dossier adds to rows', async () => {
    const text = await fileText();
    const file = await readBackup(text);
    expect(file).toMatchObject({ format: 'dossier-backup', version: 1, exportedAt: '2026-03-02T09:30:00.000Z', app: { version: '0.1.0' } });
    expect(file.checksum).toMatch(/^sha256-[0-9a-f]{64}$/);
    for (const table of BACKUP_TABLES) expect(file.data[table]).toEqual(sample()[table]);
    expect((file.data.quizSessions[0] as Record<string, unknown>)['activeMs']).toBe(5000);
  });

  it('gives the same checksum whatever the order of keys', async () => {
    const a = sample();
    const b = sample();
    b.settings = [{ value: 'dark', key: 'theme' }, { value: '2026-04-01', key: 'exam.date' }];
    const [fa, fb] = await Promise.all([createBackup(a, { now: NOW, appVersion: '1' }), createBackup(b, { now: NOW, appVersion: '1' })]);
    expect(fa.checksum).toBe(fb.checksum);
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it('is named after the day it was made', () => {
    expect(backupFileName('2026-03-02')).toBe('dossier-backup-2026-03-02.json');
  });
});

describe('readBackup refuses', () => {
  it('an empty file', async () => {
    expect(await problemOf('  \n')).toMatchObject({ problem: 'empty' });
  });

  it('a truncated file, saying it ends early', async () => {
    const text = await fileText();
    const cut = await problemOf(text.slice(0, Math.floor(text.length / 2)));
    expect(cut.problem).toBe('truncated');
    expect(cut.message).toContain('The backup is incomplete (the file ends early)');
  });

  it('a file cut at any point', async () => {
    const text = await fileText();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: text.trimEnd().length - 1 }), async (end) => {
        const { problem } = await problemOf(text.slice(0, end));
        expect(['truncated', 'not-json', 'foreign']).toContain(problem);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('a file with a flipped bit, unless the flip left the same data', async () => {
    const text = await fileText();
    const bytes = new TextEncoder().encode(text);
    const original = JSON.stringify((await readBackup(text)).data);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 7 }), async (at, bit) => {
        const flipped = bytes.slice();
        flipped[at] = (flipped[at] as number) ^ (1 << bit);
        const altered = new TextDecoder().decode(flipped);
        try {
          const file = await readBackup(altered);
          // Only a change JSON cannot see (say, the case of a \u escape's hex digit) may pass.
          expect(JSON.stringify(file.data)).toBe(original);
        } catch (err) {
          expect(err).toBeInstanceOf(BackupError);
        }
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('a changed value, as altered, because the checksum no longer matches', async () => {
    const text = (await fileText()).replace('"elapsedMs":4200', '"elapsedMs":4201');
    const { problem, message } = await problemOf(text);
    expect(problem).toBe('checksum');
    expect(message).toBe('The backup has been altered: its checksum does not match its contents.');
  });

  it('a JSON file that is not a backup', async () => {
    expect(await problemOf('{"hello":"world"}')).toEqual({ problem: 'foreign', message: 'This file is not a Dossier backup.' });
    expect(await problemOf('[1,2,3]')).toMatchObject({ problem: 'foreign' });
    expect(await problemOf('\u0089PNG\r\n\u001a\n binary')).toMatchObject({ problem: 'foreign' });
  });

  it('a backup from a newer Dossier, naming its version', async () => {
    const text = await edited((f) => (f['version'] = 3));
    const { problem, message } = await problemOf(text);
    expect(problem).toBe('newer');
    expect(message).toContain('This backup is from a newer Dossier (version 3)');
  });

  it('a field of the wrong type, naming the field', async () => {
    const text = await edited((f) => {
      const answers = f.data['answers'] as Record<string, unknown>[];
      answers.push({ ...(answers[0] as object), questionId: 'q2' });
      (answers[1] as Record<string, unknown>)['elapsedMs'] = 'slow';
    });
    expect(await problemOf(text)).toEqual({ problem: 'invalid', message: 'The backup is damaged: answers[1].elapsedMs must be a number.' });
  });

  it('a missing field or table, naming it', async () => {
    const noDue = await edited((f) => delete (f.data['cards']?.[0] as Record<string, unknown>)['due']);
    expect((await problemOf(noDue)).message).toBe('The backup is damaged: cards[0].due is missing.');
    const noTable = await edited((f) => delete f.data['reviewLogs']);
    expect((await problemOf(noTable)).message).toBe('The backup is damaged: reviewLogs is missing.');
    const badDay = await edited((f) => ((f.data['dailyStats']?.[0] as Record<string, unknown>)['day'] = 'yesterday'));
    expect((await problemOf(badDay)).message).toBe('The backup is damaged: dailyStats[0].day must be a day written YYYY-MM-DD.');
  });

  it('rows that would overwrite each other or answers without their quiz', async () => {
    const twice = await edited((f) => f.data['cards']?.push(f.data['cards'][0]));
    expect((await problemOf(twice)).message).toBe('The backup is damaged: cards[1] repeats a row that is already in the backup.');
    const orphan = await edited((f) => (f.data['quizSessions'] = []));
    expect((await problemOf(orphan)).message).toBe('The backup is damaged: answers[0] belongs to a quiz that is not in the backup.');
  });
});

describe('endsEarly', () => {
  it('tells a cut-off document from a complete or malformed one', () => {
    expect(endsEarly('{"a":[1,2')).toBe(true);
    expect(endsEarly('{"a":"x}')).toBe(true);
    expect(endsEarly('{"a":"\\"}')).toBe(true);
    expect(endsEarly('{"a":1}')).toBe(false);
    expect(endsEarly('{"a":1}}')).toBe(false);
    expect(endsEarly('hello')).toBe(false);
  });
});
