// Command-line preview of the quiz engine: `npm run generate -- FILE [--json] [--seed N] [--count N]`.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFacts, formatFactValue, generateQuiz, lintQuestion, lintQuiz, lintSummary, type DocumentFormat, type Fact, type LintIssue, type Question } from '../core/index';
import { extractWordFacts } from '../core/kinds';

const MAX_BYTES = 10 * 1024 * 1024;

/** A problem the user can fix; printed as one line, never as a stack trace. */
class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

interface Args {
  file: string;
  json: boolean;
  seed: number;
  count: number;
}

const USAGE = 'usage: generate FILE [--json] [--seed N] [--count N]';

function parse(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, seed: { type: 'string' }, count: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (err) {
    throw new CliError(`generate: ${err instanceof Error ? err.message : String(err)}; ${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new CliError(USAGE, 2);
  if (positionals.length !== 1) throw new CliError(`generate: expected one FILE; ${USAGE}`, 2);
  const int = (name: string, raw: string | undefined, fallback: number): number => {
    if (raw === undefined) return fallback;
    if (!/^\d{1,9}$/.test(raw)) throw new CliError(`generate: --${name} must be a whole number, got "${raw}"`, 2);
    return Number(raw);
  };
  return {
    file: positionals[0] as string,
    json: values.json === true,
    seed: int('seed', values.seed, 1),
    count: int('count', values.count, 10),
  };
}

function formatOf(file: string): DocumentFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}

/**
 * The title prompts name the document by: its front matter or first heading, its HTML title, or
 * its file name (`wire-unamsil.txt` → `wire unamsil`).
 */
export function titleOf(text: string, format: DocumentFormat, file: string): string {
  const front = /^---\r?\n[\s\S]*?^title:\s*["']?([^"'\r\n]{2,100})["']?\s*$/m.exec(text);
  if (format === 'markdown' && front && text.startsWith('---')) return (front[1] as string).trim();
  const heading = format === 'markdown' ? /^#\s+(.{2,100})$/m.exec(text) : format === 'html' ? /<title[^>]*>([^<]{2,100})<\/title>|<h1[^>]*>([^<]{2,100})<\/h1>/i.exec(text) : null;
  const found = heading ? (heading[1] ?? heading[2]) : undefined;
  if (found) return found.replace(/\s+/g, ' ').trim();
  return basename(file).replace(/\.[A-Za-z0-9]+$/, '').replace(/[-_]+/g, ' ');
}

function read(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new CliError(`generate: not a file: ${file}`, 1);
    size = st.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`generate: file not found: ${file}`, 1);
  }
  if (size > MAX_BYTES) throw new CliError(`generate: file is larger than 10 MB: ${file}`, 1);
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    throw new CliError(`generate: cannot read file: ${file}`, 1);
  }
  if (buf.length === 0) throw new CliError(`generate: file is empty: ${file}`, 1);
  if (buf.includes(0)) throw new CliError(`generate: file looks binary (NUL bytes): ${file}`, 1);
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new CliError(`generate: file is empty: ${file}`, 1);
  return text;
}

function jsonFact(f: Fact): Record<string, unknown> {
  const out: Record<string, unknown> = { id: f.id, kind: f.kind, value: f.value, text: f.text, sentence: f.sentence, about: f.about };
  if (f.event) out.event = f.event;
  if (f.nameType) out.nameType = f.nameType;
  if (f.expansion) out.expansion = f.expansion;
  if (f.list) out.list = f.list;
  return out;
}

function jsonQuestion(q: Question): Record<string, unknown> {
  const out: Record<string, unknown> = { id: q.id, type: q.type, prompt: q.prompt };
  if (q.options) out.options = q.options;
  if (q.left) out.left = q.left;
  out.answer = q.answer;
  out.factIds = q.factIds;
  out.explanation = q.explanation;
  return out;
}

function readable(facts: readonly Fact[], questions: readonly Question[]): string {
  const lines: string[] = [`Facts (${facts.length})`];
  for (const f of facts) {
    const e = f.event;
    const event = e ? `  {${e.status}: ${[e.subject, e.action, e.object].filter(Boolean).join(' / ')}}` : '';
    lines.push(`  [${f.kind}] ${formatFactValue(f)}  — ${f.about}${event}  («${f.text}»)`);
  }
  lines.push('', `Questions (${questions.length})`);
  questions.forEach((q, i) => {
    lines.push(`${i + 1}. [${q.type}] ${q.prompt}`);
    if (q.left && q.options) q.left.forEach((l) => lines.push(`     ${l} → ?`));
    if (q.options) q.options.forEach((o, j) => lines.push(`     ${String.fromCharCode(97 + j)}) ${o}`));
    const answer = Array.isArray(q.answer) ? q.answer.join(' → ') : String(q.answer);
    lines.push(`   answer: ${answer}`, `   ${q.explanation}`);
  });
  return lines.join('\n');
}

function main(argv: string[]): number {
  const args = parse(argv);
  const text = read(args.file);
  const format = formatOf(args.file);
  const facts = [...extractFacts(text, { format }), ...extractWordFacts(text, { format })];
  const title = titleOf(text, format, args.file);
  const questions = generateQuiz(facts, { seed: args.seed, count: args.count, lessonTitle: () => title });
  // The generator already drops what the linter faults; this re-checks the quiz as printed.
  const lint: LintIssue[] = [...questions.flatMap((q) => lintQuestion(q, facts)), ...lintQuiz(questions, facts)];
  if (args.json) {
    process.stdout.write(JSON.stringify({ facts: facts.map(jsonFact), questions: questions.map(jsonQuestion), lint }) + '\n');
  } else {
    process.stdout.write(readable(facts, questions) + '\n' + lintSummary(lint) + '\n');
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (err instanceof CliError) {
    process.stderr.write(err.message + '\n');
    process.exitCode = err.exitCode;
  } else {
    process.stderr.write(`generate: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
