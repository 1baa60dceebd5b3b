// Quiz assembly: from candidate questions, a quiz a teacher would set — no fact asked twice (unless
// more questions are wanted than there are facts), no question whose answer another one shows, and
// kinds, types and lessons taken in turn.
import type { Fact, Question } from './types';
import { generateQuestions, type QuizOptions } from './questions';
import { showsAnswer } from './lint';

/**
 * Picks `count` questions from `candidates` (best first). Deterministic: the same candidates give
 * the same quiz. The quiz may be shorter than `count` when the rules leave too few questions.
 */
export function assembleQuiz(candidates: readonly Question[], facts: readonly Fact[], count: number): Question[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const chosen: Question[] = [];
  const taken = new Set<string>();
  const usedFacts = new Set<string>();
  const seen = (key: string, m: Map<string, number>): number => m.get(key) ?? 0;
  const kinds = new Map<string, number>();
  const types = new Map<string, number>();
  const docs = new Map<string, number>();

  const leaks = (q: Question): boolean => {
    for (const c of chosen) {
      for (const id of q.factIds) {
        const f = byId.get(id);
        if (f && showsAnswer(c, f, byId)) return true;
      }
      for (const id of c.factIds) {
        const f = byId.get(id);
        if (f && showsAnswer(q, f, byId)) return true;
      }
    }
    return false;
  };
  const take = (q: Question): void => {
    chosen.push(q);
    taken.add(q.id);
    prompts.add(q.prompt);
    for (const id of q.factIds) usedFacts.add(id);
    kinds.set(q.kind, seen(q.kind, kinds) + 1);
    types.set(q.type, seen(q.type, types) + 1);
    docs.set(q.docId ?? '', seen(q.docId ?? '', docs) + 1);
  };

  const prompts = new Set<string>();
  // First every fact once; then, when more questions are wanted than facts allow, a fact again in
  // another type. A leak or a repeated prompt is never allowed: a shorter quiz is better.
  const distinctFacts = new Set(candidates.flatMap((q) => q.factIds)).size;
  for (const fresh of count > distinctFacts ? [true, false] : [true]) {
    while (chosen.length < count) {
      let best: Question | null = null;
      let bestScore = Infinity;
      for (const q of candidates) {
        if (taken.has(q.id) || prompts.has(q.prompt)) continue;
        if (fresh && q.factIds.some((id) => usedFacts.has(id))) continue;
        if (leaks(q)) continue;
        // Fewest of its kind, type and lesson so far; candidate order breaks ties.
        const score = seen(q.kind, kinds) * 3 + seen(q.type, types) * 2 + seen(q.docId ?? '', docs);
        if (score < bestScore) {
          best = q;
          bestScore = score;
          if (score === 0) break;
        }
      }
      if (!best) break;
      take(best);
    }
  }
  return chosen;
}

/**
 * A quiz of `options.count` questions (10 when absent): candidates from `generateQuestions`, then
 * `assembleQuiz`. Use this for a learner's quiz; `generateQuestions` lists every question there is.
 */
export function generateQuiz(facts: readonly Fact[], options: QuizOptions): Question[] {
  const count = options.count ?? 10;
  if (count === 0) return [];
  const pool = generateQuestions(facts, { ...options, count: Math.max(count * 4, count + 20) });
  return assembleQuiz(pool, facts, count);
}
