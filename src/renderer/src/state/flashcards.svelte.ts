import { SvelteMap } from 'svelte/reactivity';
import { intervalLabel, previewRatings, Rating, RATING_LABELS, type CardState, type Grade } from '../../../core/scheduling';
import type { CardBase } from '../db/cards';
import type { CardRecord } from '../db/db';
import { describeError } from '../lib/describe-error';
import type { CourseBundle } from './course';
import type { Flashcard } from './flashcards';
import { cardsById, REVIEW_SESSION_MAX } from './review';
import type { ReviewState } from './review.svelte';
import { questionsHere } from './question-source';

/** Where the flashcards come from and where ratings go: the database in the app, plain data in tests. */
export interface FlashcardRepository {
  /** Today's review queue (the same one Review today shows), with the cards it covers. */
  queue(): Promise<{ bundle: CourseBundle; factIds: readonly string[]; cards: ReadonlyMap<string, CardState> } | null>;
  rate(base: CardBase, rating: Grade, now: number): Promise<{ logId: number; card: CardState }>;
  undo(logId: number): Promise<boolean>;
}

export interface RatingChoice {
  rating: Grade;
  label: string;
  /** The next interval this rating gives, as on Anki's buttons. */
  interval: string;
  key: string;
}

/** The fronts of no course: there is no queue to show. */
const NO_FRONTS: ReadonlyMap<string, string> = new Map();

const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

/**
 * A self-rated review as in Anki: show the front, reveal the back, rate it Again, Hard, Good or
 * Easy (each button shows the interval it gives), and undo the last rating.
 */
export class FlashcardSession {
  readonly #repo: FlashcardRepository;
  readonly #now: () => number;
  cards = $state.raw<Flashcard[]>([]);
  index = $state(0);
  revealed = $state(false);
  loaded = $state(false);
  busy = $state(false);
  error = $state('');
  announcement = $state('');
  /** Ratings given, newest last, so Ctrl+Z takes back the last one. */
  #history = $state.raw<{ index: number; logId: number; before: CardState | undefined }[]>([]);
  #states = new SvelteMap<string, CardState>();
  /** Recomputed after each rating and reveal. */
  choices = $state.raw<RatingChoice[]>([]);

  readonly #fronts: (bundle: CourseBundle) => Promise<ReadonlyMap<string, string>>;

  /** `fronts` is the question engine's (in its worker in the app); by default it runs in this thread. */
  constructor(repo: FlashcardRepository, now: () => number, fronts: (bundle: CourseBundle) => Promise<ReadonlyMap<string, string>> = (b) => questionsHere().fronts(b)) {
    this.#repo = repo;
    this.#now = now;
    this.#fronts = fronts;
  }

  get current(): Flashcard | undefined {
    return this.cards[this.index];
  }

  get done(): boolean {
    return this.loaded && this.index >= this.cards.length;
  }

  get rated(): number {
    return this.#history.length;
  }

  get canUndo(): boolean {
    return this.#history.length > 0 && !this.busy;
  }

  async load(): Promise<void> {
    try {
      const queue = await this.#repo.queue();
      // The fronts come from the question engine; the cards are assembled here.
      const [{ flashcardsFor }, prompts] = await Promise.all([import('./flashcards'), queue ? this.#fronts(queue.bundle) : NO_FRONTS]);
      this.cards = queue ? flashcardsFor(queue.bundle, queue.factIds, prompts) : [];
      this.#states = new SvelteMap(queue?.cards ?? []);
      this.index = 0;
      this.revealed = false;
      this.error = '';
    } catch (err) {
      console.error('flashcards: load', err);
      this.error = `Today\u2019s cards could not be read. ${describeError(err)}`;
    } finally {
      this.loaded = true;
    }
  }

  reveal(): void {
    const card = this.current;
    if (!card || this.revealed) return;
    this.revealed = true;
    const now = this.#now();
    const preview = previewRatings(this.#states.get(card.base.factId) ?? null, now);
    this.choices = GRADES.map((g, i) => ({ rating: g, label: RATING_LABELS[g], interval: intervalLabel(preview[g].due - now), key: String(i + 1) }));
  }

  async rate(rating: Grade): Promise<void> {
    const card = this.current;
    if (!card || !this.revealed || this.busy) return;
    this.busy = true;
    try {
      const before = this.#states.get(card.base.factId);
      const { logId, card: after } = await this.#repo.rate(card.base, rating, this.#now());
      this.#states.set(card.base.factId, after);
      this.#history = [...this.#history, { index: this.index, logId, before }];
      this.announcement = `Rated ${RATING_LABELS[rating]}: next review in ${intervalLabel(after.due - this.#now())}.`;
      this.index++;
      this.revealed = false;
      this.error = '';
    } catch (err) {
      console.error('flashcards: rate', err);
      this.error = `That rating could not be saved. ${describeError(err)}`;
    } finally {
      this.busy = false;
    }
  }

  /** Takes back the last rating and shows its card again, revealed. */
  async undo(): Promise<void> {
    const last = this.#history.at(-1);
    if (!last || this.busy) return;
    this.busy = true;
    try {
      if (!(await this.#repo.undo(last.logId))) {
        this.error = 'That rating can no longer be undone: the fact was reviewed again since.';
        return;
      }
      const card = this.cards[last.index];
      if (card) {
        if (last.before) this.#states.set(card.base.factId, last.before);
        else this.#states.delete(card.base.factId);
      }
      this.#history = this.#history.slice(0, -1);
      this.index = last.index;
      this.revealed = false;
      this.reveal();
      this.announcement = 'Last rating undone.';
      this.error = '';
    } catch (err) {
      console.error('flashcards: undo', err);
      this.error = `That rating could not be undone. ${describeError(err)}`;
    } finally {
      this.busy = false;
    }
  }
}

/** The flashcards' repository over today's review queue, the stored cards and the ratings' store. */
export function flashcardRepository(
  review: Pick<ReviewState, 'refresh' | 'current'>,
  store: { cards(): Promise<CardRecord[]>; rate: FlashcardRepository['rate']; undo: FlashcardRepository['undo'] },
): FlashcardRepository {
  return {
    async queue() {
      await review.refresh();
      const current = review.current;
      if (!current) return null;
      const cards = cardsById(await store.cards(), current.bundle.course.manifest.id);
      return { bundle: current.bundle, factIds: current.queue.factIds.slice(0, REVIEW_SESSION_MAX), cards };
    },
    rate: (base, rating, now) => store.rate(base, rating, now),
    undo: (logId) => store.undo(logId),
  };
}
