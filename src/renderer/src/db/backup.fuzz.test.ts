// A fixed-seed fuzz of backup import: corrupted variants of a real export (truncations, bit flips,
// wrong types, extreme numbers, `__proto__`, deep nesting, deleted and repeated fields and rows,
// most of them re-signed so the checksum cannot be what refuses them) go through the import path.
// Every variant must be refused with a BackupError leaving the store as it was, or be accepted and
// restore a store that holds together and still saves an answer: no crash, nothing accepted that
// breaks the store. The figures are printed at the end.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BackupError, checksumOf } from '../../../core/backup';
import { readBackup } from '../../../core/backup-read';
import type { Question } from '../../../core/types';
import { readProgress, replaceProgress } from './backup';
import { exportText, fillLikeALearner, FIXTURE_NOW } from './backup.fixture';
import type { DossierDb, QuizSettings } from './db';
import { createSession, recordAnswer } from './quiz';
import { useTestDbs } from './test-db';

const RUNS = 2_000;
const SEED = 20_261_201;

const fresh = useTestDbs('fuzz');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

let base = '';
let parsed: Record<string, Json> = {};
let paths: Path[] = [];
let numberPaths: Path[] = [];

/** Every path in a JSON value, found without recursion (the root excluded). */
function allPaths(root: Json): Path[] {
  const out: Path[] = [];
  const stack: { value: Json; path: Path }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop() as { value: Json; path: Path };
    if (path.length) out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return out;
}

function at(root: Json, path: Path): Json {
  let cur: Json = root;
  for (const k of path) cur = (cur as Record<string | number, Json>)[k] as Json;
  return cur;
}

type Mutation =
  | { kind: 'truncate'; end: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; path: number; value: Json | 'INFINITY' | 'PROTO' | 'DEEP'; depth: number; resign: boolean }
  | { kind: 'extreme'; path: number; value: number; resign: boolean }
  | { kind: 'delete'; path: number; resign: boolean }
  | { kind: 'repeat'; path: number; resign: boolean };

const weird: (Json | 'INFINITY' | 'PROTO' | 'DEEP')[] = [null, true, false, 0, -1, 1.5, '', 'x', '2026-02-30', [], {}, [1, 2], { a: 1 }, 'INFINITY', 'PROTO', 'DEEP'];
const extremes = [1e300, -1e300, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), Number.MAX_VALUE, -Number.MAX_VALUE, 1e-300, -0.5, -1, 4.5, 1e15, 8.64e15];

function mutationArb(): fc.Arbitrary<Mutation> {
  const path = fc.nat({ max: paths.length - 1 });
  return fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), end: fc.nat({ max: base.length - 2 }) }),
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat({ max: base.length - 1 }), bit: fc.nat({ max: 7 }) }),
    fc.record({ kind: fc.constant('set' as const), path, value: fc.constantFrom(...weird), depth: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1_000, max: 200_000 })), resign: fc.boolean() }),
    fc.record({ kind: fc.constant('extreme' as const), path: fc.nat({ max: numberPaths.length - 1 }), value: fc.constantFrom(...extremes), resign: fc.boolean() }),
    fc.record({ kind: fc.constant('delete' as const), path, resign: fc.boolean() }),
    fc.record({ kind: fc.constant('repeat' as const), path, resign: fc.boolean() }),
  );
}

async function apply(m: Mutation): Promise<string> {
  if (m.kind === 'truncate') return base.slice(0, m.end);
  if (m.kind === 'flip') {
    const bytes = new TextEncoder().encode(base);
    bytes[m.at] = (bytes[m.at] as number) ^ (1 << m.bit);
    return new TextDecoder().decode(bytes);
  }
  const file = structuredClone(parsed);
  const path = m.kind === 'extreme' ? (numberPaths[m.path] as Path) : (paths[m.path] as Path);
  const parent = at(file, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1] as string | number;
  let placeholder: string | null = null;
  if (m.kind === 'set') {
    if (m.value === 'INFINITY' || m.value === 'DEEP') placeholder = `"@@${m.value}@@"`;
    parent[key] = m.value === 'PROTO' ? (JSON.parse('{"__proto__":{"polluted":true}}') as Json) : placeholder ? `@@${m.value}@@` : m.value;
  } else if (m.kind === 'extreme') parent[key] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]) as Json);
  else parent[`${key}`] = structuredClone(parent[key]) as Json;
  const deep = m.kind === 'set' && m.value === 'DEEP' ? m.depth : 0;
  const resign = m.resign && deep < 2_000;
  if (resign && !placeholder) file['checksum'] = await checksumOf(file);
  let text = JSON.stringify(file);
  if (placeholder === '"@@INFINITY@@"') text = text.replace(placeholder, '1e999');
  if (placeholder === '"@@DEEP@@"') text = text.replace(placeholder, `${'['.repeat(deep)}${']'.repeat(deep)}`);
  if (resign && placeholder) {
    // Signed over what the text parses to, as the reader computes it: 1e999 parses as Infinity,
    // which the checksum's JSON writes as null, so even that file carries a matching checksum.
    const again = JSON.parse(text) as Record<string, unknown>;
    text = text.replace(String(parsed['checksum']), await checksumOf(again));
  }
  return text;
}

const settings: QuizSettings = {
  courseId: 'minusma',
  lessonIds: ['forces'],
  kinds: ['figure'],
  types: ['choice'],
  length: 1,
  mode: 'practice',
  timing: { kind: 'untimed' },
  timeFactor: 1,
};
const question: Question = {
  id: 'fuzz-q',
  type: 'choice',
  kind: 'figure',
  prompt: 'How many?',
  options: ['1', '2', '3', '4'],
  answer: '2',
  factIds: ['forces:figure:2:fuzz'],
  explanation: 'From "Forces": "2"',
  docId: 'forces',
};

/** What must hold in a store restored from an accepted file, checked independently of the validator. */
async function storeProblems(db: DossierDb): Promise<string[]> {
  const all = await readProgress(db);
  const rows = { ...all, ...(await db.transaction('r', ['quizSessions', 'answers', 'cards', 'reviewLogs', 'dailyStats'], async () => ({
    quizSessions: await db.quizSessions.toArray(),
    answers: await db.answers.toArray(),
    cards: await db.cards.toArray(),
    reviewLogs: await db.reviewLogs.toArray(),
    dailyStats: await db.dailyStats.toArray(),
  }))) };
  const problems: string[] = [];
  for (const [table, list] of Object.entries(all)) {
    for (const p of allPaths(list as Json)) {
      const v = at(list as Json, p);
      if (typeof v === 'number' && !Number.isFinite(v)) problems.push(`${table} ${p.join('.')} is not finite`);
    }
  }
  const sessions = new Map(rows.quizSessions.map((s) => [s.id, s]));
  if (rows.quizSessions.filter((s) => s.status === 'active').length > 1) problems.push('two active quizzes');
  for (const s of rows.quizSessions) {
    if (!s.questions.length) problems.push('a quiz without questions');
    for (const q of s.questions) if (q.type === 'choice' && !q.options?.includes(q.answer as string)) problems.push('a choice question without its answer among its options');
    if (s.startedAt < Date.UTC(2000, 0, 1) || s.startedAt > Date.UTC(2300, 0, 1)) problems.push('a quiz started at an impossible time');
    if (s.settings.timing.kind === 'whole-quiz' && !(s.settings.timing.minutes > 0 && s.settings.timing.minutes <= 600)) problems.push('an impossible quiz time');
  }
  for (const a of rows.answers) {
    const s = sessions.get(a.sessionId);
    if (!s?.questions.some((q) => q.id === a.questionId)) problems.push('an answer to no question');
    if (!(a.elapsedMs >= 0)) problems.push('a negative duration');
  }
  const counted = rows.answers.filter((a) => a.response !== null || a.timedOut);
  const daily = rows.dailyStats.reduce((n, d) => n + d.answers, 0);
  if (daily !== counted.length) problems.push(`daily totals count ${daily} answers, the store holds ${counted.length}`);
  const logs = new Map<string, number>();
  for (const l of rows.reviewLogs) {
    logs.set(l.factId, (logs.get(l.factId) ?? 0) + 1);
    if ((l.id ?? 0) > 1e6) problems.push('a review log keyed from the file');
  }
  for (const c of rows.cards) if ((logs.get(c.factId) ?? 0) !== c.reps) problems.push('a card that disagrees with its logs');
  for (const factId of logs.keys()) if (!rows.cards.some((c) => c.factId === factId)) problems.push('a log without its card');
  return problems;
}

describe('importing corrupted backups (fixed-seed fuzz)', () => {
  let target: DossierDb;
  let scratch: DossierDb;
  let before = '';

  beforeAll(async () => {
    const source = fresh();
    await fillLikeALearner(source);
    base = await exportText(source);
    parsed = JSON.parse(base) as Record<string, Json>;
    paths = allPaths(parsed).filter((p) => p[0] !== 'checksum');
    numberPaths = paths.filter((p) => typeof at(parsed, p) === 'number');
  });

  it(`refuses or safely restores each of ${RUNS} corrupted variants of a real export`, async () => {
    target = fresh();
    scratch = fresh();
    // Every write the store below Dexie receives (add, put, delete, clear) is counted.
    let writes = 0;
    target.use({
      stack: 'dbcore',
      name: 'count-writes',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return { ...table, mutate: (req) => (writes++, table.mutate(req)) };
        },
      }),
    });
    await fillLikeALearner(target, FIXTURE_NOW - 30 * 86_400_000);
    before = JSON.stringify(await readProgress(target));
    expect(writes, 'the counter sees the writes of filling the store').toBeGreaterThan(0);
    writes = 0;
    const figures = { variants: 0, refused: 0, accepted: 0, acceptedInvalid: 0, crashes: 0 };
    const started = performance.now();
    let day = 0;

    await fc.assert(
      fc.asyncProperty(mutationArb(), async (m) => {
        figures.variants++;
        const text = await apply(m);
        let file;
        try {
          file = await readBackup(text);
        } catch (err) {
          if (!(err instanceof BackupError)) {
            figures.crashes++;
            throw err;
          }
          figures.refused++;
          expect(err.message).toMatch(/; (export it again|choose the \.json file|update Dossier)/);
          // Nothing was written; the rows themselves are compared every 100 refusals and at the end.
          expect(writes).toBe(0);
          if (figures.refused % 100 === 0) expect(JSON.stringify(await readProgress(target))).toBe(before);
          return;
        }
        figures.accepted++;
        await replaceProgress(file.data, scratch);
        const problems = await storeProblems(scratch);
        // The restored store still saves an answer.
        const session = await createSession(settings, [question], 1, FIXTURE_NOW + ++day * 86_400_000, null, scratch);
        await recordAnswer(
          { sessionId: session.id, question, response: '2', correct: true, timedOut: false, elapsedMs: 1000, answeredAt: session.startedAt + 1000, progress: { current: 0, remainingMs: null, activeMs: 1000 } },
          scratch,
        );
        if (problems.length) figures.acceptedInvalid++;
        expect(problems, JSON.stringify(m)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(JSON.stringify(await readProgress(target))).toBe(before);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`backup fuzz: ${figures.variants} variants, ${figures.refused} refused, ${figures.accepted} accepted (${figures.acceptedInvalid} invalid), ${figures.crashes} crashes, ${seconds} s`);
    expect(figures.variants).toBeGreaterThanOrEqual(2_000);
    expect(figures.crashes).toBe(0);
    expect(figures.acceptedInvalid).toBe(0);
  }, 360_000);
});
