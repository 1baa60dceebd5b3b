import { SvelteMap } from 'svelte/reactivity';
import type { Lesson } from '../../../core/course';
import type { LessonProgress } from '../db/db';
import type { Reading } from '../db/progress';
import { describeError } from '../lib/describe-error';
import { LessonReader, type ReaderOptions } from './reader.svelte';

export type LessonState = 'not-started' | 'in-progress' | 'studied';

/** A lesson's progress as the learner sees it. */
export interface LessonStatus {
  state: LessonState;
  /** Percent read, 0–100. */
  percent: number;
  /** `Not started`, `In progress · 40% read`, `Studied`. */
  label: string;
}

/** Reads a stored progress record as a state with its label. Opened but not yet scrolled counts as started. */
export function lessonStatus(progress: LessonProgress | undefined): LessonStatus {
  if (!progress) return { state: 'not-started', percent: 0, label: 'Not started' };
  if (progress.state === 'studied') return { state: 'studied', percent: progress.percent, label: 'Studied' };
  return { state: 'in-progress', percent: progress.percent, label: `In progress · ${progress.percent}% read` };
}

/** Where lesson progress is stored: the database in the app, any fresh one in tests. */
export interface ProgressRepository {
  all(courseId: string): Promise<LessonProgress[]>;
  recordReading(courseId: string, lessonId: string, reading: Reading, now: number): Promise<LessonProgress>;
  setStudied(courseId: string, lessonId: string, studied: boolean, now: number): Promise<LessonProgress>;
}

/**
 * The progress of one course's lessons: loaded from the store, and kept current by the reader's
 * writes, which all go through here.
 */
export class CourseProgress {
  readonly courseId: string;
  readonly #repo: ProgressRepository;
  readonly #now: () => number;
  readonly #byLesson = new SvelteMap<string, LessonProgress>();
  #loaded = $state(false);
  #error = $state('');

  constructor(courseId: string, repo: ProgressRepository, now: () => number) {
    this.courseId = courseId;
    this.#repo = repo;
    this.#now = now;
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  /** Why the stored progress could not be read, as a sentence; empty when it was. */
  get error(): string {
    return this.#error;
  }

  /** Reads the store. A record already newer in memory (a write still on its way) is kept. A failure is kept in `error`. */
  async refresh(): Promise<void> {
    let rows: LessonProgress[];
    try {
      rows = await this.#repo.all(this.courseId);
      this.#error = '';
    } catch (err) {
      console.error('library: progress', err);
      this.#error = `Your reading progress could not be read. ${describeError(err)}`;
      return;
    }
    for (const row of rows) {
      const known = this.#byLesson.get(row.lessonId);
      if (!known || known.updatedAt <= row.updatedAt) this.#byLesson.set(row.lessonId, row);
    }
    this.#loaded = true;
  }

  get(lessonId: string): LessonProgress | undefined {
    return this.#byLesson.get(lessonId);
  }

  status(lessonId: string): LessonStatus {
    return lessonStatus(this.#byLesson.get(lessonId));
  }

  studiedCount(lessons: readonly Lesson[]): number {
    return lessons.filter((l) => this.#byLesson.get(l.id)?.state === 'studied').length;
  }

  /** The lesson to continue with: the first one in order not yet studied. */
  nextLesson(lessons: readonly Lesson[]): Lesson | undefined {
    return lessons.find((l) => this.#byLesson.get(l.id)?.state !== 'studied');
  }

  async recordReading(lessonId: string, reading: Reading): Promise<void> {
    this.#remember(await this.#repo.recordReading(this.courseId, lessonId, reading, this.#now()));
  }

  async setStudied(lessonId: string, studied: boolean): Promise<void> {
    this.#remember(await this.#repo.setStudied(this.courseId, lessonId, studied, this.#now()));
  }

  #remember(record: LessonProgress): void {
    this.#byLesson.set(record.lessonId, record);
  }
}

/** The library's reading progress: one CourseProgress per course, shared by the library and the reader. */
export class LibraryState {
  readonly #repo: ProgressRepository;
  readonly #now: () => number;
  // Not reactive: a screen's $derived creates entries here, and a derived may not write state.
  readonly #byCourse: Partial<Record<string, CourseProgress>> = Object.create(null) as Partial<Record<string, CourseProgress>>;

  constructor(repo: ProgressRepository, now: () => number) {
    this.#repo = repo;
    this.#now = now;
  }

  /** The one progress state of a course. */
  course(courseId: string): CourseProgress {
    return (this.#byCourse[courseId] ??= new CourseProgress(courseId, this.#repo, this.#now));
  }

  /** A reader of one lesson, writing through its course's progress on the same clock. */
  reader(courseId: string, lessonId: string, options: Omit<ReaderOptions, 'now'> = {}): LessonReader {
    return new LessonReader(this.course(courseId), lessonId, { ...options, now: this.#now });
  }
}
