/** The kinds of fact Dossier asks about: numbers (dates, resolutions, figures), then words. */
export type FactKind = 'date' | 'resolution' | 'figure' | 'name' | 'acronym' | 'list' | 'term';

/** What a name names. */
export type NameType = 'organisation' | 'place' | 'person' | 'nationality' | 'other';

/** How precise a date fact is. `monthday` is a day without a year (`--12-24`). */
export type DatePrecision = 'day' | 'month' | 'year' | 'monthday';

/** Whether an event had happened, had been decided, or was still planned when the text was written. */
export type EventStatus = 'planned' | 'decided' | 'done';

/**
 * The event a date belongs to, or the quantity a figure counts, read from the fact's own clause:
 * `The Security Council` `adopt` `resolution 2100`, done. Prompts and order items are written from it.
 */
export interface FactEvent {
  /** Who acts, as written (`The Security Council`); '' for a passive without its agent. */
  subject: string;
  /** The verb phrase in its base form: `establish`, `take over`, `decide to extend`. */
  action: string;
  /** What is acted on, with what follows in the clause: `MINUSMA`, `over authority from AFISMA`. */
  object: string;
  status: EventStatus;
  /** `MINUSMA was established`: `object` is what the action was done to, and no one is named. */
  passive?: boolean;
  /** After a passive: the rest of the clause (`under resolution 2085`). */
  detail?: string;
  plural?: boolean;
  /** A plan written in the present (`is to`, `will`), not the past (`was to`, `would`). */
  present?: boolean;
  /** Figures: the modal the quantity was written with (`could comprise`). */
  modal?: string;
  /**
   * Dates: how the date bounds the event when it is not its moment (`until 30 March 2018`, `since
   * 1978`). Figures: `to` or `by` for a change to or by the number (`raised the ceiling to 12,500`).
   */
  relation?: 'until' | 'by' | 'since' | 'to';
}

/** A fact found in a text: what it is, where it stands, and what it is about. */
export interface Fact {
  /** Stable across runs for the same document: does not depend on the seed or on other documents. */
  id: string;
  kind: FactKind;
  /** ISO 8601 at its precision for dates, the number as a string for resolutions, a number for figures. */
  value: string | number;
  /** The exact source text of the fact, e.g. `up to 11,200 military personnel` or `25 April 2013`. */
  text: string;
  /** Character span of `text` in the document: document.slice(start, end) === text. */
  start: number;
  end: number;
  /** The sentence the fact stands in, as written. */
  sentence: string;
  /** What the fact is about: what is counted, what happened on the date, what the resolution did. */
  about: string;
  /** Dates only. */
  precision?: DatePrecision;
  /** Dates and figures: the event or quantity the fact belongs to, when its clause says it plainly. */
  event?: FactEvent;
  /** Figures only: the counted noun phrase's unit, e.g. `peacekeepers`, `years`; ordinals have `ordinal: true`. */
  unit?: string;
  ordinal?: boolean;
  /** The document (lesson) the fact was found in, when the caller named one. */
  docId?: string;
  /**
   * Where the value itself stands within `sentence` (`11,200` inside `up to 11,200 military personnel`,
   * `2100` inside `resolution 2100 (2013)`): used to blank it out of prompts.
   */
  focus?: { start: number; end: number };
  /** Figures only: a qualifier written before the number, such as `up to` or `more than`. */
  qualifier?: string;
  /** Names only: what the name names. */
  nameType?: NameType;
  /** Acronyms only: the long form, as written (`United Nations Office in Mali`). */
  expansion?: string;
  /** List items only: what the list is (its heading or lead-in), e.g. `Long-standing structural conditions`. */
  list?: string;
}

export type QuestionType = 'choice' | 'typed' | 'truefalse' | 'order' | 'match';

/** A generated quiz question. Plain data: serialisable to JSON and storable as is. */
export interface Question {
  id: string;
  type: QuestionType;
  /** The kind of fact asked about (for `match` and `order`, the kind of the facts involved). */
  kind: FactKind;
  prompt: string;
  /**
   * choice: the four options, in numeric or chronological order.
   * order: the items, shuffled.
   * match: the right-hand column (what each left item pairs with), shuffled.
   */
  options?: string[];
  /** match only: the left-hand column (e.g. `Resolution 2100`). */
  left?: string[];
  /**
   * choice: one of `options` exactly. typed: the expected answer as displayed.
   * truefalse: a boolean. order: the items in the right order.
   * match: for each entry of `left`, in the same order, its partner from `options`.
   */
  answer: string | boolean | string[];
  factIds: string[];
  /** Quotes the source sentence and names the lesson it comes from. */
  explanation: string;
  /** The lesson (document) the question comes from, when known. */
  docId?: string;
}

/** A learner's response, by question type. */
export type Response = string | boolean | string[];

/** The outcome of grading one response. */
export interface Grade {
  correct: boolean;
  /** What was expected, readable (`11,200`, `25 April 2013`, `True`). */
  expected: string;
  /** One sentence for the learner. */
  feedback: string;
}
