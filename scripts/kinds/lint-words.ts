// Lints the word-kind questions (names, acronyms, lists, terms, which came first) of the bundled
// course and the corpus: `npx tsx scripts/kinds/lint-words.ts [--quiet]`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCourse } from '../../src/core/course';
import { courseFacts } from '../../src/core/course-facts';
import { extractFacts, generateQuestions, lintQuestion, type Fact, type Question } from '../../src/core/index';
import { extractWordFacts } from '../../src/core/kinds';

const quiet = process.argv.includes('--quiet');
const isWord = (q: Question): boolean => ['name', 'acronym', 'list', 'term'].includes(q.kind) || (q.kind === 'date' && q.factIds.length === 2 && q.type === 'truefalse');
const counts = new Map<string, number>();
let total = 0;
let flagged = 0;

function lintAll(label: string, facts: Fact[], qs: Question[]): void {
  for (const q of qs.filter(isWord)) {
    total++;
    const issues = lintQuestion(q, facts);
    if (issues.length === 0) continue;
    flagged++;
    for (const i of issues) {
      counts.set(i.rule, (counts.get(i.rule) ?? 0) + 1);
      if (!quiet) console.log(`${label} [${i.rule}] ${i.message}\n    ${q.type}: ${q.prompt}${q.options ? `\n    options: ${q.options.join(' | ')}` : ''}\n    answer: ${JSON.stringify(q.answer)}`);
    }
  }
}

const dir = path.resolve('resources/courses/minusma');
const files: Record<string, string> = {};
for (const f of readdirSync(dir)) files[f] = readFileSync(path.join(dir, f), 'utf8');
const course = loadCourse(files).course!;
const cfacts = [...courseFacts(course).values()].flat();
const title = (d: string | undefined): string | undefined => course.lessons.find((l) => l.id === d)?.title;
for (const seed of [1, 7]) lintAll('course', cfacts, generateQuestions(cfacts, { seed, lessonTitle: title }));

const fixtures = path.resolve('tests/fixtures');
const formatOf = (f: string): 'markdown' | 'html' | 'text' => (f.endsWith('.md') ? 'markdown' : f.endsWith('.html') ? 'html' : 'text');
for (const folder of ['briefings', 'words']) {
  for (const f of readdirSync(path.join(fixtures, folder))) {
    if (f.endsWith('.json')) continue;
    const text = readFileSync(path.join(fixtures, folder, f), 'utf8');
    const id = `${folder}/${f}`;
    const facts = [...extractFacts(text, { format: formatOf(f), docId: id }), ...extractWordFacts(text, { format: formatOf(f), docId: id })];
    for (const seed of [1, 7]) lintAll(id, facts, generateQuestions(facts, { seed }));
  }
}
console.log(`word questions: ${total}, flagged ${flagged}; ${[...counts].map(([r, n]) => `${r} ${n}`).join(', ') || 'no defects'}`);
