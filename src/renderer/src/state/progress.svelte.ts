import type { DashboardSource } from '../db/stats';
import { describeError } from '../lib/describe-error';
import { formatFactValue } from '../../../core/format';
import type { ExamPlan } from '../../../core/exam-plan';
import { RATING_THRESHOLDS } from '../../../core/scheduling';
import {
  accuracyByDay,
  addDays,
  daysBetween,
  forecast,
  heatmap,
  isDay,
  localDay,
  masteryBy,
  responseTimes,
  streakOf,
  totals,
  weakestFacts,
  type AccuracyPoint,
  type ForecastDay,
  type HeatCell,
  type Streak,
} from '../../../core/stats';
import type { FactKind, QuestionType } from '../../../core/types';
import type { CourseBundle } from './course';
import { links } from './links';
import { longDay as localLongDay, shortDay as localShortDay } from '../lib/dates';
import { cardsById, planFor, trackFacts } from './review';

export { KIND_LABELS } from '../../../core/quiz-settings';
import { KIND_LABELS, KINDS } from '../../../core/quiz-settings';
export const TYPE_LABELS: Record<QuestionType, string> = {
  truefalse: 'True or false',
  choice: 'Multiple choice',
  typed: 'Typed answer',
  order: 'Put in order',
  match: 'Match pairs',
};

/** The furthest ahead an exam date may be set: plans beyond two years say nothing useful. */
export const EXAM_HORIZON_DAYS = 730;

export interface LessonMastery {
  courseId: string;
  lessonId: string;
  title: string;
  href: string;
  facts: number;
  seen: number;
  mastery: number;
}

export interface KindMastery {
  kind: FactKind;
  label: string;
  facts: number;
  seen: number;
  mastery: number;
}

export interface WeakFactView {
  factId: string;
  value: string;
  about: string;
  lessonTitle: string;
  href: string;
  mastery: number;
  recall: number;
  /** Of its latest answers, how many and how many right. */
  recent: { answered: number; right: number };
  lapses: number;
  learning: boolean;
}

export interface ResponseTimeView {
  type: QuestionType;
  label: string;
  answers: number;
  meanSeconds: number;
  fastSeconds: number;
  slowSeconds: number;
}

/** Everything the Progress screen shows, computed from aggregates and cards. */
export interface Dashboard {
  today: string;
  /** No answer was ever given and no card exists: the screen says what to do first. */
  empty: boolean;
  totals: { answers: number; correct: number; accuracy: number | null; days: number };
  streak: Streak;
  heat: { cells: HeatCell[]; max: number; first: string };
  accuracy: AccuracyPoint[];
  responseTimes: ResponseTimeView[];
  forecast: ForecastDay[];
  byLesson: LessonMastery[];
  byKind: KindMastery[];
  weakest: WeakFactView[];
  /** Facts a question can ask about, and how many have been reviewed. */
  facts: { total: number; seen: number };
  exam: { day: string; plan: ExamPlan } | null;
}

/** Builds the dashboard from the store's aggregates and the shipped courses, as of `now`. */
export function buildDashboard(source: DashboardSource, bundles: readonly CourseBundle[], now: number): Dashboard {
  const today = localDay(now);
  const { tracked, lessonOf, factById } = trackFacts(bundles, cardsById(source.cards), source.ratings);

  const lessonRows = masteryBy(tracked, (f) => f.lessonId, now);
  const byLesson: LessonMastery[] = [];
  for (const bundle of bundles) {
    const courseId = bundle.course.manifest.id;
    for (const lesson of bundle.course.lessons) {
      const row = lessonRows.find((r) => r.key === `${courseId}/${lesson.id}`);
      byLesson.push({
        courseId,
        lessonId: lesson.id,
        title: lesson.title,
        href: links.lesson(courseId, lesson.id),
        facts: row?.facts ?? 0,
        seen: row?.seen ?? 0,
        mastery: row?.mastery ?? 0,
      });
    }
  }
  const kindRows = masteryBy(tracked, (f) => f.kind, now);
  const byKind: KindMastery[] = KINDS.map((kind) => {
    const row = kindRows.find((r) => r.key === kind);
    return { kind, label: KIND_LABELS[kind], facts: row?.facts ?? 0, seen: row?.seen ?? 0, mastery: row?.mastery ?? 0 };
  });

  const weakest = weakestFacts(tracked, now, 10).map((w): WeakFactView => {
    const fact = factById.get(w.factId);
    const where = lessonOf.get(w.factId);
    const lesson = where ? where.bundle.lessonById.get(where.lessonId) : undefined;
    return {
      factId: w.factId,
      value: fact ? formatFactValue(fact) : w.factId,
      about: fact?.about ?? '',
      lessonTitle: lesson?.title ?? '',
      href: where ? links.lesson(where.bundle.course.manifest.id, where.lessonId, { fact: w.factId }) : links.library(),
      mastery: w.mastery,
      recall: w.recall,
      recent: w.recent,
      lapses: w.lapses,
      learning: w.learning,
    };
  });

  const sum = totals(source.dailyStats);
  const examDay = source.examDate && isDay(source.examDate) ? source.examDate : null;
  const exam = examDay
    ? { day: examDay, plan: planFor(tracked.map((f) => ({ id: f.factId, card: f.card ?? null, ratings: f.ratings })), now, examDay) }
    : null;

  return {
    today,
    empty: sum.answers === 0 && source.cards.length === 0,
    totals: { ...sum, accuracy: sum.answers ? sum.correct / sum.answers : null },
    streak: streakOf(source.dailyStats, today),
    heat: heatmap(source.dailyStats, today, 26),
    accuracy: accuracyByDay(source.dailyStats, today, 30),
    responseTimes: responseTimes(source.dailyStats).map((r) => ({
      type: r.type,
      label: TYPE_LABELS[r.type],
      answers: r.answers,
      meanSeconds: r.meanMs / 1000,
      fastSeconds: RATING_THRESHOLDS[r.type].fastMs / 1000,
      slowSeconds: RATING_THRESHOLDS[r.type].slowMs / 1000,
    })),
    forecast: forecast(source.cards, now, 30),
    byLesson,
    byKind,
    weakest,
    facts: { total: tracked.length, seen: tracked.filter((f) => f.card && f.card.state !== 0).length },
    exam,
  };
}

/** Why an exam date cannot be used, in a sentence; empty when it can. */
export function examDateProblem(day: string, today: string): string {
  if (!isDay(day)) return 'Enter the exam date as a day, for example 2026-06-15.';
  if (daysBetween(today, day) < 0) return 'Choose today or a day after it.';
  if (daysBetween(today, day) > EXAM_HORIZON_DAYS) return `Choose a day within two years (by ${addDays(today, EXAM_HORIZON_DAYS)}).`;
  return '';
}

/** The mark the Progress screen sets once its figures are on screen (read by the benchmark). */
export const PROGRESS_READY_MARK = 'dossier:progress-ready';
/** The mark set once every chart further down the screen is drawn too. */
export const PROGRESS_COMPLETE_MARK = 'dossier:progress-complete';
/** Measures of one load: the store read alone, and the read plus every figure computed. */
export const PROGRESS_READ_MEASURE = 'dossier:progress-read';
export const PROGRESS_DATA_MEASURE = 'dossier:progress-data';

/** Where the dashboard's figures come from and the exam date goes: the database in the app, plain data in tests. */
export interface DashboardRepository {
  source(): Promise<DashboardSource>;
  saveExamDate(day: string | null): Promise<void>;
}

/** The Progress dashboard's state: loaded from the store on demand. */
export class ProgressState {
  readonly #repo: DashboardRepository;
  readonly #courses: () => readonly CourseBundle[];
  readonly #now: () => number;
  dashboard = $state.raw<Dashboard | null>(null);
  loaded = $state(false);
  error = $state('');
  examError = $state('');
  /** Counts completed loads, so a screen can tell fresh figures from those of its last visit. */
  loads = $state(0);

  constructor(repo: DashboardRepository, courses: () => readonly CourseBundle[], now: () => number) {
    this.#repo = repo;
    this.#courses = courses;
    this.#now = now;
  }

  async load(): Promise<void> {
    const now = this.#now();
    const started = performance.now();
    try {
      const source = await this.#repo.source();
      const read = performance.now();
      this.dashboard = buildDashboard(source, this.#courses(), now);
      performance.measure(PROGRESS_READ_MEASURE, { start: started, end: read });
      performance.measure(PROGRESS_DATA_MEASURE, { start: started });
      this.loads++;
      this.error = '';
    } catch (err) {
      console.error('progress: load', err);
      this.error = `Your progress could not be read. ${describeError(err)}`;
    } finally {
      this.loaded = true;
    }
  }

  /** Sets the exam date (or clears it with null) and recomputes the plan. Resolves whether it was saved. */
  async setExamDate(day: string | null): Promise<boolean> {
    const problem = day === null ? '' : examDateProblem(day, localDay(this.#now()));
    this.examError = problem;
    if (problem) return false;
    try {
      await this.#repo.saveExamDate(day);
    } catch (err) {
      console.error('progress: exam date', err);
      this.examError = `The exam date was not saved. ${describeError(err)}`;
      return false;
    }
    await this.load();
    return true;
  }
}

/** `73%`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

// Built once: a formatter costs far more to create than to use, and the dashboard formats hundreds of days.
// Made on first use, not at start-up: the first Intl call loads its locale data.
let COUNT: Intl.NumberFormat | undefined;

/** `2 Mar`, in the locale every date on screen follows. */
export const shortDay = localShortDay;

/** `Monday 2 March 2026`, in the locale every date on screen follows. */
export const longDay = localLongDay;

/** `12,400`. */
export function count(n: number): string {
  return (COUNT ??= new Intl.NumberFormat('en-GB')).format(n);
}

/** `1 day`, `3 days`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${(COUNT ??= new Intl.NumberFormat('en-GB')).format(n)} ${n === 1 ? one : many}`;
}
