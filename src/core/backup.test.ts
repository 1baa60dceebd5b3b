import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_TABLES,
  BackupError,
  backupFileName,
  BACKUP_MAX_CHARS,
  canonicalJson,
  checksumOf,
  createBackup,
  dailyTotals,
  refusalSentence,
  restorableRows,
  serializeBackup,
  type BackupInput,
} from './backup';
import { endsEarly, readBackup } from './backup-read';

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
    if (err instanceof BackupError) return { problem: err.code, message: err.message };
    throw err;
  }
  throw new Error('the backup was accepted');
}

type Row = Record<string, unknown>;
type EditableFile = Record<string, unknown> & { data: Record<string, Row[]> };

/** Rewrites a valid file's JSON and re-signs it, so only the change under test is wrong. */
async function edited(edit: (file: EditableFile) => void): Promise<string> {
  const file = JSON.parse(await fileText()) as EditableFile;
  edit(file);
  file['checksum'] = await checksumOf(file);
  return JSON.stringify(file);
}

/** The damage a re-signed edit is refused for. */
async function refusal(edit: (file: EditableFile) => void): Promise<string> {
  const { problem, message } = await problemOf(await edited(edit));
  expect(problem).toBe('invalid');
  return message;
}

const first = (file: EditableFile, table: string): Row => file.data[table]?.[0] as Row;

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
    expect(cut.message).toBe('The backup is incomplete (the file ends early); export it again from the copy you still have.');
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
    expect(message).toBe('The backup has been altered (its checksum does not match its contents); export it again from the copy you still have.');
  });

  it('a JSON file that is not a backup', async () => {
    expect(await problemOf('{"hello":"world"}')).toEqual({ problem: 'foreign', message: 'This file is not a Dossier backup; choose the .json file that "Export progress" saved.' });
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
    expect(await problemOf(text)).toEqual({
      problem: 'invalid',
      message: 'The backup is damaged (answers[1].elapsedMs must be a number); export it again from the copy you still have.',
    });
  });

  it('a missing field or table, naming it', async () => {
    const noDue = await edited((f) => delete (f.data['cards']?.[0] as Record<string, unknown>)['due']);
    expect((await problemOf(noDue)).message).toContain('(cards[0].due is missing)');
    const noTable = await edited((f) => delete f.data['reviewLogs']);
    expect((await problemOf(noTable)).message).toContain('(reviewLogs is missing)');
    const badDay = await edited((f) => ((f.data['dailyStats']?.[0] as Record<string, unknown>)['day'] = 'yesterday'));
    expect((await problemOf(badDay)).message).toContain('(dailyStats[0].day must be a day written YYYY-MM-DD)');
  });

  it('rows that would overwrite each other or answers without their quiz', async () => {
    const twice = await edited((f) => f.data['cards']?.push(first(f, 'cards')));
    expect((await problemOf(twice)).message).toContain('(cards[1] repeats a row that is already in the backup)');
    const orphan = await edited((f) => (f.data['quizSessions'] = []));
    expect((await problemOf(orphan)).message).toContain('(answers[0] belongs to a quiz that is not in the backup)');
  });
});

describe('readBackup checks what the data means, even in a re-signed file', () => {
  it('numbers JSON cannot hold or that no quiz produces', async () => {
    // 1e999 parses as Infinity.
    const infinite = (await edited(() => undefined)).replace('"elapsedMs":4200', '"elapsedMs":1e999');
    expect((await problemOf(infinite)).message).toContain('answers[0].elapsedMs must be a finite number');
    expect(await refusal((f) => (first(f, 'answers')['elapsedMs'] = -5))).toContain('answers[0].elapsedMs must be a duration between 0 and a year');
    expect(
      await refusal((f) => ((first(f, 'quizSessions')['settings'] as Row)['timing'] = { kind: 'whole-quiz', minutes: 1e300 })),
    ).toContain('quizSessions[0].settings.timing.minutes must be at most 600');
    expect(await refusal((f) => (first(f, 'cards')['due'] = 1e300))).toContain('cards[0].due must be a time between the years 2000 and 2300');
    expect(await refusal((f) => (first(f, 'lessonProgress')['percent'] = 250))).toContain('lessonProgress[0].percent must be a percentage 0–100');
    expect(await refusal((f) => ((first(f, 'quizSessions')['settings'] as Row)['timeFactor'] = 0))).toContain('timeFactor must be a time factor');
  });

  it('days that are not on the calendar', async () => {
    expect(await refusal((f) => (first(f, 'dailyStats')['day'] = '2026-02-30'))).toContain('dailyStats[0].day must be a real calendar day');
  });

  it('a second quiz in progress', async () => {
    const message = await refusal((f) => {
      const s = first(f, 'quizSessions');
      s['status'] = 'active';
      f.data['quizSessions']?.push({ ...s, id: 's2' });
    });
    expect(message).toContain('quizSessions[1] is a second quiz in progress');
  });

  it('a quiz without questions, and a choice question without its options', async () => {
    expect(await refusal((f) => (first(f, 'quizSessions')['questions'] = []))).toContain('quizSessions[0] has no questions');
    const noOptions = await refusal((f) => delete ((first(f, 'quizSessions')['questions'] as Row[])[0] as Row)['options']);
    expect(noOptions).toContain('quizSessions[0].questions[0] cannot be asked (choice needs four options)');
  });

  it('answers, scores, review logs and cards that disagree', async () => {
    expect(await refusal((f) => (first(f, 'answers')['questionId'] = 'q:other'))).toContain('answers[0] answers a question that is not in its quiz');
    expect(await refusal((f) => (first(f, 'answers')['type'] = 'typed'))).toContain('answers[0] does not match the question it answers');
    expect(await refusal((f) => ((first(f, 'quizSessions')['score'] as Row)['correct'] = 0))).toContain('quizSessions[0].score does not match its answers');
    expect(await refusal((f) => (first(f, 'cards')['reps'] = 4))).toContain('cards[0] counts 4 reviews but the backup logs 1');
    expect(await refusal((f) => (first(f, 'reviewLogs')['factId'] = 'f9'))).toContain('reviewLogs[0] reviews a fact that has no card');
    expect(await refusal((f) => (first(f, 'reviewLogs')['questionId'] = 'q:none'))).toContain('reviewLogs[0] comes from an answer that is not in the backup');
  });

  it('prototype keys anywhere, even where any value is allowed', async () => {
    const text = (await edited(() => undefined)).replace('"value":"dark"', '"value":{"__proto__":{"polluted":true}}');
    expect((await problemOf(text)).message).toContain('settings[0].value.__proto__ is a field name Dossier never writes');
    expect(({} as Row)['polluted']).toBeUndefined();
  });

  it('deep nesting before parsing it, without a RangeError', async () => {
    const deep = (await edited(() => undefined)).replace('"value":"dark"', `"value":${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    expect(await problemOf(deep)).toMatchObject({ problem: 'too-deep' });
  });

  it('a file over the size limit, with a sentence', async () => {
    const { problem, message } = await problemOf(' '.repeat(BACKUP_MAX_CHARS + 1));
    expect(problem).toBe('too-large');
    expect(message).toBe('The file is larger than 100 MB, far more than any Dossier backup, so it was not read; choose the .json file that "Export progress" saved.');
  });

  it('says in one sentence that nothing changed and what to do', async () => {
    const err = new BackupError('checksum', 'The backup has been altered (its checksum does not match its contents); export it again from the copy you still have.');
    expect(refusalSentence('a.json', err)).toBe(
      'a.json was not imported and your progress is unchanged: the backup has been altered (its checksum does not match its contents); export it again from the copy you still have.',
    );
  });
});

describe('restorableRows', () => {
  it('gives quizzes new ids, carried by their answers and logs, drops log ids and recomputes daily totals', async () => {
    const data = (await readBackup(await fileText())).data;
    let n = 0;
    const rows = restorableRows(data, { newSessionId: () => `new-${++n}`, dayOf: () => '2026-03-02' });
    expect(rows.quizSessions).toMatchObject([{ id: 'new-1' }]);
    expect(rows.answers).toMatchObject([{ sessionId: 'new-1', questionId: 'q:choice:1' }]);
    expect(rows.reviewLogs).toEqual([{ ...sample().reviewLogs[0], id: undefined, sessionId: 'new-1' }].map(({ id: _id, ...r }) => r));
    expect(rows.dailyStats).toEqual(sample().dailyStats);
  });

  it('counts only answers with a response or a timeout, per local day', () => {
    const base = { sessionId: 's', factIds: ['f'], kind: 'date' as const, type: 'typed' as const, correct: false, timedOut: false, elapsedMs: 1000, answeredAt: NOW };
    const totals = dailyTotals(
      [
        { ...base, questionId: 'a', response: 'x', correct: true },
        { ...base, questionId: 'b', response: null },
        { ...base, questionId: 'c', response: null, timedOut: true, answeredAt: NOW + 86_400_000 },
      ],
      (ms) => (ms === NOW ? '2026-03-02' : '2026-03-03'),
    );
    expect(totals.map((t) => [t.day, t.answers, t.correct, t.totalMs])).toEqual([
      ['2026-03-02', 1, 1, 1000],
      ['2026-03-03', 1, 0, 1000],
    ]);
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

describe('imported courses in a backup', () => {
  const imported = (id = 'imported-3f2a9c01') => ({
    id,
    title: 'The Force in Cyprus',
    contentHash: '3f2a9c01',
    addedAt: NOW,
    source: { fileName: 'cyprus.pdf', documentTitle: 'The Force in Cyprus', documentDate: '2024-03-14', importedAt: NOW },
    course: {
      manifest: { id, title: 'The Force in Cyprus', version: '1.0.0', summary: 'Two lessons.', lessons: [`${id}-01-how`, `${id}-02-today`] },
      lessons: [
        { id: `${id}-01-how`, title: 'How', order: 1, objectives: ['Know it.'], minutes: 1, body: 'Set up on 4 March 1964.\n\n## Key points\n\n- Set up on 4 March 1964.\n', keyPoints: ['Set up on 4 March 1964.'], file: `${id}-01-how.md` },
        { id: `${id}-02-today`, title: 'Today', order: 2, objectives: ['Know it.'], minutes: 1, body: 'About 800 troops.', keyPoints: ['About 800 troops.'], file: `${id}-02-today.md` },
      ],
      glossary: [{ term: 'UNFICYP', aliases: ['United Nations Peacekeeping Force in Cyprus'], definition: 'The Force.' }],
    },
  });
  const withCourses = (...courses: object[]): BackupInput => ({ ...sample(), importedCourses: courses });

  /** A valid backup holding one imported course, changed by `edit` and re-signed. */
  async function editedCourse(edit: (course: Row & { course: { manifest: Row; lessons: Row[] } }) => void): Promise<string> {
    const file = JSON.parse(await fileText(withCourses(imported()))) as EditableFile;
    edit(file.data['importedCourses']?.[0] as Row & { course: { manifest: Row; lessons: Row[] } });
    file['checksum'] = await checksumOf(file);
    return JSON.stringify(file);
  }

  it('are written and read back whole', async () => {
    const file = await readBackup(await fileText(withCourses(imported())));
    expect(file.data.importedCourses).toEqual([imported()]);
    expect(restorableRows(file.data, { newSessionId: () => 'n' }).importedCourses).toEqual([imported()]);
  });

  it('are optional: a backup made before courses could be imported still reads, and restores none', async () => {
    const file = JSON.parse(await fileText()) as EditableFile;
    delete file.data['importedCourses'];
    file['checksum'] = await checksumOf(file);
    const read = await readBackup(JSON.stringify(file));
    expect(read.data.importedCourses).toBeUndefined();
    expect(restorableRows(read.data, { newSessionId: () => 'n' }).importedCourses).toEqual([]);
  });

  it('are refused when a field has the wrong type or size, naming it', async () => {
    const cases: [(c: Row & { course: { manifest: Row; lessons: Row[] } }) => void, string][] = [
      [(c) => (c['title'] = 42), 'importedCourses[0].title must be text'],
      [(c) => ((c.course.lessons[0] as Row)['body'] = 'x'.repeat(1_000_001)), 'importedCourses[0].course.lessons[0].body must be at most 1000000 characters'],
      [(c) => ((c.course.lessons[1] as Row)['keyPoints'] = 'not a list'), 'importedCourses[0].course.lessons[1].keyPoints must be a list of text'],
      [(c) => (c['addedAt'] = 1e300), 'importedCourses[0].addedAt must be a time between the years 2000 and 2300'],
      [(c) => delete (c.course as Record<string, unknown>)['glossary'], 'importedCourses[0].course.glossary is missing'],
      [(c) => (c['id'] = 'minusma'), 'importedCourses[0].id must be the id of an imported course (imported-…)'],
    ];
    for (const [edit, detail] of cases) expect((await problemOf(await editedCourse(edit))).message).toContain(`(${detail})`);
  });

  it('are refused when their ids disagree or a lesson could stand for another course’s', async () => {
    const cases: [(c: Row & { course: { manifest: Row; lessons: Row[] } }) => void, string][] = [
      [(c) => (c.course.manifest['id'] = 'imported-other'), "importedCourses[0].course.manifest.id is not the course's id"],
      [(c) => (c.course.manifest['lessons'] = ['imported-3f2a9c01-01-how']), 'importedCourses[0].course.manifest.lessons does not list its lessons in order'],
      [
        (c) => {
          (c.course.lessons[1] as Row)['id'] = 'forces';
          (c.course.manifest['lessons'] as string[])[1] = 'forces';
        },
        'importedCourses[0].course.lessons[1].id is not a lesson of this course',
      ],
      [(c) => ((c.course.lessons[1] as Row)['order'] = 5), 'importedCourses[0].course.lessons[1].order is not its place in the course'],
    ];
    for (const [edit, detail] of cases) expect((await problemOf(await editedCourse(edit))).message).toContain(`(${detail})`);
    const twice = await problemOf(await fileText(withCourses(imported(), imported())));
    expect(twice.message).toContain('(importedCourses[1] repeats a row that is already in the backup)');
  });
});
