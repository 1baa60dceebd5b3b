import { describe, expect, it } from 'vitest';
import type { Question, QuestionType } from './types';
import { baseId, itemKey, learnProgress, planLearn, reaskFor, staleAsks } from './learn';

const q = (fact: string, type: QuestionType, id = `${fact}-${type}`): Question => ({
  id,
  type,
  kind: 'figure',
  prompt: `${type} on ${fact}?`,
  answer: type === 'truefalse' ? true : '11,200',
  ...(type === 'choice' ? { options: ['1,440', '9,800', '11,200', '12,640'] } : {}),
  factIds: [fact],
  explanation: 'From the briefing.',
});

describe('a learn plan', () => {
  it('asks each item once first and keeps its other questions as the pool', () => {
    const first = [q('a', 'choice'), q('b', 'typed'), q('a', 'truefalse')];
    const every = [...first, q('a', 'typed'), q('b', 'choice'), q('c', 'choice')];
    const { questions, plan } = planLearn(first, every);
    expect(questions.map((x) => x.id)).toEqual(['a-choice', 'b-typed']);
    expect(plan.items).toEqual(['a', 'b']);
    expect(plan.pool.map((x) => x.id).sort()).toEqual(['a-truefalse', 'a-typed', 'b-choice']);
  });

  it('treats an order question over several facts as one item, whatever the order of its facts', () => {
    expect(itemKey({ factIds: ['b', 'a'] })).toBe(itemKey({ factIds: ['a', 'b'] }));
  });
});

describe('a re-ask', () => {
  it('comes in another type than the one missed, one not asked yet for the item', () => {
    const pool = [q('a', 'choice'), q('a', 'truefalse')];
    const asked = [q('a', 'typed')];
    const again = reaskFor(asked[0] as Question, asked, pool);
    expect(again.type).not.toBe('typed');
    expect(again.factIds).toEqual(['a']);
    const third = reaskFor(again, [...asked, again], pool);
    expect(third.type).not.toBe(again.type);
    expect(third.type).not.toBe('typed');
  });

  it('falls back to an earlier type (a fresh id) when every type has been tried', () => {
    const asked = [q('a', 'typed'), q('a', 'choice')];
    const again = reaskFor(asked[1] as Question, asked, []);
    expect(again.type).toBe('typed');
    expect(again.id).toBe('a-typed~2');
  });

  it('repeats the same question under a new id when the item has no other type', () => {
    const asked = [q('a', 'typed')];
    const again = reaskFor(asked[0] as Question, asked, []);
    expect(again).toMatchObject({ id: 'a-typed~2', type: 'typed' });
    expect(baseId(again.id)).toBe('a-typed');
    const third = reaskFor(again, [...asked, again], []);
    expect(third.id).toBe('a-typed~3');
  });
});

describe('learn progress', () => {
  it('counts an item learned once any of its asks is right, and drops waiting asks of learned items', () => {
    const { questions, plan } = planLearn([q('a', 'choice'), q('b', 'choice')], []);
    const reask = q('a', 'typed');
    const asked = [...questions, reask];
    const answers = new Map([
      ['a-choice', { questionId: 'a-choice', correct: false }],
      ['b-choice', { questionId: 'b-choice', correct: true }],
    ]);
    expect(learnProgress(plan, asked, answers)).toEqual({ learned: 1, total: 2 });
    expect(staleAsks(asked, answers)).toEqual([]);
    answers.set('a-choice', { questionId: 'a-choice', correct: true });
    expect(learnProgress(plan, asked, answers)).toEqual({ learned: 2, total: 2 });
    expect(staleAsks(asked, answers)).toEqual(['a-typed']);
  });
});
