// generateQuestions: a deterministic quiz from facts and a seed, spread over facts and types.
import type { Fact, FactKind, Question, QuestionType } from './types';
import { QuizOptionsError } from './errors';
import { hash32 } from './hash';
import { deriveSeed, mulberry32, shuffle, type Rng } from './rng';
import { formatFactValue } from './format';
import { formatNumber, formatOrdinal, numbersIn } from './numbers';
import {
  buildDistractorIndex,
  dateDistractors,
  figureDistractors,
  resolutionDistractors,
  type DistractorIndex,
} from './distractors';
import { leaksAnswer, promptFor, statementFor } from './prompts';
import { clipWords } from './context';

export interface QuizOptions {
  seed: number;
  /** How many questions; all available when absent or larger than what the facts allow. */
  count?: number;
  kinds?: FactKind[];
  types?: QuestionType[];
  docIds?: string[];
  /** The title of the lesson a document is, for explanations; `the briefing` when unknown. */
  lessonTitle?: (docId: string | undefined) => string | undefined;
}

const ALL_TYPES: readonly QuestionType[] = ['choice', 'typed', 'truefalse', 'order', 'match'];
const SINGLE: readonly QuestionType[] = ['choice', 'typed', 'truefalse'];

type Build = () => Question | null;

/** Generates questions from facts. The same facts and seed give the same questions, in the same order. */
export function generateQuestions(facts: readonly Fact[], options: QuizOptions): Question[] {
  if (!Number.isFinite(options.seed)) throw new QuizOptionsError('seed must be a finite number');
  if (options.count !== undefined && (!Number.isFinite(options.count) || options.count < 0)) {
    throw new QuizOptionsError('count must be zero or more');
  }
  const seed = options.seed >>> 0;
  const limit = options.count === undefined ? Infinity : Math.floor(options.count);
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const docIds = options.docIds ? new Set(options.docIds) : null;
  const types = ALL_TYPES.filter((t) => !options.types || options.types.includes(t));
  const pool = facts
    .filter((f) => (!kinds || kinds.has(f.kind)) && (!docIds || (f.docId !== undefined && docIds.has(f.docId))))
    .slice()
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (pool.length === 0 || types.length === 0 || limit === 0) return [];

  const ctx: Ctx = { seed, index: buildDistractorIndex(pool), lessonTitle: options.lessonTitle };
  const rng = mulberry32(seed);
  const askable = shuffle(bestOfEachValue(pool), rng);
  const singleTypes = SINGLE.filter((t) => types.includes(t));

  const groups: Build[] = [];
  if (types.includes('order')) for (const g of orderGroups(pool, rng)) groups.push(() => orderQuestion(g, ctx));
  if (types.includes('match')) for (const g of matchGroups(pool, rng)) groups.push(() => matchQuestion(g, ctx));

  const rounds: Build[][] = [];
  const offset = singleTypes.length > 0 ? Math.floor(rng() * singleTypes.length) : 0;
  for (let r = 0; r < singleTypes.length; r++) {
    const round: Build[] = [];
    askable.forEach((fact, i) => {
      const type = singleTypes[(i + r + offset) % singleTypes.length] as QuestionType;
      round.push(() => singleQuestion(fact, type, ctx));
    });
    rounds.push(round);
  }
  // Group questions are spread through the first round so that a short quiz still meets them.
  const first = rounds[0] ?? [];
  const spread: Build[] = [];
  const gap = Math.max(1, Math.ceil(first.length / (groups.length + 1)));
  let g = 0;
  first.forEach((b, i) => {
    if (i > 0 && i % gap === 0 && g < groups.length) spread.push(groups[g++] as Build);
    spread.push(b);
  });
  while (g < groups.length) spread.push(groups[g++] as Build);
  const plan = [...spread, ...rounds.slice(1).flat()];

  const out: Question[] = [];
  const ids = new Set<string>();
  for (const build of plan) {
    if (out.length >= limit) break;
    const q = build();
    if (!q || ids.has(q.id)) continue;
    ids.add(q.id);
    out.push(q);
  }
  return out;
}

interface Ctx {
  seed: number;
  index: DistractorIndex;
  lessonTitle: ((docId: string | undefined) => string | undefined) | undefined;
}

/** One fact per value (per lesson): the occurrence whose sentence says most plainly what it is about. */
function bestOfEachValue(facts: readonly Fact[]): Fact[] {
  const best = new Map<string, Fact>();
  const score = (f: Fact): number => (f.kind === 'resolution' && /^(?:\w+ly\s+)?[a-z]+ed\b/.test(f.about) ? 2 : 0) + (f.about.includes(' ') ? 1 : 0);
  for (const f of facts) {
    const key = `${f.docId ?? ''}|${f.kind}|${f.value}|${f.kind === 'figure' ? (f.unit ?? '') + (f.ordinal ? '#' : '') : ''}`;
    const prev = best.get(key);
    if (!prev || score(f) > score(prev)) best.set(key, f);
  }
  return [...best.values()];
}

function explanationFor(facts: readonly Fact[], ctx: Ctx): string {
  const docId = facts[0]?.docId;
  const title = ctx.lessonTitle?.(docId);
  const where = title ? `From "${title}"` : 'From the briefing';
  const sentences = [...new Set(facts.map((f) => f.sentence))];
  return `${where}: ${sentences.map((s) => `"${s}"`).join(' ')}`;
}

function questionId(type: QuestionType, factIds: readonly string[]): string {
  return `q:${type}:${hash32(factIds.join('|'))}`;
}

function base(type: QuestionType, facts: readonly Fact[], ctx: Ctx): Omit<Question, 'prompt' | 'answer'> {
  const factIds = facts.map((f) => f.id);
  const q: Omit<Question, 'prompt' | 'answer'> = {
    id: questionId(type, factIds),
    type,
    kind: (facts[0] as Fact).kind,
    factIds,
    explanation: explanationFor(facts, ctx),
  };
  const docId = facts[0]?.docId;
  if (docId !== undefined && facts.every((f) => f.docId === docId)) q.docId = docId;
  return q;
}

/** Wrong values for a fact, as raw values (numbers or ISO strings). */
function distractorsOf(fact: Fact, ctx: Ctx): (string | number)[] {
  if (fact.kind === 'figure') return figureDistractors(fact, ctx.index);
  if (fact.kind === 'date') return dateDistractors(fact, ctx.index);
  return resolutionDistractors(fact, ctx.index);
}

function display(fact: Fact, value: string | number): string {
  return formatFactValue({ ...fact, value: fact.kind === 'figure' ? Number(value) : String(value) });
}

function sortKey(fact: Fact, value: string | number): number | string {
  return fact.kind === 'date' ? String(value) : Number(value);
}

function singleQuestion(fact: Fact, type: QuestionType, ctx: Ctx): Question | null {
  const rng = mulberry32(deriveSeed(ctx.seed, `${type}|${fact.id}`));
  if (type === 'truefalse') {
    const wrong = distractorsOf(fact, ctx);
    const truth = wrong.length === 0 || rng() < 0.5;
    const value = truth ? fact.value : (wrong[Math.floor(rng() * wrong.length)] as string | number);
    const prompt = statementFor(fact, value);
    if (!prompt) return null;
    return { ...base(type, [fact], ctx), prompt, answer: truth };
  }
  const prompt = promptFor(fact);
  if (!prompt) return null;
  const answer = formatFactValue(fact);
  if (type === 'typed') return { ...base(type, [fact], ctx), prompt, answer };
  const wrong = distractorsOf(fact, ctx).filter((v) => display(fact, v) !== answer);
  if (wrong.length < 3) return null;
  const values = [fact.value, ...wrong.slice(0, 3)];
  values.sort((a, b) => {
    const x = sortKey(fact, a);
    const y = sortKey(fact, b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const options = values.map((v) => display(fact, v));
  if (new Set(options).size !== 4) return null;
  return { ...base(type, [fact], ctx), prompt, options, answer };
}

/** Events for an order question: dated with a year, distinct, and described without their date. */
function orderGroups(facts: readonly Fact[], rng: Rng): Fact[][] {
  const byDoc = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.kind !== 'date' || f.precision === 'monthday') continue;
    const about = f.about.trim();
    if (about.split(' ').length < 3 || leaksAnswer(about, f)) continue;
    const key = f.docId ?? '';
    const list = byDoc.get(key) ?? [];
    list.push(f);
    byDoc.set(key, list);
  }
  const groups: Fact[][] = [];
  for (const key of [...byDoc.keys()].sort()) {
    const candidates = shuffle(byDoc.get(key) ?? [], rng);
    let current: Fact[] = [];
    for (const f of candidates) {
      const v = String(f.value);
      const item = eventLabel(f);
      // Two values where one is a prefix of the other (2013 and 2013-04-25) have no certain order.
      const clash = current.some((c) => {
        const w = String(c.value);
        return w.startsWith(v) || v.startsWith(w) || eventLabel(c) === item;
      });
      if (clash) continue;
      current.push(f);
      if (current.length === 4) {
        groups.push(current);
        current = [];
      }
    }
    if (current.length >= 3) groups.push(current);
  }
  return groups;
}

const eventLabel = (f: Fact): string => clipWords(f.about, 16);

function orderQuestion(group: readonly Fact[], ctx: Ctx): Question | null {
  const sorted = [...group].sort((a, b) => (String(a.value) < String(b.value) ? -1 : 1));
  const answer = sorted.map(eventLabel);
  const rng = mulberry32(deriveSeed(ctx.seed, `order|${sorted.map((f) => f.id).join('|')}`));
  let options = shuffle(answer, rng);
  if (options.every((o, i) => o === answer[i])) options = [...options.slice(1), options[0] as string];
  return {
    ...base('order', sorted, ctx),
    prompt: 'Put these events from the briefing in chronological order, earliest first. Which order is right?',
    options,
    answer,
  };
}

/** Pairs for a match question: resolutions with what they did, or figures with what they count. */
function matchGroups(facts: readonly Fact[], rng: Rng): Fact[][] {
  const groups: Fact[][] = [];
  const docs = new Map<string, Fact[]>();
  for (const f of bestOfEachValue(facts)) {
    const list = docs.get(f.docId ?? '') ?? [];
    list.push(f);
    docs.set(f.docId ?? '', list);
  }
  for (const key of [...docs.keys()].sort()) {
    const list = docs.get(key) ?? [];
    const resolutions = list.filter(
      (f) => f.kind === 'resolution' && /^(?:\w+ly\s+)?[a-z]+ed\b/.test(f.about) && !leaksAnswer(f.about, f),
    );
    const figures = list.filter(
      (f) => f.kind === 'figure' && !f.ordinal && f.about.length >= 4 && numbersIn(f.about).length === 0,
    );
    groups.push(...chunkDistinct(shuffle(resolutions, rng), 2));
    groups.push(...chunkDistinct(shuffle(figures, rng), 3));
  }
  return groups;
}

/** Chunks of up to five facts with distinct values and distinct descriptions; at least `min` each. */
function chunkDistinct(facts: readonly Fact[], min: number): Fact[][] {
  const out: Fact[][] = [];
  let current: Fact[] = [];
  for (const f of facts) {
    if (current.some((c) => c.about === f.about || display(c, c.value) === display(f, f.value))) continue;
    current.push(f);
    if (current.length === 5) {
      out.push(current);
      current = [];
    }
  }
  if (current.length >= min) out.push(current);
  return out;
}

function matchQuestion(group: readonly Fact[], ctx: Ctx): Question | null {
  const kind = (group[0] as Fact).kind;
  const left = group.map((f) => (kind === 'figure' ? matchFigureLabel(f) : formatFactValue(f)));
  const answer = group.map((f) => clipWords(f.about, 16));
  const rng = mulberry32(deriveSeed(ctx.seed, `match|${group.map((f) => f.id).join('|')}`));
  let options = shuffle(answer, rng);
  if (options.every((o, i) => o === answer[i])) options = [...options.slice(1), options[0] as string];
  const prompt =
    kind === 'resolution'
      ? 'Match each Security Council resolution with what it did, according to the briefing. Which goes with which?'
      : 'Match each figure with what it counts, according to the briefing. Which goes with which?';
  return { ...base('match', group, ctx), prompt, left, options, answer };
}

function matchFigureLabel(f: Fact): string {
  const n = Number(f.value);
  const shown = f.ordinal ? formatOrdinal(n) : formatNumber(n);
  return f.qualifier ? `${f.qualifier} ${shown}` : shown;
}

