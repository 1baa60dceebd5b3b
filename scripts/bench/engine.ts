// Times extract+generate for the seed, the bundled course and generated 1, 2 and 5 MB briefings,
// against one plain regular-expression pass over the same text as the baseline.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFacts, generateQuestions, htmlToText } from '../../src/core/index';
import { pathologicalShapes } from '../../src/core/shapes';

const ROOT = resolve(__dirname, '../..');
const SEED = resolve(ROOT, 'tests/fixtures/seed/minusma-briefing.txt');
const COURSE = join(ROOT, 'resources/courses/minusma');
const BRIEFINGS = join(ROOT, 'tests/fixtures/briefings');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => void, runs: number): number {
  fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

// The baseline: one pass of a simple number-finding expression, the least any extractor must do.
function baseline(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\d+/g)) n++;
  return n;
}

function engine(text: string, format: 'text' | 'markdown'): void {
  const facts = extractFacts(text, { format, docId: 'bench' });
  generateQuestions(facts, { seed: 1, count: 20 });
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(7) + ' ms';

function report(label: string, text: string, format: 'text' | 'markdown', runs: number): number {
  const e = time(() => engine(text, format), runs);
  const b = time(() => baseline(text), runs);
  console.log(
    `engine  ${label.padEnd(12)}  extract+generate ${fmt(e)}   baseline(regex pass) ${fmt(b)}   ratio ${Math.round(e / Math.max(b, 1e-6))}x`,
  );
  return e;
}

/**
 * A long briefing made of real prose: the seed's paragraphs again and again, with every number and
 * year shifted per copy so that no two copies give the same facts. Fact density is the seed's.
 */
function generated(bytes: number, prose: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const copy = prose.replace(/\d[\d,]*/g, (n) => {
      const v = Number(n.replace(/,/g, ''));
      if (v >= 1990 && v <= 2030) return String(1990 + ((v - 1990 + i) % 40));
      return (v + (i % 97)).toLocaleString('en-US');
    });
    parts.push(copy, '\n\n');
    size += copy.length + 2;
  }
  return parts.join('').slice(0, bytes);
}

/** Paragraphs packed with facts (about one every 55 bytes, five times the seed): a worst case. */
function dense(bytes: number): string {
  const months = ['January', 'March', 'May', 'July', 'September', 'November'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p =
      `In the course of ${(i % 9) + 2} years, ${100 + (i % 400)} peacekeepers have been killed in mission ${i}. ` +
      `The Security Council adopted resolution ${2000 + (i % 700)} (${2000 + (i % 24)}) on ${(i % 28) + 1} ${months[i % 6]} ${2000 + (i % 24)}, ` +
      `authorizing up to ${(1000 + i * 7).toLocaleString('en-US')} military personnel and ${200 + (i % 900)} police. ` +
      `The U.N. mission began operations before the end of ${months[(i + 1) % 6]} ${2001 + (i % 23)}; this was the fifth force sent.\n\n`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('').slice(0, bytes);
}

/** CPU milliseconds (user + system) of one call: wall time on a shared machine says little. */
function cpu(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
}

/**
 * Varied text: every briefing of the corpus (each its own style) and the course's lessons, in turn,
 * each copy with its numbers and years shifted, as plain text.
 */
function varied(bytes: number): string {
  const docs: string[] = [];
  if (existsSync(BRIEFINGS)) {
    for (const f of readdirSync(BRIEFINGS).sort()) {
      if (f.endsWith('.json')) continue;
      const raw = readFileSync(join(BRIEFINGS, f), 'utf8');
      docs.push(f.endsWith('.html') ? htmlToText(raw) : raw);
    }
  }
  if (existsSync(COURSE)) for (const f of readdirSync(COURSE).filter((x) => x.endsWith('.md')).sort()) docs.push(readFileSync(join(COURSE, f), 'utf8'));
  if (docs.length === 0) docs.push('MINUSMA would comprise up to 11,200 military personnel and 1,440 police from 1 July 2013.');
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const doc = docs[i % docs.length] as string;
    const round = Math.floor(i / docs.length);
    const copy = doc.replace(/\d[\d,]*/g, (n) => {
      const v = Number(n.replace(/,/g, ''));
      if (v >= 1990 && v <= 2030) return String(1990 + ((v - 1990 + round) % 40));
      return (v + (round % 97)).toLocaleString('en-US');
    });
    parts.push(copy, '\n\n');
    size += copy.length + 2;
  }
  return parts.join('').slice(0, bytes);
}

function shapes(): void {
  let worst = { name: '', ms: 0 };
  const over: string[] = [];
  let dates = 0;
  for (const { name, text } of pathologicalShapes(100_000)) {
    for (const format of ['text', 'markdown', 'html'] as const) {
      // The best of three: on a shared machine one run can lose its core half-way through.
      const ms = Math.min(...[0, 1, 2].map(() => cpu(() => generateQuestions(extractFacts(text, { format }), { seed: 1, count: 20 }))));
      if (ms > worst.ms) worst = { name: `${name} (${format})`, ms };
      if (ms > 200) over.push(`${name} (${format}) ${ms.toFixed(0)} ms`);
      if (name === 'dates' && format === 'text') dates = ms;
    }
  }
  console.log(`engine  dates         7,000 dates in one 100 KB sentence ${fmt(dates)} CPU  (bound 200 ms: ${dates <= 200 ? 'met' : 'NOT met'})`);
  console.log(`engine  degenerate    worst 100 KB shape ${fmt(worst.ms)} CPU: ${worst.name}  (bound 200 ms: ${worst.ms <= 200 ? 'met' : 'NOT met'}${over.length ? `; over: ${over.join(', ')}` : ''})`);
}

/** The whole generate command as a user runs it, beside a bare `node` start. */
function cli(): void {
  const file = existsSync(SEED) ? SEED : join(BRIEFINGS, readdirSync(BRIEFINGS)[0] as string);
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const wall = (cmd: string, args: string[]): number => {
    const xs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      spawnSync(cmd, args, { cwd: ROOT, stdio: 'ignore' });
      xs.push(performance.now() - t);
    }
    return median(xs);
  };
  const bare = wall(process.execPath, ['-e', '']);
  const gen = wall(tsx, [join(ROOT, 'src/cli/generate.ts'), file]);
  console.log(`engine  cli           generate (whole process) ${fmt(gen)}   bare node start ${fmt(bare)}   ratio ${Math.round(gen / Math.max(bare, 1e-6))}x`);
}

export async function run(): Promise<void> {
  const seed = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  if (seed) report('seed', seed, 'text', 21);
  else console.log('engine  seed: not found at ' + SEED);
  const lessons = existsSync(COURSE) ? readdirSync(COURSE).filter((f) => f.endsWith('.md')).sort() : [];
  if (lessons.length > 0) {
    const course = lessons.map((f) => readFileSync(join(COURSE, f), 'utf8')).join('\n\n');
    report('course', course, 'markdown', 21);
  } else {
    console.log('engine  course: not present yet');
  }
  const prose = seed || 'MINUSMA would comprise up to 11,200 military personnel and 1,440 police from 1 July 2013.';
  const perMb: number[] = [];
  for (const mb of [1, 2, 5]) {
    const e = report(`${mb} MB`, generated(mb * 1024 * 1024, prose), 'text', mb === 5 ? 5 : 7);
    perMb.push(e / mb);
  }
  const spread = Math.max(...perMb) / Math.min(...perMb);
  report('5 MB dense', dense(5 * 1024 * 1024), 'text', 3);
  const text = varied(5 * 1024 * 1024);
  engine(text.slice(0, 100_000), 'text');
  const ms = Math.min(cpu(() => engine(text, 'text')), cpu(() => engine(text, 'text')));
  console.log(`engine  5 MB varied   extract+generate ${fmt(ms)} CPU, best of 2  (bound 1000 ms: ${ms <= 1000 ? 'met' : 'NOT met'})`);
  shapes();
  cli();
  console.log(`engine  growth        ms per MB ${perMb.map((x) => x.toFixed(0)).join(' / ')} (spread ${spread.toFixed(2)}x; 1.00x is linear)`);
}
