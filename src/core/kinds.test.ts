// Names, acronyms and list items: found in hand-labelled briefings, and asked without generic words.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractWordFacts } from './kinds';
import { findAcronyms, looseForm, looseMatch } from './acronyms';
import { findInlineList } from './lists';
import { findNames } from './names';
import { generateQuestions, gradeResponse, lintQuestion, questionProblems, type Fact, type Question } from './index';
import { loadCourse } from './course';
import { courseFacts, courseFactsTable } from './course-facts';
import { eventPhrase } from './event-phrase';
import { extractFacts } from './facts';

const fixtures = path.resolve(__dirname, '../../tests/fixtures');
interface Labels {
  names: string[];
  acronyms: Record<string, string>;
  lists: string[];
}
const labels = JSON.parse(readFileSync(path.join(fixtures, 'words/labels.json'), 'utf8')) as { briefings: Record<string, Labels> };
const formatOf = (f: string): 'markdown' | 'html' | 'text' => (f.endsWith('.md') ? 'markdown' : f.endsWith('.html') ? 'html' : 'text');
const factsOf = (file: string): Fact[] => extractWordFacts(readFileSync(path.join(fixtures, file), 'utf8'), { format: formatOf(file), docId: file });
const within = (inner: string, outer: string): boolean => ` ${looseForm(outer)} `.includes(` ${looseForm(inner)} `);

describe('word facts on the labelled briefings', () => {
  const found = { names: 0, acronyms: 0, lists: 0 };
  const total = { names: 0, acronyms: 0, lists: 0 };
  const missed: string[] = [];
  for (const [file, want] of Object.entries(labels.briefings)) {
    const facts = factsOf(file);
    const names = facts.filter((f) => f.kind === 'name').map((f) => String(f.value));
    for (const n of want.names) {
      total.names++;
      // A name found inside a longer one (`Lebanon` in `United Nations Interim Force in Lebanon`) counts.
      if (names.some((v) => within(n, v))) found.names++;
      else missed.push(`${file}: name ${n}`);
    }
    for (const [acr, long] of Object.entries(want.acronyms)) {
      total.acronyms++;
      if (facts.some((f) => f.kind === 'acronym' && f.value === acr && looseMatch(long, f.expansion ?? ''))) found.acronyms++;
      else missed.push(`${file}: acronym ${acr}`);
    }
    for (const item of want.lists) {
      total.lists++;
      if (facts.some((f) => f.kind === 'list' && looseMatch(item, String(f.value)))) found.lists++;
      else missed.push(`${file}: list item ${item}`);
    }
  }
  it('finds at least 85% of the labelled names, acronyms and list items', () => {
    const all = found.names + found.acronyms + found.lists;
    const of = total.names + total.acronyms + total.lists;
    expect(all / of, missed.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(found.names / total.names, missed.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(found.acronyms / total.acronyms).toBeGreaterThanOrEqual(0.85);
    expect(found.lists / total.lists).toBeGreaterThanOrEqual(0.85);
  });

  it('never offers a generic word as an answer or option', () => {
    const generic = /^(?:the )?(?:mission|state|states|government|council|office|force|forces|nations|united|un|key|resolution)$/i;
    for (const file of Object.keys(labels.briefings)) {
      const facts = factsOf(file);
      for (const q of generateQuestions(facts, { seed: 3 })) {
        for (const o of [...(q.options ?? []), typeof q.answer === 'string' ? q.answer : '']) expect(o, q.prompt).not.toMatch(generic);
      }
    }
  });
});

describe('names', () => {
  it('types places, forces, bodies and nationalities', () => {
    const names = findNames('French forces in Mali backed the Malian defence and security forces, and 395 Chinese peacekeepers served in Gao for the Security Council.', new Set());
    expect(names.map((n) => [n.value, n.nameType])).toEqual([
      ['French forces', 'organisation'],
      ['Mali', 'place'],
      ['Malian defence and security forces', 'organisation'],
      ['Chinese', 'nationality'],
      ['Gao', 'place'],
      ['Security Council', 'organisation'],
    ]);
  });

  it('does not take a sentence’s first word, a document symbol or a modifier for a name', () => {
    const values = findNames('Straight after that, S/RES/2566 gave an African-led mission the task.', new Set()).map((n) => n.value);
    expect(values).toEqual([]);
  });
});

describe('acronyms', () => {
  it('reads both orders and the spelled-out forms', () => {
    expect(findAcronyms('The United Nations Office in Mali (UNOM) came earlier.')).toMatchObject([{ value: 'UNOM', expansion: 'United Nations Office in Mali' }]);
    expect(findAcronyms('AFISMA stands for the African-led International Support Mission in Mali.')).toMatchObject([
      { value: 'AFISMA', expansion: 'African-led International Support Mission in Mali' },
    ]);
    // MINUSMA is built from the French name: its letters are not the English initials in order.
    expect(findAcronyms('MINUSMA is the short name of the United Nations Multidimensional Integrated Stabilization Mission in Mali.')).toHaveLength(1);
  });

  it('grades a typed long form ignoring case, accents, hyphens and a leading “the”', () => {
    const q = generateQuestions(factsOf('words/unmiss-mandate.md'), { seed: 1, types: ['typed'], kinds: ['acronym'] }).find((x) => x.answer === 'Intergovernmental Authority on Development');
    expect(q).toBeDefined();
    expect(gradeResponse(q!, 'the intergovernmental authority on development').correct).toBe(true);
    expect(looseMatch('Sévaré', 'Sevare')).toBe(true);
    expect(looseMatch('African-led International Support Mission in Mali', 'african led international support mission in mali')).toBe(true);
    expect(gradeResponse(q!, 'Intergovernmental Authority').correct).toBe(false);
  });
});

describe('lists', () => {
  it('keeps an item joined by “and” inside one phrase as one item', () => {
    expect(findInlineList('The mandate covered three tasks: protecting civilians, monitoring human rights and free, inclusive and peaceful elections.')).toEqual([]);
    expect(findInlineList('It had causes such as weak institutions; ineffective governance; and fragile social cohesion.').map((i) => i.value)).toEqual([
      'weak institutions',
      'ineffective governance',
      'fragile social cohesion',
    ]);
  });

  it('reads a long run of capitalised words in linear time', () => {
    const text = 'Alpha '.repeat(20_000) + '(ABC). ' + 'Word, '.repeat(20_000) + '.';
    const t0 = performance.now();
    extractWordFacts(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('the MINUSMA course', () => {
  const dir = path.resolve(__dirname, '../../resources/courses/minusma');
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir)) files[f] = readFileSync(path.join(dir, f), 'utf8');
  const course = loadCourse(files).course!;
  const facts = [...courseFacts(course).values()].flat();
  const key = (q: Question): string => `${q.type}|${q.prompt}|${JSON.stringify(q.answer)}`;

  it('takes the glossary’s terms from the build-time table, and works them out when the glossary changed', () => {
    const table = courseFactsTable([course]);
    const terms = (t: typeof table, c = course): Fact[] => [...courseFacts(c, t).values()].flat().filter((f) => f.kind === 'term');
    expect(terms(table)).toEqual(terms({}));
    const stored = table['minusma']?.['#glossary'];
    expect(stored?.facts.length).toBeGreaterThan(10);
    stored!.facts = [{ ...stored!.facts[0]!, id: 'from-the-table' }];
    expect(terms(table).map((f) => f.id)).toEqual(['from-the-table']);
    const changed = { ...course, glossary: course.glossary.slice(1) };
    expect(terms(table, changed)).toEqual(terms({}, changed));
  });

  it('yields at least 8 distinct questions in every lesson and 150 over 50 facts in all, none the linter faults', () => {
    const all = new Set<string>();
    const asked = new Set<string>();
    for (const lesson of course.lessons) {
      const qs = generateQuestions(facts, { seed: 1, docIds: [lesson.id], lessonTitle: (d) => course.lessons.find((l) => l.id === d)?.title });
      expect(new Set(qs.map(key)).size, lesson.id).toBeGreaterThanOrEqual(8);
      for (const q of qs) {
        expect(questionProblems(q, facts), q.prompt).toEqual([]);
        expect(lintQuestion(q, facts).map((i) => i.message), q.prompt).toEqual([]);
        all.add(key(q));
        q.factIds.forEach((id) => asked.add(id));
      }
    }
    expect(all.size).toBeGreaterThanOrEqual(150);
    expect(asked.size).toBeGreaterThanOrEqual(50);
  });
});

describe('which came first', () => {
  it('writes a dated event as a phrase, and has none for a clause it cannot read', () => {
    expect(eventPhrase('The Security Council set up MINUSMA in resolution 2100, which it adopted')).toBe('the Security Council setting up MINUSMA in resolution 2100');
    expect(eventPhrase('MINUSMA was to take over authority from AFISMA')).toBe('MINUSMA taking over authority from AFISMA');
    expect(eventPhrase('UNOM had been set up under resolution 2085, which the Security Council adopted')).toBe('UNOM being set up under resolution 2085');
    expect(eventPhrase("The mission's operations were to cease, and its personnel to withdraw")).toBe("the mission's operations ceasing");
    expect(eventPhrase('France launched Operation Serval')).toBe('France launching Operation Serval');
    expect(eventPhrase('This course describes the mission as it stood')).toBeNull();
    expect(eventPhrase('It was extended')).toBeNull();
    expect(eventPhrase('the Council met in 2013 to review it')).toBeNull();
  });

  it('asks two dated events of a briefing in their order, from their phrases', () => {
    const text = 'On 11 January 2013, France launched Operation Serval. On 25 April 2013, the Security Council established MINUSMA. On 1 July 2013, MINUSMA took over authority from AFISMA.';
    const facts = extractFacts(text);
    const qs = generateQuestions(facts, { seed: 2, types: ['truefalse'] }).filter((q) => q.factIds.length === 2 && q.kind === 'date');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.prompt).toMatch(/^Did (?:France launching Operation Serval|the Security Council establishing MINUSMA|MINUSMA taking over authority from AFISMA) come before (?:France launching|the Security Council establishing|MINUSMA taking over)/);
      const [a, b] = q.factIds.map((id) => facts.find((f) => f.id === id)!);
      expect(q.answer).toBe(String(a!.value) < String(b!.value));
    }
  });
});

describe('page furniture in word facts', () => {
  it('never takes the place of a dateline for a name to ask about', () => {
    const facts = extractWordFacts('FREETOWN, Feb 8 (Reuters) – The Security Council voted to enlarge the force in Sierra Leone.\n\nNEW YORK, 12 March 2019 — The Council heard a briefing on Mali.');
    const names = facts.filter((f) => f.kind === 'name').map((f) => f.value);
    expect(names).toEqual(expect.arrayContaining(['Security Council', 'Sierra Leone']));
    expect(names).not.toContain('FREETOWN');
    expect(names).not.toContain('NEW YORK');
  });
});
