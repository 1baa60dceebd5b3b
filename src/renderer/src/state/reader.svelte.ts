import type { Reading } from '../db/progress';
import { courseProgress, type CourseProgress } from './library.svelte';

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

/**
 * One open lesson: follows the reader's scrolling, writes progress at most every `throttleMs`
 * (and when asked to flush), and marks the lesson studied when the reader reaches its end.
 */
export class LessonReader {
  readonly lessonId: string;
  readonly #progress: CourseProgress;
  readonly #throttleMs: number;
  #live = $state(0);
  #pending: Reading | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #lastWrite = -Infinity;
  #writing: Promise<void> = Promise.resolve();
  /** Off once the learner takes the studied mark back, so the end of the page does not set it again at once. */
  #autoMark = true;
  #announcement = $state('');

  constructor(courseId: string, lessonId: string, throttleMs = 500) {
    this.#progress = courseProgress(courseId);
    this.lessonId = lessonId;
    this.#throttleMs = throttleMs;
  }

  /** Loads the stored progress; resolves the position to restore (0–1), or null for a lesson never opened. */
  async start(): Promise<number | null> {
    await this.#progress.refresh();
    return this.#progress.get(this.lessonId)?.position ?? null;
  }

  get studied(): boolean {
    return this.#progress.get(this.lessonId)?.state === 'studied';
  }

  /** Percent read, 0–100: the furthest point reached, stored or just now. */
  get percent(): number {
    return Math.max(this.#live, this.#progress.get(this.lessonId)?.percent ?? 0);
  }

  /** A message for a polite live region after the learner's own actions. */
  get announcement(): string {
    return this.#announcement;
  }

  observe(reading: Reading): void {
    this.#live = Math.max(this.#live, reading.percent);
    // The furthest point reached, even if the reader scrolled back up before the write.
    this.#pending = { percent: this.#live, position: reading.position };
    if (this.#timer !== null) return;
    const wait = this.#lastWrite + this.#throttleMs - Date.now();
    if (wait <= 0) void this.flush();
    else this.#timer = setTimeout(() => void this.flush(), wait);
  }

  /** Writes the latest reading now, if there is one not yet written. */
  flush(): Promise<void> {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    const reading = this.#pending;
    if (reading) {
      this.#pending = null;
      this.#lastWrite = Date.now();
      this.#enqueue(() => this.#progress.recordReading(this.lessonId, reading));
    }
    return this.#writing;
  }

  /** The end of the lesson came into view. */
  reachedEnd(): void {
    if (!this.#autoMark || this.studied) return;
    this.#announcement = 'You reached the end: lesson marked as studied.';
    this.#enqueue(() => this.#progress.setStudied(this.lessonId, true));
  }

  toggleStudied(): Promise<void> {
    const studied = !this.studied;
    if (!studied) this.#autoMark = false;
    this.#announcement = studied ? 'Lesson marked as studied.' : 'Lesson marked as not studied.';
    return this.#enqueue(() => this.#progress.setStudied(this.lessonId, studied));
  }

  #enqueue(write: () => Promise<void>): Promise<void> {
    this.#writing = this.#writing.then(write).catch((error: unknown) => {
      console.error('Dossier: could not save reading progress', error);
    });
    return this.#writing;
  }
}
