import { describe, expect, it } from 'vitest';
import { extractFacts, generateQuestions } from './index';
import { isSelfContained } from './prompts';

describe('date prompts', () => {
  it('asks "when did this happen" only about an event that names itself', () => {
    expect(isSelfContained('MINUSMA was to take over authority from AFISMA')).toBe(true);
    expect(isSelfContained('the Security Council adopted')).toBe(false);
    expect(isSelfContained('it adopted the text unanimously that day')).toBe(false);
  });

  it("asks about the event the resolution's date belongs to, never the bare verb (regression: 'the Security Council adopted')", () => {
    const text = 'UNOM had been set up under resolution 2085, which the Security Council adopted on 20 December 2012.';
    const facts = extractFacts(text, { docId: 'd' }).filter((f) => f.kind === 'date');
    const prompts = generateQuestions(facts, { seed: 1, types: ['typed'] }).map((q) => q.prompt);
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toBe('On what date was UNOM set up?');
  });
});

describe('events spread across lessons', () => {
  const lessons: Record<string, string> = {
    a: 'The Council created the observer mission on 3 March 2001. The observers arrived in the capital on 9 May 2001.',
    b: 'The peacekeeping force replaced the observers on 1 June 2003. The last battalion left the northern region on 30 September 2006.',
  };
  const facts = Object.entries(lessons).flatMap(([docId, text]) => extractFacts(text, { docId }));
  const title = (id: string | undefined): string | undefined => (id === 'a' ? 'Lesson A' : id === 'b' ? 'Lesson B' : undefined);

  it('are put in order across lessons when no lesson has three of its own', () => {
    const [order] = generateQuestions(facts, { seed: 3, types: ['order'], lessonTitle: title });
    expect(order?.type).toBe('order');
    expect(order?.factIds.length).toBeGreaterThanOrEqual(3);
    expect(order?.docId).toBeUndefined();
    expect(order?.explanation).toContain('From "Lesson A"');
    expect(order?.explanation).toContain('From "Lesson B"');
  });

  it('name the event, not just its verb (regression: "which it adopted")', () => {
    const [date] = extractFacts('The Security Council set up the mission in resolution 1234, which it adopted on 5 May 2010.', { docId: 'x' }).filter((f) => f.kind === 'date');
    expect(date?.about).toBe('The Security Council set up the mission in resolution 1234, which it adopted');
  });
});
