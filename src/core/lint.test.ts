import { describe, expect, it } from 'vitest';
import type { Question } from './types';
import { agreementErrors, itemProblem, lintQuestion, lintQuiz } from './lint';
import { extractFacts } from './facts';

const q = (over: Partial<Question>): Question => ({
  id: 'q1', type: 'typed', kind: 'figure', prompt: 'How many?', answer: '4', factIds: [], explanation: 'From the briefing: "x"', ...over,
});
const rules = (question: Question): string[] => lintQuestion(question).map((i) => i.rule);

describe('the question linter', () => {
  it('finds numbers and nouns that disagree, and leaves compounds and dates alone', () => {
    expect(agreementErrors('China sent its troops in one batches.')).toEqual(['one batches']);
    expect(agreementErrors('They were to stay for three year.')).toEqual(['three year']);
    expect(agreementErrors('a four year mandate, on 1 July, for 2 years, one of the batches')).toEqual([]);
  });

  it('names doubled words, unbalanced quotes and a singular after how many', () => {
    expect(rules(q({ prompt: 'Is there a plan to to address it?' }))).toContain('doubled-word');
    expect(rules(q({ prompt: 'Which fills “… civil war, in”?' }))).toContain('unbalanced-quotes');
    expect(rules(q({ prompt: 'Which fills “the war?' }))).toContain('unbalanced-quotes');
    expect(rules(q({ prompt: 'According to the briefing, how many point plan was agreed?' }))).toContain('agreement');
  });

  it('names a blank before a singular noun as giving the answer away (regression: "for ___ year")', () => {
    expect(rules(q({ prompt: 'Which number fills the blank: “the Council renewed the mandate for ___ year”?' }))).toContain('answer-in-prompt');
    expect(rules(q({ prompt: 'Which number fills the blank: “the Council renewed the mandate for ___ years”?' }))).not.toContain('answer-in-prompt');
  });

  it('wants order and match items to be short, complete and capitalised', () => {
    expect(itemProblem('which the Security Council adopted')).toBe('lower-case-start');
    expect(itemProblem('Which the Security Council adopted')).toBe('fragment');
    expect(itemProblem('UNOM, established earlier by …')).toBe('fragment');
    expect(itemProblem('MINUSMA took over from AFISMA')).toBeNull();
    expect(rules(q({ type: 'match', left: ['4', '16'], options: ['years', 'Active operations'], answer: ['years', 'Active operations'] }))).toContain('bare-label');
  });

  it('faults resolution options one apart and figures of another magnitude', () => {
    const facts = extractFacts('The Council adopted resolution 2100. MINUSMA had 118 peacekeepers.');
    const res = facts.find((f) => f.kind === 'resolution')!;
    const fig = facts.find((f) => f.kind === 'figure')!;
    expect(lintQuestion(q({ type: 'choice', kind: 'resolution', options: ['2099', '2100', '2101', '2102'], answer: '2100', factIds: [res.id] }), facts).map((i) => i.rule)).toContain('implausible-distractor');
    expect(lintQuestion(q({ type: 'choice', options: ['2', '4', '118', '16'], answer: '118', factIds: [fig.id] }), facts).map((i) => i.rule)).toContain('implausible-distractor');
  });

  it('faults a quiz where one question shows the answer to another, or asks one prompt twice', () => {
    const facts = extractFacts('MINUSMA was established by resolution 2100 of 25 April 2013.');
    const date = facts.find((f) => f.kind === 'date')!;
    const res = facts.find((f) => f.kind === 'resolution')!;
    const asks = q({ id: 'a', kind: 'date', prompt: 'On what date was MINUSMA established?', answer: '25 April 2013', factIds: [date.id] });
    const shows = q({ id: 'b', type: 'truefalse', kind: 'resolution', prompt: 'True or false? “MINUSMA was established by resolution 2100 of 25 April 2013”', answer: true, factIds: [res.id] });
    expect(lintQuiz([asks, shows], facts).map((i) => i.rule)).toContain('cross-leak');
    expect(lintQuiz([asks, { ...asks, id: 'c' }], facts).map((i) => i.rule)).toContain('duplicate');
  });
});
