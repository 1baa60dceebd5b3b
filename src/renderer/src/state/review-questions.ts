// The questions of a review: the question engine, loaded when a review starts, not with the library.
import { generateQuestions } from '../../../core/questions';
import type { Question, QuestionType } from '../../../core/types';
import type { QuestionCourse } from './quiz-questions';

const SINGLE_TYPES: readonly QuestionType[] = ['choice', 'typed', 'truefalse'];

/**
 * Questions for a review, in the order of `factIds`: one per fact, of varied types, drawn from the
 * whole course's questions (so distractors are as good as in any quiz). A question about several facts
 * (put in order, match) is used when every fact it asks about is in the review, or when it is the only
 * way a fact is ever asked.
 */
export function reviewQuestions(bundle: QuestionCourse, factIds: readonly string[], seed: number, limit = 40 /* REVIEW_SESSION_MAX of state/review.ts, which the worker cannot import: it imports the store */): Question[] {
  const wanted = new Set(factIds);
  const all = generateQuestions(bundle.facts, {
    seed,
    lessonTitle: (id) => (id ? bundle.lessonById.get(id)?.title : undefined),
  });
  const singles = new Map<string, Question[]>();
  const groups: Question[] = [];
  // A fact only ever asked within a group (put in order, match) is asked that way, even alongside facts not due.
  const anyGroup = new Map<string, Question>();
  for (const q of all) {
    if (q.factIds.length === 1) {
      const id = q.factIds[0] as string;
      if (wanted.has(id)) singles.set(id, [...(singles.get(id) ?? []), q]);
    } else {
      if (q.factIds.every((id) => wanted.has(id))) groups.push(q);
      for (const id of q.factIds) if (wanted.has(id) && !anyGroup.has(id)) anyGroup.set(id, q);
    }
  }
  const covered = new Map<string, Question>();
  const used = new Set<string>();
  for (const g of groups) {
    if (g.factIds.some((id) => covered.has(id))) continue;
    for (const id of g.factIds) covered.set(id, g);
  }
  const out: Question[] = [];
  let turn = seed % SINGLE_TYPES.length;
  for (const id of factIds) {
    if (out.length >= limit) break;
    const group = covered.get(id);
    if (group) {
      if (!used.has(group.id)) {
        used.add(group.id);
        out.push(group);
      }
      continue;
    }
    const options = singles.get(id) ?? [];
    if (!options.length) {
      const fallback = anyGroup.get(id);
      if (fallback && !used.has(fallback.id)) {
        used.add(fallback.id);
        out.push(fallback);
      }
      continue;
    }
    const preferred = SINGLE_TYPES[turn % SINGLE_TYPES.length];
    turn++;
    const q = options.find((o) => o.type === preferred) ?? (options[0] as Question);
    if (used.has(q.id)) continue;
    used.add(q.id);
    out.push(q);
  }
  return out;
}

