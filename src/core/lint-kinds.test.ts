// The linter's rules for word questions, each on a question a teacher would send back; and the
// writer's output on the course and the corpus, which must pass them all.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact, Question } from './types';
import { lintQuestion } from './lint';
import { extractWordFacts } from './kinds';
import { extractFacts } from './facts';
import { generateQuestions } from './questions';
import { isWordKind } from './lint-kinds';

const sentence = 'MINUSMA was to take over authority from AFISMA, with a light presence in Gao and Timbuktu.';
const name = (value: string, nameType: Fact['nameType'], extra: Partial<Fact> = {}): Fact => {
  const start = sentence.indexOf(value);
  return { id: `name:${value}`, kind: 'name', value, text: value, start, end: start + value.length, sentence, about: sentence, nameType, focus: { start, end: start + value.length }, docId: 'l1', ...extra };
};
const facts: Fact[] = [
  name('MINUSMA', 'organisation'),
  name('AFISMA', 'organisation'),
  name('Gao', 'place'),
  name('Timbuktu', 'place'),
  { id: 'acr:UNOM', kind: 'acronym', value: 'UNOM', expansion: 'United Nations Office in Mali', text: '', start: 0, end: 0, sentence: 'The United Nations Office in Mali (UNOM) came earlier.', about: '', docId: 'l1' },
  ...['weak State institutions', 'ineffective governance', 'fragile social cohesion'].map((v, i): Fact => ({ id: `list:${i}`, kind: 'list', value: v, list: 'Structural conditions', text: v, start: i, end: i + 1, sentence: v, about: 'Structural conditions', docId: 'l1' })),
  { id: 'list:other', kind: 'list', value: 'corruption', list: 'Recent factors', text: 'corruption', start: 9, end: 10, sentence: 'corruption', about: 'Recent factors', docId: 'l1' },
  { id: 'term:ipo', kind: 'term', value: 'individual police officer', text: '', start: 0, end: 0, sentence: 'A police officer who serves on their own.', about: 'A police officer who serves on their own.', docId: 'l1' },
];
const q = (over: Partial<Question>): Question => ({ id: 'q', type: 'choice', kind: 'name', prompt: 'Which?', answer: '', factIds: [], explanation: 'From the briefing: "x"', ...over });
const rules = (question: Question): string[] => lintQuestion(question, facts).map((i) => i.rule);
const cloze = 'In the briefing: “___ was to take over authority from AFISMA”. Which mission or office fills the gap?';

describe('the word-question linter', () => {
  it('faults a generic word offered as a distractor', () => {
    expect(rules(q({ factIds: ['name:MINUSMA'], prompt: cloze, options: ['MINUSMA', 'Mission', 'UNMIL', 'UNOCI'], answer: 'MINUSMA' }))).toContain('generic-distractor');
  });

  it('faults a town among countries and a body among missions', () => {
    const where = 'In the briefing: “with a light presence in ___”. Which place fills the gap?';
    expect(rules(q({ factIds: ['name:Gao'], prompt: where, options: ['Gao', 'Kidal', 'Mopti', 'Senegal'], answer: 'Gao' }))).toContain('mixed-distractor');
    expect(rules(q({ factIds: ['name:MINUSMA'], prompt: cloze, options: ['MINUSMA', 'Security Council', 'UNMIL', 'UNOCI'], answer: 'MINUSMA' }))).toContain('mixed-distractor');
    expect(rules(q({ factIds: ['name:Gao'], prompt: where, options: ['Gao', 'Kidal', 'Mopti', 'Ménaka'], answer: 'Gao' }))).toEqual([]);
  });

  it('faults another name of the same sentence that would also be right', () => {
    const where = 'In the briefing: “with a light presence in ___”. Which place fills the gap?';
    expect(rules(q({ factIds: ['name:Gao'], prompt: where, options: ['Gao', 'Kidal', 'Mopti', 'Timbuktu'], answer: 'Gao' }))).toContain('also-right');
    const statement = 'Is this what the briefing says: “MINUSMA was to take over authority from AFISMA, with a light presence in Timbuktu and Timbuktu”?';
    expect(rules(q({ type: 'truefalse', factIds: ['name:Gao'], prompt: statement, answer: false }))).toContain('also-right');
  });

  it('faults a gap whose other form stands beside it', () => {
    const shown = 'In the briefing: “The ___ (UNOM) came earlier”. Which mission or office fills the gap?';
    const f: Fact = { ...name('MINUSMA', 'organisation'), id: 'name:UNOM-long', value: 'United Nations Office in Mali' };
    expect(lintQuestion(q({ factIds: [f.id], prompt: shown, options: ['United Nations Office in Mali', 'United Nations Mission in Liberia', 'United Nations Interim Force in Lebanon', 'United Nations Mission in South Sudan'], answer: 'United Nations Office in Mali' }), [...facts, f]).map((i) => i.rule)).toContain('acronym-shown');
  });

  it('faults a list’s own item offered as the wrong one, and an odd one out that is in the list', () => {
    const options = ['Fragile social cohesion', 'Ineffective governance', 'Corruption', 'Weak State institutions'];
    expect(rules(q({ kind: 'list', factIds: ['list:0'], prompt: 'Which of these is listed under “Structural conditions” in the briefing?', options, answer: 'Weak State institutions' }))).toContain('same-list-distractor');
    expect(rules(q({ kind: 'list', factIds: ['list:0'], prompt: 'Which of these is NOT listed under “Structural conditions” in the briefing?', options, answer: 'Corruption' }))).toEqual([]);
    expect(rules(q({ kind: 'list', factIds: ['list:0'], prompt: 'Which of these is NOT listed under “Structural conditions” in the briefing?', options, answer: 'Ineffective governance' }))).toContain('same-list-distractor');
    expect(rules(q({ kind: 'list', type: 'truefalse', factIds: ['list:0'], prompt: 'Is “ineffective governance” listed under “Structural conditions” in the briefing?', answer: false }))).toContain('same-list-distractor');
  });

  it('faults a definition that contains its term, and a word answer shown in its prompt', () => {
    expect(rules(q({ kind: 'term', type: 'typed', factIds: ['term:ipo'], prompt: 'Which glossary term means: “A police officer who serves on their own”?', answer: 'individual police officer' }))).toContain('term-in-definition');
    expect(rules(q({ factIds: ['name:AFISMA'], type: 'typed', prompt: 'In the briefing: “AFISMA handed over to ___”. Which mission fills the gap?', answer: 'AFISMA' }))).toContain('answer-in-prompt');
  });

  it('does not fault an acronym question for showing the acronym it asks to spell out', () => {
    expect(rules(q({ kind: 'acronym', type: 'typed', factIds: ['acr:UNOM'], prompt: 'In the briefing, what does UNOM stand for?', answer: 'United Nations Office in Mali' }))).toEqual([]);
  });
});

const fixtures = path.resolve(__dirname, '../../tests/fixtures');
const formatOf = (f: string): 'markdown' | 'html' | 'text' => (f.endsWith('.md') ? 'markdown' : f.endsWith('.html') ? 'html' : 'text');
const isWordQuestion = (q: Question): boolean => isWordKind(q.kind) || (q.kind === 'date' && q.factIds.length === 2 && q.type !== 'order' && q.type !== 'match');

describe('the word questions of the corpus', () => {
  for (const folder of ['briefings', 'words']) {
    for (const file of readdirSync(path.join(fixtures, folder)).filter((f) => !f.endsWith('.json'))) {
      it(`pass the linter: ${folder}/${file}`, () => {
        const text = readFileSync(path.join(fixtures, folder, file), 'utf8');
        const id = `${folder}/${file}`;
        const all = [...extractFacts(text, { format: formatOf(file), docId: id }), ...extractWordFacts(text, { format: formatOf(file), docId: id })];
        const qs = generateQuestions(all, { seed: 1 }).filter(isWordQuestion);
        const faults = qs.flatMap((x) => lintQuestion(x, all).map((i) => `${i.rule}: ${i.message} — ${x.prompt}`));
        expect(faults).toEqual([]);
      });
    }
  }
});
