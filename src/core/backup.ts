// The backup file: every bit of a learner's progress in one versioned JSON document, with a SHA-256
// checksum over everything else in it. Writing one, and restoring a file already read, is here; reading
// and validating one is in backup-read.ts (valibot and the question checks), which only the backup
// worker and the tests load: the page exports a backup without the validator.
import { localDay } from './stats';
import type { BackupData, BackupFile } from './backup-read';

export type { BackupData, BackupFile } from './backup-read';

export const BACKUP_FORMAT = 'dossier-backup';
/** The version this build writes and the newest it reads. */
export const BACKUP_VERSION = 1;

/** The tables a backup carries, in the order they are written and restored. */
export const BACKUP_TABLES = ['lessonProgress', 'quizSessions', 'answers', 'cards', 'reviewLogs', 'dailyStats', 'settings'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

// Declared in errors.ts so that describing an error does not load the validator.
export { BackupError, type BackupErrorCode } from './errors';
import { BackupError } from './errors';

/** The largest backup text read, in characters: far above a lifetime of study (about 1 kB per answer). */
export const BACKUP_MAX_CHARS = 100 * 1024 * 1024;
/** How deeply arrays and objects may nest: Dossier writes at most 6 levels, so 40 leaves room for extra fields. */
export const BACKUP_MAX_DEPTH = 40;


/** The end of a refusal's sentence where the learner's own copy is damaged, and where the file is not a backup. */
export const AGAIN = 'export it again from the copy you still have';
export const CHOOSE = 'choose the .json file that "Export progress" saved';

/**
 * The one sentence the learner reads when `fileName` is refused: that nothing changed, what is wrong
 * and what to do next.
 */
export function refusalSentence(fileName: string, err: BackupError): string {
  const reason = err.message.charAt(0).toLowerCase() + err.message.slice(1);
  return `${fileName} was not imported and your progress is unchanged: ${reason}`;
}

/** What to put in a backup: each table's rows as the store holds them, and the imported courses. */
export type BackupInput = Record<BackupTable, readonly object[]> & { importedCourses?: readonly object[] };

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
  const tables = { ...Object.fromEntries(BACKUP_TABLES.map((t) => [t, data[t]])), importedCourses: data.importedCourses ?? [] };
  const plain = JSON.parse(JSON.stringify(tables)) as BackupData;
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

/** The refusal of a file over {@link BACKUP_MAX_CHARS}, before it is even read. */
export function tooLarge(): BackupError {
  return new BackupError(
    'too-large',
    `The file is larger than ${BACKUP_MAX_CHARS / 1024 / 1024} MB, far more than any Dossier backup, so it was not read; ${CHOOSE}.`,
  );
}

type StoredQuestion = BackupData['quizSessions'][number]['questions'][number];
type Answer = BackupData['answers'][number];

/** A day's totals as the store keeps them, recomputed from answers. */
export interface DailyTotals {
  day: string;
  answers: number;
  correct: number;
  totalMs: number;
  byType: Partial<Record<StoredQuestion['type'], { answers: number; correct: number; totalMs: number }>>;
  byKind: Partial<Record<StoredQuestion['kind'], { answers: number; correct: number; totalMs: number }>>;
}

/**
 * The daily totals the store would hold had these answers been given here: a backup's own totals
 * are never trusted. As the store counts them, an answer is one with a response or a timeout (a
 * question left blank when a quiz ended counts in its score only), on its local day.
 */
export function dailyTotals(answers: readonly Answer[], dayOf: (ms: number) => string = localDay): DailyTotals[] {
  const days = new Map<string, DailyTotals>();
  const add = (t: { answers: number; correct: number; totalMs: number }, a: Answer): void => {
    t.answers++;
    if (a.correct) t.correct++;
    t.totalMs += a.elapsedMs;
  };
  for (const a of answers) {
    if (a.response === null && !a.timedOut) continue;
    const d = dayOf(a.answeredAt);
    let row = days.get(d);
    if (!row) days.set(d, (row = { day: d, answers: 0, correct: 0, totalMs: 0, byType: {}, byKind: {} }));
    add(row, a);
    add((row.byType[a.type] ??= { answers: 0, correct: 0, totalMs: 0 }), a);
    add((row.byKind[a.kind] ??= { answers: 0, correct: 0, totalMs: 0 }), a);
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The rows to write for a validated backup: what {@link restorableRows} returns. */
export type RestorableRows = Record<BackupTable, object[]> & { importedCourses: object[] };

/**
 * The rows a validated backup restores. Ids from the file are never used as keys: every quiz gets a
 * new id from `newSessionId` (its answers and review logs follow it), review logs lose theirs so
 * the store numbers them afresh in the file's order, and daily totals are recomputed from answers.
 * A file's id of 2^53 therefore cannot exhaust the store's key generator.
 */
export function restorableRows(data: BackupData, options: { newSessionId: (startedAt: number) => string; dayOf?: (ms: number) => string }): RestorableRows {
  const ids = new Map<string, string>();
  for (const s of data.quizSessions) {
    let fresh = options.newSessionId(s.startedAt);
    while (ids.has(fresh)) fresh = options.newSessionId(s.startedAt);
    ids.set(s.id, fresh);
  }
  const sessionOf = (old: string): string => ids.get(old) ?? old;
  return {
    lessonProgress: data.lessonProgress.map((r) => ({ ...r })),
    quizSessions: data.quizSessions.map((s) => ({ ...s, id: sessionOf(s.id) })),
    answers: data.answers.map((a) => ({ ...a, sessionId: sessionOf(a.sessionId) })),
    cards: data.cards.map((c) => ({ ...c })),
    reviewLogs: data.reviewLogs.map(({ id: _fileId, ...log }) => (log.sessionId === undefined ? log : { ...log, sessionId: sessionOf(log.sessionId) })),
    dailyStats: dailyTotals(data.answers, options.dayOf),
    settings: data.settings.map((r) => ({ ...r })),
    // Facts a file may carry are never trusted: the store finds them again from the lessons' text.
    importedCourses: (data.importedCourses ?? []).map(({ facts: _untrusted, asked: _alsoUntrusted, ...r }) => r),
  };
}
