import type { Reading } from '../db/progress';
import { describeError } from '../lib/describe-error';
import type { CourseProgress } from './library.svelte';

/** Where a page is scrolled, measured by the lesson view. */
export interface PageMetrics {
  /** Top of the lesson's text relative to the viewport (getBoundingClientRect().top). */
  articleTop: number;
  articleHeight: number;
  viewportHeight: number;
  scrollY: number;
  /** The document's full scrollable height. */
  scrollHeight: number;
}

/**
 * Reads metrics as progress: the percent is how much of the lesson has reached the bottom of the
 * viewport; the position is the scroll offset as a fraction of the scrollable height.
 */
export function readingFrom(m: PageMetrics): Reading {
  const seen = m.articleHeight > 0 ? (m.viewportHeight - m.articleTop) / m.articleHeight : 1;
  const scrollable = m.scrollHeight - m.viewportHeight;
  return {
    percent: Math.round(Math.min(1, Math.max(0, seen)) * 100),
    position: scrollable > 0 ? Math.min(1, Math.max(0, m.scrollY / scrollable)) : 0,
  };
}

/** The scroll offset that shows a stored position again. */
export function scrollTopFor(position: number, scrollHeight: number, viewportHeight: number): number {
  return Math.round(Math.max(0, scrollHeight - viewportHeight) * Math.min(1, Math.max(0, position)));
}

/** Runs `run` after `ms` and returns a way to cancel it; a test passes one it drives itself. */
export type Schedule = (run: () => void, ms: number) => () => void;

const realSchedule: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

export interface ReaderOptions {
  /** Least time between two writes of the reading position. */
  throttleMs?: number;
  now: () => number;
  schedule?: Schedule;
}

/**
 * One open lesson: follows the reader's scrolling and writes progress at most every `throttleMs`
 * (and when asked to flush). Only the learner's button marks a lesson studied: a page that reached
 * its end by itself (a tall window, a short lesson) says nothing about whether it was read.
 */
export class LessonReader {
  readonly lessonId: string;
  readonly #progress: CourseProgress;
  readonly #throttleMs: number;
  readonly #now: () => number;
  readonly #schedule: Schedule;
  #live = $state(0);
  #pending: Reading | null = null;
  #cancel: (() => void) | null = null;
  #lastWrite = -Infinity;
  #writing: Promise<void> = Promise.resolve();
  #announcement = $state('');
  #error = $state('');

  constructor(progress: CourseProgress, lessonId: string, options: ReaderOptions) {
    this.#progress = progress;
    this.lessonId = lessonId;
    this.#throttleMs = options.throttleMs ?? 500;
    this.#now = options.now;
    this.#schedule = options.schedule ?? realSchedule;
  }

  /** Loads the stored progress; resolves the position to restore (0–1), or null for a lesson never opened. */
  async start(): Promise<number | null> {
    await this.#progress.refresh();
    return this.#progress.get(this.lessonId)?.position ?? null;
  }

  get studied(): boolean {
    return this.#progress.get(this.lessonId)?.state === 'studied';
  }

  /** Percent read, 0–100: the furthest point the learner scrolled to, stored or just now. */
  get percent(): number {
    return Math.max(this.#live, this.#progress.get(this.lessonId)?.percent ?? 0);
  }

  /** A message for a polite live region after the learner's own actions. */
  get announcement(): string {
    return this.#announcement;
  }

  /** Why the last write failed, as a sentence; empty once a write succeeds. */
  get error(): string {
    return this.#error;
  }

  /** The learner scrolled: `reading` is what is on screen now. */
  observe(reading: Reading): void {
    this.#live = Math.max(this.#live, reading.percent);
    // The furthest point reached, even if the reader scrolled back up before the write.
    this.#pending = { percent: this.#live, position: reading.position };
    if (this.#cancel !== null) return;
    const wait = this.#lastWrite + this.#throttleMs - this.#now();
    if (wait <= 0) void this.flush();
    else
      this.#cancel = this.#schedule(() => {
        this.#cancel = null;
        void this.flush();
      }, wait);
  }

  /** Writes the latest reading now, if there is one not yet written. */
  flush(): Promise<void> {
    if (this.#cancel !== null) {
      this.#cancel();
      this.#cancel = null;
    }
    const reading = this.#pending;
    if (reading) {
      this.#pending = null;
      this.#lastWrite = this.#now();
      this.#enqueue(() => this.#progress.recordReading(this.lessonId, reading));
    }
    return this.#writing;
  }

  toggleStudied(): Promise<void> {
    const studied = !this.studied;
    this.#announcement = studied ? 'Lesson marked as studied.' : 'Lesson marked as not studied.';
    return this.#enqueue(() => this.#progress.setStudied(this.lessonId, studied));
  }

  #enqueue(write: () => Promise<void>): Promise<void> {
    this.#writing = this.#writing
      .then(write)
      .then(() => {
        this.#error = '';
      })
      .catch((error: unknown) => {
        console.error('Dossier: could not save reading progress', error);
        this.#error = `Your reading progress was not saved. ${describeError(error)}`;
      });
    return this.#writing;
  }
}
