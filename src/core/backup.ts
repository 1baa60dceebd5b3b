// The backup file: every bit of a learner's progress in one versioned JSON document, with a SHA-256
// checksum over everything else in it. Reading one validates the whole file before anything is trusted, and says what is
// wrong in a sentence: a truncated, altered or foreign file never reaches the store.
import * as v from 'valibot';

export const BACKUP_FORMAT = 'dossier-backup';
/** The version this build writes and the newest it reads. */
export const BACKUP_VERSION = 1;

/** The tables a backup carries, in the order they are written and restored. */
export const BACKUP_TABLES = ['lessonProgress', 'quizSessions', 'answers', 'cards', 'reviewLogs', 'dailyStats', 'settings'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export type BackupProblem = 'empty' | 'truncated' | 'not-json' | 'foreign' | 'newer' | 'invalid' | 'checksum';

/** Why a file cannot be restored, in a sentence for the learner. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message);
  }
}

// Messages are written as the end of a sentence that starts with the field's path.
const num = v.number('must be a number');
const int = v.pipe(v.number('must be a number'), v.integer('must be a whole number'));
const count = v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
const str = v.string('must be text');
const bool = v.boolean('must be true or false');
const strings = v.array(str, 'must be a list of text');
const kind = v.picklist(['date', 'resolution', 'figure'], 'must be date, resolution or figure');
const qtype = v.picklist(['choice', 'typed', 'truefalse', 'order', 'match'], 'must be a question type (choice, typed, truefalse, order or match)');
const response = v.union([str, bool, strings], 'must be text, true/false or a list of text');
const day = v.pipe(
  v.string('must be text'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD'),
);
const tally = v.looseObject({ answers: count, correct: count, totalMs: num }, 'must be an object');
const timing = v.variant(
  'kind',
  [
    v.looseObject({ kind: v.literal('untimed') }),
    v.looseObject({ kind: v.literal('per-question'), seconds: num }),
    v.looseObject({ kind: v.literal('whole-quiz'), minutes: num }),
  ],
  'must be untimed, per-question or whole-quiz',
);

// Loose objects: a field added by a later build of the same backup version rides along untouched.
const LessonProgressSchema = v.looseObject(
  {
    courseId: str,
    lessonId: str,
    state: v.picklist(['in-progress', 'studied'], 'must be in-progress or studied'),
    percent: num,
    position: num,
    updatedAt: num,
    studiedAt: v.optional(num),
  },
  'must be an object',
);

const QuestionSchema = v.looseObject(
  {
    id: str,
    type: qtype,
    kind,
    prompt: str,
    options: v.optional(strings),
    left: v.optional(strings),
    answer: response,
    factIds: strings,
    explanation: str,
    docId: v.optional(str),
  },
  'must be an object',
);

const QuizSessionSchema = v.looseObject(
  {
    id: str,
    courseId: str,
    status: v.picklist(['active', 'finished', 'abandoned'], 'must be active, finished or abandoned'),
    settings: v.looseObject(
      {
        courseId: str,
        lessonIds: strings,
        kinds: v.array(kind, 'must be a list of kinds'),
        types: v.array(qtype, 'must be a list of question types'),
        length: count,
        mode: v.picklist(['practice', 'exam'], 'must be practice or exam'),
        timing,
        timeFactor: num,
        review: v.optional(bool),
      },
      'must be an object',
    ),
    seed: num,
    questions: v.array(QuestionSchema, 'must be a list'),
    startedAt: num,
    updatedAt: num,
    finishedAt: v.optional(num),
    current: count,
    remainingMs: v.nullable(num),
    flagged: strings,
    score: v.optional(v.looseObject({ correct: count, total: count, durationMs: num }, 'must be an object')),
  },
  'must be an object',
);

const AnswerSchema = v.looseObject(
  {
    sessionId: str,
    questionId: str,
    factIds: strings,
    kind,
    type: qtype,
    docId: v.optional(str),
    response: v.nullable(response),
    correct: bool,
    timedOut: bool,
    elapsedMs: num,
    answeredAt: num,
  },
  'must be an object',
);

const fsrsState = v.pipe(int, v.minValue(0, 'must be a card state 0–3'), v.maxValue(3, 'must be a card state 0–3'));

const CardSchema = v.looseObject(
  {
    factId: str,
    courseId: str,
    docId: str,
    kind,
    due: num,
    stability: num,
    difficulty: num,
    elapsedDays: num,
    scheduledDays: num,
    learningSteps: count,
    reps: count,
    lapses: count,
    state: fsrsState,
    lastReview: v.optional(num),
  },
  'must be an object',
);

const ReviewLogSchema = v.looseObject(
  {
    id: v.optional(count),
    factId: str,
    rating: v.pipe(int, v.minValue(1, 'must be a rating 1–4'), v.maxValue(4, 'must be a rating 1–4')),
    state: fsrsState,
    due: num,
    stability: num,
    difficulty: num,
    elapsedDays: num,
    scheduledDays: num,
    reviewedAt: num,
  },
  'must be an object',
);

const DailyStatSchema = v.looseObject(
  {
    day,
    answers: count,
    correct: count,
    totalMs: num,
    byType: v.optional(v.record(qtype, tally, 'must be an object')),
    byKind: v.optional(v.record(kind, tally, 'must be an object')),
  },
  'must be an object',
);

const SettingSchema = v.looseObject({ key: str, value: v.unknown() }, 'must be an object');

const DataSchema = v.object(
  {
    lessonProgress: v.array(LessonProgressSchema, 'must be a list'),
    quizSessions: v.array(QuizSessionSchema, 'must be a list'),
    answers: v.array(AnswerSchema, 'must be a list'),
    cards: v.array(CardSchema, 'must be a list'),
    reviewLogs: v.array(ReviewLogSchema, 'must be a list'),
    dailyStats: v.array(DailyStatSchema, 'must be a list'),
    settings: v.array(SettingSchema, 'must be a list'),
  },
  'must be an object',
);

const FileSchema = v.object(
  {
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(BACKUP_VERSION, `must be ${BACKUP_VERSION}`),
    exportedAt: str,
    app: v.looseObject({ version: str }, 'must be an object'),
    checksum: v.pipe(str, v.regex(/^sha256-[0-9a-f]{64}$/, 'must be sha256- followed by 64 hexadecimal digits')),
    data: DataSchema,
  },
  'must be an object',
);

/** Everything a backup restores, validated. */
export type BackupData = v.InferOutput<typeof DataSchema>;
export type BackupFile = v.InferOutput<typeof FileSchema>;

/** What to put in a backup: each table's rows as the store holds them. */
export type BackupInput = Record<BackupTable, readonly object[]>;

/** JSON with every object's keys sorted, so the same data always gives the same text (and checksum). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, val: unknown) => {
    if (val === null || typeof val !== 'object' || Array.isArray(val)) return val;
    // A null-prototype object keeps a `__proto__` key as data, so it is covered like any other.
    const sorted: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(val).sort()) sorted[k] = (val as Record<string, unknown>)[k];
    return sorted;
  });
}

/** `sha256-<hex>` of the canonical JSON of a backup without its `checksum` field: every other byte that means something is covered. */
export async function checksumOf(file: Record<string, unknown>): Promise<string> {
  const { checksum: _ignored, ...rest } = file;
  const bytes = new TextEncoder().encode(canonicalJson(rest));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256-${[...digest].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Builds the backup document for `data` (rows are copied as JSON, so `undefined` fields vanish). */
export async function createBackup(data: BackupInput, options: { now: number; appVersion: string }): Promise<BackupFile> {
  const plain = JSON.parse(JSON.stringify(Object.fromEntries(BACKUP_TABLES.map((t) => [t, data[t]])))) as BackupData;
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(options.now).toISOString(),
    app: { version: options.appVersion },
    checksum: '',
    data: plain,
  };
  file.checksum = await checksumOf(file);
  return file;
}

/** The backup as the text of a `.json` file. */
export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file)}\n`;
}

/** `dossier-backup-2026-03-02.json`. */
export function backupFileName(day: string): string {
  return `dossier-backup-${day}.json`;
}

/** Whether JSON text stops before its outermost value is closed (a file cut short). */
export function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let opened = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      opened = true;
    } else if (c === '}' || c === ']') depth--;
  }
  return inString || (opened && depth > 0);
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

/** Rows that would overwrite each other on restore (same key twice) or point at nothing. */
function integrityProblem(data: BackupData): string | null {
  const dup = <T>(table: BackupTable, rows: readonly T[], key: (r: T) => string): string | null => {
    const seen = new Set<string>();
    for (let i = 0; i < rows.length; i++) {
      const k = key(rows[i] as T);
      if (seen.has(k)) return `${table}[${i}] repeats a row that is already in the backup`;
      seen.add(k);
    }
    return null;
  };
  const sessions = new Set(data.quizSessions.map((s) => s.id));
  const orphan = data.answers.findIndex((a) => !sessions.has(a.sessionId));
  return (
    dup('lessonProgress', data.lessonProgress, (r) => `${r.courseId}\u0000${r.lessonId}`) ??
    dup('quizSessions', data.quizSessions, (r) => r.id) ??
    dup('answers', data.answers, (r) => `${r.sessionId}\u0000${r.questionId}`) ??
    dup('cards', data.cards, (r) => r.factId) ??
    dup('reviewLogs', data.reviewLogs.filter((r) => r.id !== undefined), (r) => String(r.id)) ??
    dup('dailyStats', data.dailyStats, (r) => r.day) ??
    dup('settings', data.settings, (r) => r.key) ??
    (orphan >= 0 ? `answers[${orphan}] belongs to a quiz that is not in the backup` : null)
  );
}

/**
 * Reads a backup file's text and returns its data, or throws a {@link BackupError} naming the first
 * problem: empty, cut short, not JSON, not a Dossier backup, from a newer Dossier, a field of the
 * wrong shape, or data that no longer matches its checksum.
 */
export async function readBackup(text: string): Promise<BackupFile> {
  if (text.trim() === '') throw new BackupError('empty', 'The file is empty: it is not a Dossier backup.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    if (endsEarly(text)) throw new BackupError('truncated', 'The backup is incomplete (the file ends early). Export it again from the copy you still have.');
    if (text.includes(`"${BACKUP_FORMAT}"`)) throw new BackupError('not-json', 'The backup is damaged: its text is no longer valid JSON.');
    throw new BackupError('foreign', 'This file is not a Dossier backup (it is not even JSON).');
  }
  if (!isRecord(parsed) || parsed['format'] !== BACKUP_FORMAT) throw new BackupError('foreign', 'This file is not a Dossier backup.');
  const version = parsed['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    throw new BackupError('newer', `This backup is from a newer Dossier (version ${version}); this one reads version ${BACKUP_VERSION}. Update Dossier to restore it.`);
  }
  const result = v.safeParse(FileSchema, parsed, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    throw new BackupError('invalid', `The backup is damaged: ${issue ? describeIssue(issue) : 'its contents are not what Dossier writes'}.`);
  }
  const file = result.output;
  const problem = integrityProblem(file.data);
  if (problem) throw new BackupError('invalid', `The backup is damaged: ${problem}.`);
  if ((await checksumOf(parsed)) !== file.checksum) {
    throw new BackupError('checksum', 'The backup has been altered: its checksum does not match its contents.');
  }
  return file;
}
