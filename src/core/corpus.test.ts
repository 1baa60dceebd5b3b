// The labelled corpus (tests/fixtures/briefings/*.json beside each briefing): recall of what must
// be found, no question on what must never be asked, and no lint defect in any question or quiz.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, generateQuestions, generateQuiz, lintQuestion, lintQuiz, type DocumentFormat, type Fact } from './index';

const dir = path.resolve(__dirname, '../../tests/fixtures/briefings');
const course = path.resolve(__dirname, '../../resources/courses/minusma');

/** The event a date belongs to, as a teacher would name it: words of its subject and object, the verb's base form. */
interface LabelEvent {
  subject: string;
  action: string;
  object: string;
  status: 'planned' | 'decided' | 'done';
}

interface Label {
  format: DocumentFormat;
  style: string;
  /** `event`: the event of a date; a list when more than one reading is right (the resolution's adoption, or what it did that day). */
  mustFind: { kind: Fact['kind']; value: string | number; event?: LabelEvent | LabelEvent[] }[];
  neverAsk: { kind: Fact['kind']; value: string | number }[];
}

const words = (s: string): string[] => s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && w !== 'the');

/** Whether an event found matches a labelled one: same status and verb, and every labelled word of subject and object in it. */
function eventMatches(found: Fact['event'], want: LabelEvent): boolean {
  if (!found || found.status !== want.status || found.action !== want.action) return false;
  const have = new Set(words(`${found.subject} ${found.object} ${found.detail ?? ''}`));
  return [...words(want.subject), ...words(want.object)].every((w) => have.has(w));
}

const formatOf = (file: string): DocumentFormat => (file.endsWith('.html') ? 'html' : file.endsWith('.md') ? 'markdown' : 'text');
const briefings = readdirSync(dir).filter((f) => !f.endsWith('.json')).sort();
const labelled = briefings.filter((f) => existsSync(path.join(dir, f.replace(/\.[a-z]+$/, '.json'))));
const factsOf = (file: string, root = dir): Fact[] => extractFacts(readFileSync(path.join(root, file), 'utf8'), { format: formatOf(file), docId: file });

describe('the labelled corpus', () => {
  it('holds at least twelve briefings, the labelled ones each of its own style', () => {
    expect(briefings.length).toBeGreaterThanOrEqual(12);
    const styles = labelled.map((f) => (JSON.parse(readFileSync(path.join(dir, f.replace(/\.[a-z]+$/, '.json')), 'utf8')) as Label).style);
    expect(new Set(styles).size).toBe(labelled.length);
  });

  it('finds at least 95% of the labelled facts of each kind, and asks nothing it must not', () => {
    const found: Record<string, [number, number]> = { date: [0, 0], resolution: [0, 0], figure: [0, 0] };
    const missed: string[] = [];
    const traps: string[] = [];
    for (const file of labelled) {
      const label = JSON.parse(readFileSync(path.join(dir, file.replace(/\.[a-z]+$/, '.json')), 'utf8')) as Label;
      const facts = factsOf(file);
      for (const want of label.mustFind) {
        const tally = found[want.kind] as [number, number];
        tally[1]++;
        if (facts.some((f) => f.kind === want.kind && f.value === want.value)) tally[0]++;
        else missed.push(`${file}: ${want.kind} ${want.value}`);
      }
      const byId = new Map(facts.map((f) => [f.id, f]));
      for (const q of generateQuestions(facts, { seed: 1 })) {
        for (const id of q.factIds) {
          const f = byId.get(id);
          if (f && label.neverAsk.some((n) => n.kind === f.kind && n.value === f.value)) traps.push(`${file}: ${q.prompt}`);
        }
      }
    }
    for (const [kind, [hit, all]] of Object.entries(found)) expect(hit / all, `${kind} recall; missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    expect(traps, traps.join("\n")).toEqual([]);
  });

  it('finds the event each labelled date belongs to', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const file of labelled) {
      const label = JSON.parse(readFileSync(path.join(dir, file.replace(/\.[a-z]+$/, '.json')), 'utf8')) as Label;
      const facts = factsOf(file);
      for (const want of label.mustFind) {
        if (want.kind !== 'date' || !want.event) continue;
        count++;
        const options = Array.isArray(want.event) ? want.event : [want.event];
        const found = facts.filter((f) => f.kind === 'date' && f.value === want.value);
        if (!found.some((f) => options.some((o) => eventMatches(f.event, o)))) {
          wrong.push(`${file} ${String(want.value)}: found ${found.map((f) => JSON.stringify(f.event ?? null)).join(' / ')}`);
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(30);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('writes order items from events and match labels that read alone, on the corpus and the bundled course', () => {
    const sources = [...briefings.map((f) => [f, dir] as const), ...readdirSync(course).filter((f) => f.endsWith('.md')).map((f) => [f, course] as const)];
    let orders = 0;
    let matches = 0;
    for (const [file, root] of sources) {
      const facts = factsOf(file, root);
      const byId = new Map(facts.map((f) => [f.id, f]));
      for (const q of generateQuestions(facts, { seed: 1, types: ['order', 'match'], lessonTitle: () => 'Lesson' })) {
        const items = q.options ?? [];
        expect(new Set(items).size, q.prompt).toBe(items.length);
        for (const item of items) expect(item, `${file}: ${item}`).toMatch(/^[A-Z][^…]*[A-Za-z0-9)]$/);
        if (q.type === 'order') {
          orders++;
          for (const id of q.factIds) expect(byId.get(id)?.event, `${file}: ${id}`).toBeDefined();
        } else matches++;
        expect(q.prompt).not.toContain('the briefing');
      }
    }
    expect(orders).toBeGreaterThanOrEqual(6);
    expect(matches).toBeGreaterThanOrEqual(2);
  });

  it.each([...briefings.map((f) => [f, dir] as const), ...readdirSync(course).filter((f) => f.endsWith('.md')).map((f) => [f, course] as const)])(
    'writes no question the linter faults for %s',
    (file, root) => {
      const facts = factsOf(file, root);
      const all = generateQuestions(facts, { seed: 1 });
      expect(all.flatMap((q) => lintQuestion(q, facts))).toEqual([]);
      for (const seed of [1, 2]) {
        const quiz = generateQuiz(facts, { seed, count: 10 });
        expect([...quiz.flatMap((q) => lintQuestion(q, facts)), ...lintQuiz(quiz, facts)]).toEqual([]);
      }
    },
  );
});
