import { describe, expect, it } from 'vitest';
import { extractFacts, generateQuestions } from './index';
import { isSelfContained } from './prompts';

describe('date prompts', () => {
  it('asks "when did this happen" only about an event that names itself', () => {
    expect(isSelfContained('MINUSMA was to take over authority from AFISMA')).toBe(true);
    expect(isSelfContained('the Security Council adopted')).toBe(false);
    expect(isSelfContained('it adopted the text unanimously that day')).toBe(false);
  });

  it('falls back to the whole sentence when the event is only a verb (regression: "the Security Council adopted")', () => {
    const text = 'UNOM had been set up under resolution 2085, which the Security Council adopted on 20 December 2012.';
    const facts = extractFacts(text, { docId: 'd' }).filter((f) => f.kind === 'date');
    const prompts = generateQuestions(facts, { seed: 1, types: ['typed'] }).map((q) => q.prompt);
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toContain('UNOM had been set up under resolution 2085');
    expect(prompts[0]).not.toContain('20 December 2012');
  });
});
