// The labelled corpus (tests/fixtures/briefings/*.json beside each briefing): recall of what must
// be found, no question on what must never be asked, and no lint defect in any question or quiz.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, generateQuestions, generateQuiz, lintQuestion, lintQuiz, type DocumentFormat, type Fact } from './index';

const dir = path.resolve(__dirname, '../../tests/fixtures/briefings');
const course = path.resolve(__dirname, '../../resources/courses/minusma');

interface Label {
  format: DocumentFormat;
  style: string;
  mustFind: { kind: Fact['kind']; value: string | number; event?: string }[];
  neverAsk: { kind: Fact['kind']; value: string | number }[];
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
