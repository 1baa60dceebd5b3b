// Events read from a fact's own clause, and the questions and items written from them.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { generateQuestions } from './questions';
import { describeEvent } from './events';
import type { FactEvent } from './types';
import { baseOf, participleOf, pastOf } from './verbs';

const dateFacts = (text: string) => extractFacts(text, { docId: 'd' }).filter((f) => f.kind === 'date');
const typed = (text: string, title = 'Creating the mission'): string[] =>
  generateQuestions(extractFacts(text, { docId: 'd' }), { seed: 1, types: ['typed'], lessonTitle: () => title }).map((q) => q.prompt);

describe('verb forms', () => {
  it.each([
    ['established', 'establish'], ['authorized', 'authorize'], ['raised', 'raise'], ['created', 'create'], ['deployed', 'deploy'],
    ['planned', 'plan'], ['committed', 'commit'], ['called', 'call'], ['took', 'take'], ['broke', 'break'], ['fled', 'flee'],
    ['decided', 'decide'], ['welcomed', 'welcome'], ['renewed', 'renew'], ['carried', 'carry'], ['died', 'die'], ['cancelled', 'cancel'],
  ])('reads %s as %s', (form, base) => expect(baseOf(form)).toBe(base));

  it('writes past tenses and participles back', () => {
    expect(pastOf('establish')).toBe('established');
    expect(pastOf('take')).toBe('took');
    expect(participleOf('take')).toBe('taken');
    expect(participleOf('set')).toBe('set');
    expect(participleOf('plan')).toBe('planned');
  });
});

describe('events of dates', () => {
  it('gives a sentence with two dates two events, each from its own clause', () => {
    const [first, second] = dateFacts('Fighting broke out in the capital on 3 May 2019, and on 20 May 2019 the Council raised the ceiling.');
    expect(first?.event).toMatchObject({ subject: 'Fighting', action: 'break out', object: 'in the capital', status: 'done' });
    expect(second?.event).toMatchObject({ subject: 'the Council', action: 'raise', object: 'the ceiling', status: 'done' });
  });

  it("gives a resolution's date to its adoption, not to what the sentence says happens later", () => {
    const [f] = dateFacts('UNOM, set up by resolution 1234 of 2 March 2012, would be folded into MINUSMA after resolution 1300 was adopted.');
    expect(f?.event).toMatchObject({ subject: 'the Security Council', action: 'adopt', object: 'resolution 1234', status: 'done' });
  });

  it('asks a plan as a plan', () => {
    const [f] = dateFacts('MINUSMA was to take over from AFISMA on 1 July 2013, subject to review.');
    expect(f?.event).toMatchObject({ subject: 'MINUSMA', action: 'take over', status: 'planned' });
    expect(typed('MINUSMA was to take over from AFISMA on 1 July 2013, subject to review.')).toContain('On what date was MINUSMA due to take over from AFISMA?');
  });

  it('asks when the Security Council established the mission, from the resolution that did it', () => {
    expect(typed('The Security Council established MINUSMA through resolution 2100, adopted on 25 April 2013.')).toContain(
      'On what date did the Security Council establish MINUSMA?',
    );
  });

  it('reads a decision as decided and a passive without its agent as done to its object', () => {
    const [vote] = dateFacts('On 24 December 2013 the Council voted to send 5,500 additional troops.');
    expect(vote?.event).toMatchObject({ action: 'vote to send', status: 'decided' });
    const [, signed] = dateFacts('UNMIS was set up in March 2005, following the signing of the Comprehensive Peace Agreement on 9 January 2005.');
    expect(signed?.event).toMatchObject({ action: 'sign', object: 'the Comprehensive Peace Agreement', passive: true });
    expect(describeEvent(signed?.event as FactEvent)).toBe('The Comprehensive Peace Agreement was signed');
  });

  it('asks "until when" for the end of a period, never when it was decided', () => {
    expect(typed('By resolution 2333 (2016), adopted on 23 December 2016, the Council extended the mandate until 30 March 2018.')).toContain(
      'Until what date did the Council extend the mandate?',
    );
  });

  it('has no event when the clause has no verb it can read, and the prompt quotes the sentence instead', () => {
    const [f] = dateFacts('Formation | 25 August 2006');
    expect(f?.event).toBeUndefined();
  });
});

describe('quantities of figures', () => {
  it('asks how many from the subject and verb of the clause, keeping "up to" as "at most"', () => {
    expect(typed('MINUSMA could comprise up to 11,200 military personnel.')).toContain('How many military personnel could MINUSMA comprise at most?');
  });

  it('asks an authorisation, a change to a number, and a count listed after another with its verb', () => {
    const prompts = typed('The mission was authorized to deploy up to 7,000 military personnel and 900 civilian police. After fighting broke out in Juba in December 2013, resolution 2132 raised the ceiling to 12,500 troops.', 'UNMISS');
    expect(prompts).toContain('According to “UNMISS”, how many military personnel was the mission authorized to deploy at most?');
    expect(prompts).toContain('According to “UNMISS”, how many civilian police was the mission authorized to deploy?');
    expect(prompts).toContain('To how many troops did resolution 2132 raise the ceiling?');
  });
});

describe('naming the source', () => {
  it('names the lesson where the event does not name what it is about', () => {
    const prompts = typed('The mission had been set up by resolution 1270 on 22 October 1999.', 'Sierra Leone');
    expect(prompts.some((p) => p.startsWith('According to “Sierra Leone”, on what date was the mission set up'))).toBe(true);
    expect(prompts.join(' ')).not.toContain('the briefing');
  });
});

describe('what the sentence before says', () => {
  it('reads a sentence-initial It as the mission the sentence before starts with', () => {
    const text = 'UNAMID took over from the African Union Mission in Sudan on 31 December 2007. It was authorized to deploy up to 19,555 military personnel.';
    expect(typed(text)).toContain('How many military personnel was UNAMID authorized to deploy at most?');
  });
});

describe('table rows and measures', () => {
  it('asks a number in a table row by its label, never by blanking the row', () => {
    const prompts = typed('| Team sites | 35 |\n| Fatalities | 289 |', 'UNAMID');
    expect(prompts).toContain('According to “UNAMID”, what figure is given for team sites?');
  });

  it('never offers a length as a wrong count of people', () => {
    const text = 'UNIFIL patrols a 121-kilometre line known as the Blue Line. Since 1978, more than 300 UNIFIL peacekeepers have lost their lives.';
    const qs = generateQuestions(extractFacts(text, { docId: 'd' }), { seed: 3, types: ['choice', 'truefalse'] });
    for (const q of qs.filter((x) => x.factIds.some((id) => id.includes('figure:300')))) expect(`${q.prompt} ${(q.options ?? []).join(' ')}`).not.toContain('121');
  });
});
