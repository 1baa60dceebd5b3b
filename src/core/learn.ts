// Learn mode, as Quizlet's: a set of items (the facts a question asks about), each asked until it has
// been answered right once. A miss is asked again later in the session, in another question type where
// the item has one, so the learner recalls the fact rather than the look of one question.
import type { Question } from './types';

/** What a learn session knows beyond its questions: the items to learn and the other ways to ask them. */
export interface LearnPlan {
  /** One key per item, in the order they are first asked. */
  items: string[];
  /** Questions on the same items in other types, to re-ask a miss with; never asked as they are. */
  pool: Question[];
}

/** The item a question asks about: its facts, so every type of question on one fact is the same item. */
export function itemKey(q: Pick<Question, 'factIds'>): string {
  return [...q.factIds].sort().join('+');
}

/**
 * A learn session from the questions first asked (one per item; a second question on an item is
 * dropped) and every question the choice allows (`candidates`), of which those on the same items
 * become the pool for re-asks.
 */
export function planLearn(first: readonly Question[], candidates: readonly Question[]): { questions: Question[]; plan: LearnPlan } {
  const items: string[] = [];
  const questions: Question[] = [];
  for (const q of first) {
    const key = itemKey(q);
    if (items.includes(key)) continue;
    items.push(key);
    questions.push(q);
  }
  const wanted = new Set(items);
  const asked = new Set(questions.map((q) => q.id));
  const pool = candidates.filter((q) => wanted.has(itemKey(q)) && !asked.has(q.id));
  return { questions, plan: { items, pool } };
}

/** The id a question is asked under the n-th time (n ≥ 2): every ask has its own answer row. */
const askId = (base: string, n: number): string => `${base}~${n}`;

/** The question an ask repeats, without its ask number. */
export function baseId(id: string): string {
  return id.replace(/~\d+$/, '');
}

/**
 * The question to ask after `missed` was answered wrong: one on the same item in a type not asked yet
 * for it and other than the missed one's; else any other type; else the same question again. Asks
 * never share an id with an earlier ask (`asked`), so each keeps its own answer.
 */
export function reaskFor(missed: Question, asked: readonly Question[], pool: readonly Question[]): Question {
  const key = itemKey(missed);
  const askedOfItem = asked.filter((q) => itemKey(q) === key);
  const typesAsked = new Set(askedOfItem.map((q) => q.type));
  const bases = new Map<string, Question>();
  for (const q of [...pool.filter((p) => itemKey(p) === key), ...askedOfItem]) {
    const id = baseId(q.id);
    if (!bases.has(id)) bases.set(id, { ...q, id });
  }
  const options = [...bases.values()];
  const pick =
    options.find((q) => q.type !== missed.type && !typesAsked.has(q.type)) ??
    options.find((q) => q.type !== missed.type) ??
    bases.get(baseId(missed.id)) ?? { ...missed, id: baseId(missed.id) };
  const ids = new Set(asked.map((q) => q.id));
  if (!ids.has(pick.id)) return pick;
  let n = 2;
  while (ids.has(askId(pick.id, n))) n++;
  return { ...pick, id: askId(pick.id, n) };
}

/** What learn mode needs of an answer. */
export interface LearnAnswer {
  questionId: string;
  correct: boolean;
}

/** The items answered right at least once. */
export function learnedItems(questions: readonly Question[], answers: ReadonlyMap<string, LearnAnswer>): Set<string> {
  const learned = new Set<string>();
  for (const q of questions) if (answers.get(q.id)?.correct) learned.add(itemKey(q));
  return learned;
}

/** "7 of 12 learned". */
export function learnProgress(plan: LearnPlan, questions: readonly Question[], answers: ReadonlyMap<string, LearnAnswer>): { learned: number; total: number } {
  const learned = learnedItems(questions, answers);
  return { learned: plan.items.filter((k) => learned.has(k)).length, total: plan.items.length };
}

/**
 * Asks still waiting whose item has been learned meanwhile (a miss the learner then said they got
 * right): they are dropped rather than asked.
 */
export function staleAsks(questions: readonly Question[], answers: ReadonlyMap<string, LearnAnswer>): string[] {
  const learned = learnedItems(questions, answers);
  return questions.filter((q) => !answers.has(q.id) && learned.has(itemKey(q))).map((q) => q.id);
}
