// What makes a question well-formed, as one checkable list: used by tests and by callers that
// load stored questions.
import type { Fact, Question } from './types';
import { leaksAnswer } from './prompts';
import { isWordKind, showsWordAnswer } from './questions-kinds';

/** Problems with a question (empty when well-formed). `facts` lets the check see the values asked. */
export function questionProblems(q: Question, facts: readonly Fact[] = []): string[] {
  const problems: string[] = [];
  if (!q.id) problems.push('no id');
  if (!q.prompt.trim()) problems.push('empty prompt');
  if (!/[?]/.test(q.prompt)) problems.push('prompt is not a question');
  if (q.factIds.length === 0) problems.push('no fact ids');
  if (!/^From (?:"[^"]*"|the briefing): "/.test(q.explanation)) problems.push('explanation does not quote its source');
  switch (q.type) {
    case 'choice':
      if (!q.options || q.options.length !== 4) problems.push('choice needs four options');
      else {
        if (new Set(q.options).size !== 4) problems.push('choice options repeat');
        if (q.options.filter((o) => o === q.answer).length !== 1) problems.push('choice answer is not exactly one option');
      }
      break;
    case 'typed':
      if (typeof q.answer !== 'string' || !q.answer) problems.push('typed answer must be a string');
      break;
    case 'truefalse':
      if (typeof q.answer !== 'boolean') problems.push('truefalse answer must be a boolean');
      break;
    case 'order': {
      const a = q.answer;
      if (!Array.isArray(a) || a.length < 3 || a.length > 5) problems.push('order needs three to five items');
      else if (!q.options || [...q.options].sort().join('\u0000') !== [...a].sort().join('\u0000')) {
        problems.push('order options are not the answer items');
      }
      break;
    }
    case 'match': {
      const a = q.answer;
      if (!Array.isArray(a) || !q.left || a.length !== q.left.length || a.length < 2) problems.push('match needs paired columns');
      else if (!q.options || [...q.options].sort().join('\u0000') !== [...a].sort().join('\u0000')) {
        problems.push('match options are not the answer items');
      }
      break;
    }
  }
  if (q.type === 'choice' || q.type === 'typed') {
    for (const id of q.factIds) {
      const fact = facts.find((f) => f.id === id);
      if (fact && (isWordKind(fact.kind) ? showsWordAnswer(q) : leaksAnswer(q.prompt, fact))) problems.push('prompt contains its answer');
    }
  }
  return problems;
}
