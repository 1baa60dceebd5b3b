// Reading a backup file: every file is untrusted, so its shape is checked with valibot and its meaning
// (ranges, calendar days, questions that can be asked, totals that add up) before anything reaches the
// store. Loaded by the backup worker and the tests, never by the page (backup.ts says why).
import * as v from 'valibot';
import { isDay } from './stats';
import { KINDS } from './quiz-settings';
import type { Question } from './types';
import { questionProblems } from './validate';
import { AGAIN, BACKUP_FORMAT, BACKUP_MAX_CHARS, BACKUP_MAX_DEPTH, BACKUP_VERSION, BackupError, CHOOSE, checksumOf, tooLarge } from './backup';

const DAY_MS = 86_400_000;
// Times are milliseconds since 1970. A card can be due a century after its last review (FSRS's
// longest interval), so the window runs well past today without admitting 1e300.
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2300, 0, 1);
const MAX_DURATION_MS = 366 * DAY_MS;
const MAX_ID = 1_000;
const MAX_TEXT = 20_000;
const MAX_ITEMS = 100;
const MAX_QUESTIONS = 2_000;

// Messages are written as the end of a sentence that starts with the field's path.
const number = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));
const between = (min: number, max: number, what: string) =>
  v.pipe(number, v.minValue(min, `must be ${what}`), v.maxValue(max, `must be ${what}`));
const count = (max: number) => v.pipe(number, v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(max, `must be at most ${max}`));
const time = between(MIN_TIME, MAX_TIME, 'a time between the years 2000 and 2300');
const duration = between(0, MAX_DURATION_MS, 'a duration between 0 and a year');
const text = v.pipe(v.string('must be text'), v.maxLength(MAX_TEXT, `must be at most ${MAX_TEXT} characters`));
const id = v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty'), v.maxLength(MAX_ID, `must be at most ${MAX_ID} characters`));
const bool = v.boolean('must be true or false');
const strings = v.pipe(v.array(text, 'must be a list of text'), v.maxLength(MAX_ITEMS, `must hold at most ${MAX_ITEMS} items`));
const ids = v.pipe(v.array(id, 'must be a list of ids'), v.maxLength(MAX_ITEMS, `must hold at most ${MAX_ITEMS} items`));
const kind = v.picklist([...KINDS], `must be one of ${KINDS.join(', ')}`);
const qtype = v.picklist(['choice', 'typed', 'truefalse', 'order', 'match'], 'must be a question type (choice, typed, truefalse, order or match)');
const response = v.union([text, bool, strings], 'must be text, true/false or a list of text');
const day = v.pipe(
  v.string('must be text'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD'),
  v.check(isDay, 'must be a real calendar day'),
);
const tally = v.looseObject({ answers: count(1e9), correct: count(1e9), totalMs: between(0, 1e15, 'a total time') }, 'must be an object');
const timing = v.variant(
  'kind',
  [
    v.looseObject({ kind: v.literal('untimed') }),
    v.looseObject({ kind: v.literal('per-question'), seconds: v.pipe(count(3_600), v.minValue(1, 'must be at least 1')) }),
    v.looseObject({ kind: v.literal('whole-quiz'), minutes: v.pipe(count(600), v.minValue(1, 'must be at least 1')) }),
  ],
  'must be untimed, per-question or whole-quiz',
);
const fsrsState = v.pipe(number, v.integer('must be a card state 0–3'), v.minValue(0, 'must be a card state 0–3'), v.maxValue(3, 'must be a card state 0–3'));
// The FSRS fields of a card (and of a log's "before" state): ts-fsrs keeps difficulty in 1–10
// (0 before the first review) and never schedules beyond 36,500 days.
const memory = {
  due: time,
  stability: between(0, 1e6, 'a stability between 0 and 1,000,000 days'),
  difficulty: between(0, 10, 'a difficulty between 0 and 10'),
  elapsedDays: between(0, 1e5, 'a number of days between 0 and 100,000'),
  scheduledDays: between(0, 1e5, 'a number of days between 0 and 100,000'),
  learningSteps: count(100),
  reps: count(1e7),
  lapses: count(1e7),
  state: fsrsState,
  lastReview: v.optional(time),
};

// Loose objects: a field added by a later build of the same backup version rides along untouched.
const LessonProgressSchema = v.looseObject(
  {
    courseId: id,
    lessonId: id,
    state: v.picklist(['in-progress', 'studied'], 'must be in-progress or studied'),
    percent: between(0, 100, 'a percentage 0–100'),
    position: between(0, 1, 'a fraction 0–1'),
    updatedAt: time,
    studiedAt: v.optional(time),
  },
  'must be an object',
);

const QuestionSchema = v.looseObject(
  {
    id,
    type: qtype,
    kind,
    prompt: text,
    options: v.optional(strings),
    left: v.optional(strings),
    answer: response,
    factIds: ids,
    explanation: text,
    docId: v.optional(v.pipe(v.string('must be text'), v.maxLength(MAX_ID, `must be at most ${MAX_ID} characters`))),
  },
  'must be an object',
);

const QuizSessionSchema = v.looseObject(
  {
    id,
    courseId: id,
    status: v.picklist(['active', 'finished', 'abandoned'], 'must be active, finished or abandoned'),
    settings: v.looseObject(
      {
        courseId: id,
        lessonIds: v.pipe(v.array(id, 'must be a list of ids'), v.maxLength(10_000, 'must hold at most 10000 items')),
        kinds: v.array(kind, 'must be a list of kinds'),
        types: v.array(qtype, 'must be a list of question types'),
        length: count(MAX_QUESTIONS),
        mode: v.picklist(['practice', 'exam', 'learn'], 'must be practice, exam or learn'),
        timing,
        timeFactor: between(0.5, 4, 'a time factor between 0.5 and 4'),
        review: v.optional(bool),
      },
      'must be an object',
    ),
    seed: v.pipe(number, v.safeInteger('must be a whole number')),
    questions: v.pipe(v.array(QuestionSchema, 'must be a list'), v.maxLength(MAX_QUESTIONS, `must hold at most ${MAX_QUESTIONS} questions`)),
    startedAt: time,
    updatedAt: time,
    finishedAt: v.optional(time),
    current: count(MAX_QUESTIONS),
    remainingMs: v.nullable(duration),
    flagged: ids,
    score: v.optional(v.looseObject({ correct: count(MAX_QUESTIONS), total: count(MAX_QUESTIONS), durationMs: duration }, 'must be an object')),
    activeMs: v.optional(duration),
    clocks: v.optional(v.record(id, duration, 'must be an object')),
  },
  'must be an object',
);

const AnswerSchema = v.looseObject(
  {
    sessionId: id,
    questionId: id,
    factIds: ids,
    kind,
    type: qtype,
    docId: v.optional(v.pipe(v.string('must be text'), v.maxLength(MAX_ID, `must be at most ${MAX_ID} characters`))),
    response: v.nullable(response),
    correct: bool,
    timedOut: bool,
    elapsedMs: duration,
    answeredAt: time,
  },
  'must be an object',
);

const shortText = v.pipe(v.string('must be text'), v.maxLength(MAX_ID, `must be at most ${MAX_ID} characters`));
const CardSchema = v.looseObject({ factId: id, courseId: shortText, docId: shortText, kind, ...memory }, 'must be an object');

const ReviewLogSchema = v.looseObject(
  {
    id: v.optional(number),
    factId: id,
    rating: v.pipe(number, v.integer('must be a rating 1–4'), v.minValue(1, 'must be a rating 1–4'), v.maxValue(4, 'must be a rating 1–4')),
    state: fsrsState,
    due: time,
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsedDays: memory.elapsedDays,
    scheduledDays: memory.scheduledDays,
    learningSteps: v.optional(memory.learningSteps),
    reviewedAt: time,
    sessionId: v.optional(id),
    questionId: v.optional(id),
    // The whole card before this review (null when the review created it): a replaced exam answer
    // puts it back, so it is checked like a card.
    before: v.optional(v.nullable(v.looseObject(memory, 'must be an object or null'))),
  },
  'must be an object',
);

const DailyStatSchema = v.looseObject(
  {
    day,
    answers: count(1e9),
    correct: count(1e9),
    totalMs: between(0, 1e15, 'a total time'),
    byType: v.optional(v.record(qtype, tally, 'must be an object')),
    byKind: v.optional(v.record(kind, tally, 'must be an object')),
  },
  'must be an object',
);

const SettingSchema = v.looseObject({ key: id, value: v.unknown() }, 'must be an object');

// Imported courses: the learner's own documents made into courses. Their text is untrusted twice over
// (from a document, then from a file): it is checked for shape and size here, and rendered through
// the same sanitiser as every course, never as raw HTML.
const MAX_BODY = 1_000_000;
const MAX_LESSONS = 2_000;
const MAX_GLOSSARY = 5_000;
const MAX_IMPORTED = 500;
const body = v.pipe(v.string('must be text'), v.maxLength(MAX_BODY, `must be at most ${MAX_BODY} characters`));
const line = v.pipe(v.string('must be text'), v.maxLength(MAX_ID, `must be at most ${MAX_ID} characters`));
const longList = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item, 'must be a list'), v.maxLength(max, `must hold at most ${max} items`));
const ImportedLessonSchema = v.looseObject(
  {
    id,
    title: line,
    order: v.pipe(count(MAX_LESSONS), v.minValue(1, 'must be at least 1')),
    objectives: strings,
    minutes: count(100_000),
    body,
    keyPoints: strings,
    file: line,
  },
  'must be an object',
);
const ImportedCourseSchema = v.looseObject(
  {
    id: v.pipe(id, v.startsWith('imported-', 'must be the id of an imported course (imported-…)')),
    title: v.pipe(line, v.minLength(1, 'must not be empty')),
    course: v.looseObject(
      {
        manifest: v.looseObject(
          {
            id,
            title: line,
            version: v.pipe(v.string('must be text'), v.regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}$/, 'must be a version such as 1.0.0')),
            summary: text,
            lessons: longList(id, MAX_LESSONS),
            source: v.optional(v.looseObject({ title: line, publisher: line, lastModified: line, url: v.optional(line) }, 'must be an object')),
            glossary: v.optional(line),
          },
          'must be an object',
        ),
        lessons: longList(ImportedLessonSchema, MAX_LESSONS),
        glossary: longList(v.looseObject({ term: line, aliases: strings, definition: text }, 'must be an object'), MAX_GLOSSARY),
      },
      'must be an object',
    ),
    source: v.looseObject(
      {
        fileName: line,
        documentTitle: line,
        documentDate: v.optional(v.pipe(v.string('must be text'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD'))),
        importedAt: time,
      },
      'must be an object',
    ),
    contentHash: v.pipe(id, v.regex(/^[0-9a-z-]+$/, 'must be a hash in lower-case letters and digits')),
    addedAt: time,
  },
  'must be an object',
);

const DataSchema = v.object(
  {
    lessonProgress: v.array(LessonProgressSchema, 'must be a list'),
    quizSessions: v.array(QuizSessionSchema, 'must be a list'),
    answers: v.array(AnswerSchema, 'must be a list'),
    cards: v.array(CardSchema, 'must be a list'),
    reviewLogs: v.array(ReviewLogSchema, 'must be a list'),
    dailyStats: v.array(DailyStatSchema, 'must be a list'),
    settings: v.array(SettingSchema, 'must be a list'),
    // Absent from backups made before courses could be imported: those still restore.
    importedCourses: v.optional(v.pipe(v.array(ImportedCourseSchema, 'must be a list'), v.maxLength(MAX_IMPORTED, `must hold at most ${MAX_IMPORTED} courses`))),
  },
  'must be an object',
);

const FileSchema = v.object(
  {
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(BACKUP_VERSION, `must be ${BACKUP_VERSION}`),
    exportedAt: v.pipe(v.string('must be text'), v.isoTimestamp('must be a date and time')),
    app: v.looseObject({ version: v.pipe(v.string('must be text'), v.maxLength(100, 'must be at most 100 characters')) }, 'must be an object'),
    checksum: v.pipe(v.string('must be text'), v.regex(/^sha256-[0-9a-f]{64}$/, 'must be sha256- followed by 64 hexadecimal digits')),
    data: DataSchema,
  },
  'must be an object',
);

/** Everything a backup restores, validated. */
export type BackupData = v.InferOutput<typeof DataSchema>;
export type BackupFile = v.InferOutput<typeof FileSchema>;

/** Whether JSON text stops before its outermost value is closed (a file cut short). */
export function endsEarly(text: string): boolean {
  return scanJson(text, Infinity).endsEarly;
}

/**
 * One pass over JSON text, without recursion or parsing: whether it ends before its outermost value
 * is closed, and whether arrays and objects nest deeper than `maxDepth` (the scan stops there).
 */
export function scanJson(text: string, maxDepth: number): { endsEarly: boolean; tooDeep: boolean } {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let opened = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      opened = true;
      if (depth > maxDepth) return { endsEarly: false, tooDeep: true };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { endsEarly: inString || (opened && depth > 0), tooDeep: false };
}

// JSON.parse keeps these as plain data, but copying them with assignment would change an object's
// prototype, and the validator drops them silently: a file holding one is refused outright.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first forbidden key anywhere in a parsed value, found without recursion. */
function forbiddenKeyPath(root: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], path: `${path}[${i}]` });
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return at.replace(/^data\.?/, '') || key;
      stack.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return null;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out.replace(/^data\.?/, '') || 'the file';
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = pathOf(issue);
  const missing = (issue.type === 'object' || issue.type === 'loose_object') && issue.received === 'undefined' && issue.path?.length;
  return missing ? `${path} is missing` : `${path} ${issue.message}`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

type Session = BackupData['quizSessions'][number];
type Answer = BackupData['answers'][number];
type StoredQuestion = Session['questions'][number];

/** The first row whose key repeats an earlier row's, as a problem; null when every key is unique. */
function repeated<T>(table: string, rows: readonly T[], key: (r: T) => string): string | null {
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const k = key(rows[i] as T);
    if (seen.has(k)) return `${table}[${i}] repeats a row that is already in the backup`;
    seen.add(k);
  }
  return null;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** What is wrong with a stored question as a quiz would show it; null when it can be asked. */
function questionProblem(q: StoredQuestion): string | null {
  const problems = questionProblems(q as Question);
  if (problems.length) return problems[0] as string;
  if (q.type !== 'match' && q.left !== undefined) return 'has a left column but is not a match question';
  return null;
}

/** Whether a response has the shape its question type expects (null: not answered). */
function responseFits(type: StoredQuestion['type'], response: Answer['response']): boolean {
  if (response === null) return true;
  if (type === 'truefalse') return typeof response === 'boolean';
  if (type === 'order' || type === 'match') return Array.isArray(response);
  return typeof response === 'string';
}

type ImportedRow = NonNullable<BackupData['importedCourses']>[number];

/**
 * What is wrong with imported courses as the Library would show them: a repeated course, a course whose
 * ids disagree (the row's, its manifest's, its lessons'), or a lesson id outside its course, which could
 * stand for another course's lesson. Null when they hold together.
 */
function importedProblem(rows: readonly ImportedRow[]): string | null {
  const dup = repeated('importedCourses', rows, (r) => r.id);
  if (dup) return dup;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as ImportedRow;
    const at = `importedCourses[${i}]`;
    const { manifest, lessons } = row.course;
    if (manifest.id !== row.id) return `${at}.course.manifest.id is not the course's id`;
    if (manifest.title !== row.title) return `${at}.course.manifest.title is not the course's title`;
    if (lessons.length === 0) return `${at} has no lessons`;
    const ids = lessons.map((l) => l.id);
    if (!sameList(manifest.lessons, ids)) return `${at}.course.manifest.lessons does not list its lessons in order`;
    if (new Set(ids).size !== ids.length) return `${at} repeats a lesson id`;
    const stray = lessons.findIndex((l) => !l.id.startsWith(`${row.id}-`));
    if (stray >= 0) return `${at}.course.lessons[${stray}].id is not a lesson of this course`;
    const misplaced = lessons.findIndex((l, j) => l.order !== j + 1);
    if (misplaced >= 0) return `${at}.course.lessons[${misplaced}].order is not its place in the course`;
  }
  return null;
}

/**
 * What the rows mean, checked across tables: keys that would overwrite each other, quizzes that
 * could not be shown or resumed, answers that belong to no question, scores that disagree with the
 * answers, and review logs that disagree with their cards. Null when the data holds together.
 */
export function meaningProblem(data: BackupData): string | null {
  const dup =
    repeated('lessonProgress', data.lessonProgress, (r) => `${r.courseId}\u0000${r.lessonId}`) ??
    repeated('quizSessions', data.quizSessions, (r) => r.id) ??
    repeated('answers', data.answers, (r) => `${r.sessionId}\u0000${r.questionId}`) ??
    repeated('cards', data.cards, (r) => r.factId) ??
    repeated('dailyStats', data.dailyStats, (r) => r.day) ??
    repeated('settings', data.settings, (r) => r.key);
  if (dup) return dup;
  const imported = importedProblem(data.importedCourses ?? []);
  if (imported) return imported;

  for (let i = 0; i < data.lessonProgress.length; i++) {
    const row = data.lessonProgress[i] as BackupData['lessonProgress'][number];
    if (row.state === 'studied' && row.studiedAt === undefined) return `lessonProgress[${i}] is studied but says not when`;
  }

  const sessions = new Map<string, { session: Session; index: number; questions: Map<string, StoredQuestion> }>();
  let active = -1;
  for (let i = 0; i < data.quizSessions.length; i++) {
    const s = data.quizSessions[i] as Session;
    const at = `quizSessions[${i}]`;
    if (s.status === 'active') {
      if (active >= 0) return `${at} is a second quiz in progress (quizSessions[${active}] is one already); only one can run at a time`;
      active = i;
    }
    if (s.questions.length === 0) return `${at} has no questions`;
    const questions = new Map<string, StoredQuestion>();
    for (let j = 0; j < s.questions.length; j++) {
      const q = s.questions[j] as StoredQuestion;
      if (questions.has(q.id)) return `${at}.questions[${j}] repeats the id of another question of the quiz`;
      const problem = questionProblem(q);
      if (problem) return `${at}.questions[${j}] cannot be asked (${problem})`;
      questions.set(q.id, q);
    }
    if (s.settings.courseId !== s.courseId) return `${at}.settings.courseId is not the quiz's course`;
    if (s.current > s.questions.length) return `${at}.current points past the last question`;
    if (s.updatedAt < s.startedAt) return `${at}.updatedAt is before the quiz started`;
    if (s.finishedAt !== undefined && s.finishedAt < s.startedAt) return `${at}.finishedAt is before the quiz started`;
    const flag = s.flagged.findIndex((f) => !questions.has(f));
    if (flag >= 0) return `${at}.flagged[${flag}] is not a question of the quiz`;
    if (s.clocks) for (const key of Object.keys(s.clocks)) if (!questions.has(key)) return `${at}.clocks names a question that is not in the quiz`;
    if (s.status === 'finished' && (s.finishedAt === undefined || s.score === undefined)) return `${at} is finished but has no score`;
    if (s.score && s.score.total !== s.questions.length) return `${at}.score.total is not the number of questions`;
    if (s.score && s.score.correct > s.score.total) return `${at}.score.correct is more than its total`;
    sessions.set(s.id, { session: s, index: i, questions });
  }

  const answerFacts = new Map<string, readonly string[]>();
  const perSession = new Map<string, { answered: number; correct: number }>();
  for (let i = 0; i < data.answers.length; i++) {
    const a = data.answers[i] as Answer;
    const at = `answers[${i}]`;
    const owner = sessions.get(a.sessionId);
    if (!owner) return `${at} belongs to a quiz that is not in the backup`;
    const q = owner.questions.get(a.questionId);
    if (!q) return `${at} answers a question that is not in its quiz`;
    if (a.type !== q.type || a.kind !== q.kind || !sameList(a.factIds, q.factIds) || a.docId !== q.docId) return `${at} does not match the question it answers`;
    if (!responseFits(q.type, a.response)) return `${at}.response is not an answer to a ${q.type} question`;
    answerFacts.set(`${a.sessionId}\u0000${a.questionId}`, a.factIds);
    const tally = perSession.get(a.sessionId) ?? { answered: 0, correct: 0 };
    tally.answered++;
    if (a.correct) tally.correct++;
    perSession.set(a.sessionId, tally);
  }
  for (const { session, index } of sessions.values()) {
    if (session.status !== 'finished' || !session.score) continue;
    // Finishing a quiz answers every question still open, so a finished quiz has all its answers.
    const tally = perSession.get(session.id) ?? { answered: 0, correct: 0 };
    if (tally.answered !== session.questions.length) return `quizSessions[${index}] is finished but lacks answers to some of its questions`;
    if (tally.correct !== session.score.correct) return `quizSessions[${index}].score does not match its answers`;
  }

  const cards = new Map(data.cards.map((c) => [c.factId, c]));
  const logs = new Map<string, { count: number; last: number }>();
  for (let i = 0; i < data.reviewLogs.length; i++) {
    const log = data.reviewLogs[i] as BackupData['reviewLogs'][number];
    const at = `reviewLogs[${i}]`;
    if (!cards.has(log.factId)) return `${at} reviews a fact that has no card`;
    if ((log.sessionId === undefined) !== (log.questionId === undefined)) return `${at} names a quiz without its question, or a question without its quiz`;
    if (log.sessionId !== undefined && log.questionId !== undefined) {
      const facts = answerFacts.get(`${log.sessionId}\u0000${log.questionId}`);
      if (!facts) return `${at} comes from an answer that is not in the backup`;
      if (!facts.includes(log.factId)) return `${at} reviews a fact its answer was not about`;
    }
    const seen = logs.get(log.factId) ?? { count: 0, last: -Infinity };
    seen.count++;
    seen.last = Math.max(seen.last, log.reviewedAt);
    logs.set(log.factId, seen);
  }
  for (let i = 0; i < data.cards.length; i++) {
    const card = data.cards[i] as BackupData['cards'][number];
    const seen = logs.get(card.factId) ?? { count: 0, last: -Infinity };
    // Every review of a card is logged, and a card's reps count its reviews.
    if (seen.count !== card.reps) return `cards[${i}] counts ${card.reps} reviews but the backup logs ${seen.count}`;
    if (seen.count > 0 && card.lastReview !== seen.last) return `cards[${i}].lastReview is not the time of its last logged review`;
    if (card.lapses > card.reps) return `cards[${i}] has more lapses than reviews`;
  }
  return null;
}

/**
 * Reads a backup file's text and returns its data, or throws a {@link BackupError} naming the first
 * problem. Every file is untrusted: its checksum only catches accidental damage (anyone can
 * recompute it), so what the data means is checked whatever the checksum says.
 */
export async function readBackup(text: string): Promise<BackupFile> {
  if (text.length > BACKUP_MAX_CHARS) throw tooLarge();
  if (text.trim() === '') throw new BackupError('empty', `The file is empty; ${CHOOSE}.`);
  const scan = scanJson(text, BACKUP_MAX_DEPTH);
  if (scan.tooDeep) throw new BackupError('too-deep', `The file nests lists deeper than any Dossier backup does, so it was not read; ${CHOOSE}.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    if (scan.endsEarly) throw new BackupError('truncated', `The backup is incomplete (the file ends early); ${AGAIN}.`);
    if (text.includes(`"${BACKUP_FORMAT}"`)) throw new BackupError('not-json', `The backup is damaged (its text is no longer valid JSON); ${AGAIN}.`);
    throw new BackupError('foreign', `This file is not a Dossier backup (it is not even JSON); ${CHOOSE}.`);
  }
  if (!isRecord(parsed) || parsed['format'] !== BACKUP_FORMAT) throw new BackupError('foreign', `This file is not a Dossier backup; ${CHOOSE}.`);
  const version = parsed['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    throw new BackupError(
      'newer',
      `This backup is from a newer Dossier (version ${version}) than this one, which reads version ${BACKUP_VERSION}; update Dossier, then import it again.`,
    );
  }
  const forbidden = forbiddenKeyPath(parsed);
  if (forbidden) throw damaged(`${forbidden} is a field name Dossier never writes`);
  const result = v.safeParse(FileSchema, parsed, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    throw damaged(issue ? describeIssue(issue) : 'its contents are not what Dossier writes');
  }
  const file = result.output;
  const problem = meaningProblem(file.data);
  if (problem) throw damaged(problem);
  if ((await checksumOf(parsed)) !== file.checksum) {
    throw new BackupError('checksum', `The backup has been altered (its checksum does not match its contents); ${AGAIN}.`);
  }
  return file;
}

function damaged(detail: string): BackupError {
  return new BackupError('invalid', `The backup is damaged (${detail}); ${AGAIN}.`);
}
