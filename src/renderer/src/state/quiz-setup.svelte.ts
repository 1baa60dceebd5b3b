import type { FactKind, QuestionType } from '../../../core/types';
import { KINDS, TIMINGS, TYPES, timingKey, type QuizChoice, type QuizMode } from '../../../core/quiz-settings';
import { quizLength } from '../../../core/quiz-results';
import type { CourseBundle } from './course';
import { quizHub, type QuizHub } from './quiz.svelte';
import { settings } from './settings.svelte';
import { describeError } from '../lib/describe-error';

/** The set-up form: the learner's choice, how many questions it yields, and starting it. */
export class QuizSetup {
  readonly bundle: CourseBundle;
  lessonIds = $state<string[]>([]);
  kinds = $state<FactKind[]>([...KINDS]);
  types = $state<QuestionType[]>([...TYPES]);
  length = $state(10);
  mode = $state<QuizMode>('practice');
  timing = $state('q30');
  loaded = $state(false);
  busy = $state(false);
  error = $state('');

  #hub: Pick<QuizHub, 'lastChoice' | 'start' | 'quick' | 'questions'>;

  constructor(bundle: CourseBundle, hub: Pick<QuizHub, 'lastChoice' | 'start' | 'quick' | 'questions'> = quizHub) {
    this.bundle = bundle;
    this.#hub = hub;
    this.lessonIds = bundle.course.lessons.map((l) => l.id);
  }

  /** Fills the form with the last choice; `preselect` (from "Quiz this lesson") wins over memory. */
  async load(preselect: string[] = []): Promise<void> {
    const last = await this.#hub.lastChoice(this.bundle);
    const wanted = preselect.filter((id) => this.bundle.lessonById.has(id));
    this.lessonIds = wanted.length ? wanted : last.lessonIds;
    this.kinds = last.kinds;
    this.types = last.types;
    this.length = last.length;
    this.mode = last.mode;
    this.timing = timingKey(last.timing);
    this.loaded = true;
  }

  get choice(): QuizChoice {
    const timing = TIMINGS.find((t) => timingKey(t) === this.timing) ?? { kind: 'untimed' as const };
    // Kept in the course's and the lists' order, whatever order the boxes were ticked in.
    const order = this.bundle.course.lessons.map((l) => l.id);
    return {
      courseId: this.bundle.course.manifest.id,
      lessonIds: order.filter((id) => this.lessonIds.includes(id)),
      kinds: KINDS.filter((k) => this.kinds.includes(k)),
      types: TYPES.filter((t) => this.types.includes(t)),
      length: this.length,
      mode: this.mode,
      timing: { ...timing },
      timeFactor: settings.timeFactor,
    };
  }

  /** Questions available for the lessons, kinds and types ticked (before the length is applied); the last count until a new one arrives. */
  available = $state(0);
  /** Whether `available` and `items` have been counted once. */
  counted = $state(false);
  #asked = 0;

  /** How many questions the quiz will have. */
  count = $derived(quizLength(this.length, this.available));

  /** Learn mode: how many items the session will teach (a fact asked several ways is one item). */
  items = $state(0);

  /**
   * Counts the questions of the current choice (the engine runs in a worker, so the count arrives
   * later); a newer count started before it arrives wins. Called from an effect: it reads the choice
   * before its first await, so the effect runs it again when the choice changes.
   */
  async recount(): Promise<void> {
    const choice = this.choice;
    const asked = ++this.#asked;
    if (!choice.lessonIds.length || !choice.kinds.length || !choice.types.length) {
      this.available = 0;
      this.items = 0;
      this.counted = true;
      return;
    }
    try {
      const counts = await this.#hub.questions.counts(this.bundle, choice);
      if (asked !== this.#asked) return;
      this.available = counts.available;
      this.items = counts.items;
      this.counted = true;
    } catch (err) {
      if (asked === this.#asked) this.error = describeError(err);
    }
  }

  /** Why the quiz cannot start, in a sentence; empty when it can. */
  problem = $derived.by(() => {
    if (!this.lessonIds.length) return 'Choose at least one lesson.';
    if (!this.kinds.length) return 'Choose at least one kind of fact.';
    if (!this.types.length) return 'Choose at least one type of question.';
    if (this.counted && this.available === 0) return 'No questions match this choice. Add lessons, kinds or question types.';
    return '';
  });

  /** Starts the quiz as chosen; resolves to its id, or null when it could not start (see `error`). */
  async start(): Promise<string | null> {
    return this.#run(() => this.#hub.start(this.bundle, this.choice));
  }

  /** Starts the one-click quiz. */
  async quick(): Promise<string | null> {
    return this.#run(() => this.#hub.quick(this.bundle));
  }

  async #run(go: () => Promise<string>): Promise<string | null> {
    if (this.busy) return null;
    this.busy = true;
    this.error = '';
    try {
      return await go();
    } catch (err) {
      this.error = describeError(err);
      return null;
    } finally {
      this.busy = false;
    }
  }
}
