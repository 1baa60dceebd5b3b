import type { FactKind, QuestionType } from '../../../core/types';
import { KINDS, TIMINGS, TYPES, timingKey, type QuizChoice, type QuizMode } from '../../../core/quiz-settings';
import { quizLength } from '../../../core/quiz-results';
import type { CourseBundle } from './course';
import { quizHub, type QuizHub } from './quiz.svelte';
import { availableFor, learnFor } from './quiz-questions';
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

  #hub: Pick<QuizHub, 'lastChoice' | 'start' | 'quick'>;

  constructor(bundle: CourseBundle, hub: Pick<QuizHub, 'lastChoice' | 'start' | 'quick'> = quizHub) {
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

  /** Questions available for the lessons, kinds and types ticked (before the length is applied). */
  available = $derived.by(() => availableFor(this.bundle, this.choice));

  /** How many questions the quiz will have. */
  count = $derived(quizLength(this.length, this.available));

  /** Learn mode: how many items the session will teach (a fact asked several ways is one item). */
  items = $derived.by(() => (this.mode === 'learn' && this.available > 0 ? learnFor(this.bundle, this.choice, 1).questions.length : 0));

  /** Why the quiz cannot start, in a sentence; empty when it can. */
  problem = $derived.by(() => {
    if (!this.lessonIds.length) return 'Choose at least one lesson.';
    if (!this.kinds.length) return 'Choose at least one kind of fact.';
    if (!this.types.length) return 'Choose at least one type of question.';
    if (this.available === 0) return 'No questions match this choice. Add lessons, kinds or question types.';
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
