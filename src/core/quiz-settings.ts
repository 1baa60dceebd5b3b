// The choices a quiz is set up with: the options offered, sensible defaults, and a check that a
// remembered choice still fits the course (a lesson may have been removed since).
import type { FactKind, QuestionType } from './types';
import type { Timing } from './timer';

/**
 * practice: feedback after each answer; exam: feedback at the end; learn: feedback after each answer,
 * and a miss comes back later in another type until every item has been answered right once (untimed).
 */
export type QuizMode = 'practice' | 'exam' | 'learn';

export const MODES: readonly QuizMode[] = ['practice', 'exam', 'learn'];

/** A quiz's set-up, as stored with the session and remembered for next time. */
export interface QuizChoice {
  courseId: string;
  lessonIds: string[];
  kinds: FactKind[];
  types: QuestionType[];
  /** Number of questions; 0 means every available question. */
  length: number;
  mode: QuizMode;
  timing: Timing;
  timeFactor: number;
}

export const KINDS: readonly FactKind[] = ['date', 'resolution', 'figure', 'name', 'acronym', 'list', 'term'];
export const TYPES: readonly QuestionType[] = ['choice', 'typed', 'truefalse', 'order', 'match'];
export const LENGTHS: readonly number[] = [5, 10, 20, 0];
export const PER_QUESTION_SECONDS: readonly number[] = [15, 30, 60];
export const WHOLE_QUIZ_MINUTES: readonly number[] = [5, 10, 20];

export const KIND_LABELS: Record<FactKind, string> = {
  date: 'Dates',
  resolution: 'Resolutions',
  figure: 'Figures',
  name: 'Names and places',
  acronym: 'Acronyms',
  list: 'Lists',
  term: 'Glossary terms',
};
export const TYPE_LABELS: Record<QuestionType, string> = {
  choice: 'Multiple choice',
  typed: 'Typed answer',
  truefalse: 'True or false',
  order: 'Put in order',
  match: 'Match pairs',
};

/** Every timing offered, in the order the set-up lists them. */
export const TIMINGS: readonly Timing[] = [
  { kind: 'untimed' },
  ...PER_QUESTION_SECONDS.map((seconds): Timing => ({ kind: 'per-question', seconds })),
  ...WHOLE_QUIZ_MINUTES.map((minutes): Timing => ({ kind: 'whole-quiz', minutes })),
];

/** `Untimed`, `30 s per question`, `10 min for the whole quiz`. */
export function timingLabel(timing: Timing): string {
  if (timing.kind === 'per-question') return `${timing.seconds} s per question`;
  if (timing.kind === 'whole-quiz') return `${timing.minutes} min for the whole quiz`;
  return 'Untimed';
}

/** A stable key for a timing, for radio values and comparisons. */
export function timingKey(timing: Timing): string {
  if (timing.kind === 'per-question') return `q${timing.seconds}`;
  if (timing.kind === 'whole-quiz') return `w${timing.minutes}`;
  return 'none';
}

/** The one-click quiz: ten questions of every kind and type, practice, 30 seconds each. */
export function quickQuiz(courseId: string, lessonIds: readonly string[], timeFactor: number): QuizChoice {
  return {
    courseId,
    lessonIds: [...lessonIds],
    kinds: [...KINDS],
    types: [...TYPES],
    length: 10,
    mode: 'practice',
    timing: { kind: 'per-question', seconds: 30 },
    timeFactor,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function readTiming(v: unknown): Timing | null {
  if (!isObject(v)) return null;
  const match = TIMINGS.find((t) => timingKey(t) === timingKey(v as Timing));
  return match ? { ...match } : null;
}

/**
 * A remembered choice made to fit the course: unknown lessons, kinds and types are dropped, and
 * anything missing or invalid falls back to the quick quiz's defaults over `lessonIds`.
 */
export function sanitizeChoice(stored: unknown, courseId: string, lessonIds: readonly string[], timeFactor: number): QuizChoice {
  const fallback = quickQuiz(courseId, lessonIds, timeFactor);
  if (!isObject(stored) || stored['courseId'] !== courseId) return fallback;
  const pick = <T extends string>(v: unknown, allowed: readonly T[]): T[] =>
    Array.isArray(v) ? allowed.filter((a) => v.includes(a)) : [];
  const lessons = pick(stored['lessonIds'], lessonIds);
  const kinds = pick(stored['kinds'], KINDS);
  const types = pick(stored['types'], TYPES);
  const length = LENGTHS.includes(stored['length'] as number) ? (stored['length'] as number) : fallback.length;
  const mode = MODES.includes(stored['mode'] as QuizMode) ? (stored['mode'] as QuizMode) : fallback.mode;
  return {
    courseId,
    lessonIds: lessons.length ? lessons : fallback.lessonIds,
    kinds: kinds.length ? kinds : fallback.kinds,
    types: types.length ? types : fallback.types,
    length,
    mode,
    timing: readTiming(stored['timing']) ?? fallback.timing,
    timeFactor,
  };
}
