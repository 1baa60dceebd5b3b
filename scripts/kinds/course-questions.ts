// Counts the distinct questions each lesson of a bundled course yields, and lints them:
// `npx tsx scripts/kinds/course-questions.ts [course] [--show N]`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCourse } from '../../src/core/course';
import { courseFacts } from '../../src/core/course-facts';
import { generateQuestions, lintQuestion, questionProblems } from '../../src/core/index';

const id = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'minusma';
const show = process.argv.includes('--show') ? Number(process.argv[process.argv.indexOf('--show') + 1]) : 0;
const dir = path.resolve('resources/courses', id);
const files: Record<string, string> = {};
for (const f of readdirSync(dir)) files[f] = readFileSync(path.join(dir, f), 'utf8');
const { course } = loadCourse(files);
if (!course) throw new Error(`cannot load ${id}`);
const t0 = performance.now();
const byLesson = courseFacts(course);
const ms = performance.now() - t0;
const facts = [...byLesson.values()].flat();
const title = (d: string | undefined): string | undefined => course.lessons.find((l) => l.id === d)?.title;
const key = (q: { type: string; prompt: string; answer: unknown }): string => `${q.type}|${q.prompt}|${JSON.stringify(q.answer)}`;
const all = new Set<string>();
const asked = new Set<string>();
let problems = 0;
for (const lesson of course.lessons) {
  const qs = generateQuestions(facts, { seed: 1, docIds: [lesson.id], lessonTitle: title });
  const distinct = new Set(qs.map(key));
  for (const q of qs) {
    all.add(key(q));
    q.factIds.forEach((f) => asked.add(f));
    const p = [...questionProblems(q, facts), ...lintQuestion(q, facts).map((i) => `${i.rule}: ${i.message}`)];
    if (p.length) {
      problems++;
      console.log('  lint:', p.join(', '), '—', q.prompt);
    }
  }
  const kinds = new Map<string, number>();
  for (const q of qs) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
  console.log(`${lesson.order}. ${lesson.title}: ${distinct.size} distinct questions (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`);
}
console.log(`course: ${all.size} distinct questions over ${asked.size} facts (${facts.length} facts found in ${ms.toFixed(1)} ms); ${problems} with problems`);
if (show > 0) {
  const qs = generateQuestions(facts, { seed: 7, lessonTitle: title }).filter((q) => !['date', 'resolution', 'figure'].includes(q.kind) || q.factIds.length === 2);
  for (const q of qs.slice(0, show)) {
    console.log(`\n[${q.kind}/${q.type}] ${q.prompt}`);
    if (q.left) console.log('   left:', q.left.join(' | '));
    if (q.options) console.log('   options:', q.options.join(' | '));
    console.log('   answer:', JSON.stringify(q.answer));
  }
}
