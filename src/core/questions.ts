// generateQuestions: a deterministic quiz from facts and a seed, spread over facts and types.
import type { Fact, FactKind, Question, QuestionType } from './types';
import { QuizOptionsError } from './errors';
import { hash32 } from './hash';
import { deriveSeed, mulberry32, shuffle, type Rng } from './rng';
import { formatFactValue } from './format';
import { formatNumber, formatOrdinal, hasNumber } from './numbers';
import {
  buildDistractorIndex,
  dateDistractors,
  figureDistractors,
  resolutionDistractors,
  type DistractorIndex,
} from './distractors';
import { leaksAnswer, promptFor, sourceName, statementFor } from './prompts';
import { describeEvent, describeQuantity } from './events';
import { hasWords } from './context';
import { lintQuestion } from './lint';
import { isWordKind, wordQuestions } from './questions-kinds';

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

const MAX_SENTENCE = 2500;
const MAX_ORDER_CANDIDATES = 240;
const ALL_TYPES: readonly QuestionType[] = ['choice', 'typed', 'truefalse', 'order', 'match'];
const SINGLE: readonly QuestionType[] = ['choice', 'typed', 'truefalse'];

/** A question to try: one fact asked one way, or a group of facts for an order or match question. */
type Plan = { type: QuestionType; fact: Fact } | { type: 'order' | 'match'; group: Fact[] };

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
  // The quiz must not depend on the order facts come in: everything below reads them as if sorted
  // by id (ties in the order given), but sorts only what it keeps, not every fact of a long briefing.
  const chosen = facts.filter((f) => (!kinds || kinds.has(f.kind)) && (!docIds || (f.docId !== undefined && docIds.has(f.docId))));
  if (chosen.length === 0 || types.length === 0 || limit === 0) return [];
  // Names, acronyms, lists and terms have their own writers (questions-kinds.ts); dates go to both,
  // for "which came first".
  const words = wordQuestions(chosen.filter((f) => isWordKind(f.kind) || f.kind === 'date'), facts, { seed, types, lessonTitle: options.lessonTitle });
  const pool = chosen.filter((f) => !isWordKind(f.kind));
  if (pool.length === 0) return words.slice(0, limit);

  const ctx: Ctx = { seed, index: buildDistractorIndex(pool), lessonTitle: options.lessonTitle };
  const rng = mulberry32(seed);
  // A "sentence" of thousands of characters is a flattened list or table, not one a teacher would
  // quote: its facts still lend their values as distractors, but are not asked.
  const best = bestOfEachValue(pool.filter((f) => f.sentence.length <= MAX_SENTENCE));
  const askable = shuffle(best, rng);
  const singleTypes = SINGLE.filter((t) => types.includes(t));

  // Every group is formed (their number spaces them out, and forming them draws from `rng`), but
  // questions are written only until the quiz is full: a long briefing costs one pass, not one
  // question per fact.
  const groups: Plan[] = [];
  if (types.includes('order')) for (const group of orderGroups(pool.filter((f) => f.sentence.length <= MAX_SENTENCE), rng)) groups.push({ type: 'order', group });
  if (types.includes('match')) for (const group of matchGroups(best, rng)) groups.push({ type: 'match', group });
  const offset = singleTypes.length > 0 ? Math.floor(rng() * singleTypes.length) : 0;

  const out: Question[] = [];
  const ids = new Set<string>();
  // A quiz of a set length stops trying after a bounded number of plans: a long text where most
  // plans fail the linter (a list of thousands of numbers) must not cost one try per fact and type.
  const maxTries = Number.isFinite(limit) ? limit * 25 + 200 : Infinity;
  let tries = 0;
  for (const plan of planOf(askable, singleTypes, offset, groups)) {
    if (out.length >= limit || tries++ >= maxTries) break;
    let q = 'group' in plan ? (plan.type === 'order' ? orderQuestion(plan.group, ctx) : matchQuestion(plan.group, ctx)) : singleQuestion(plan.fact, plan.type, ctx);
    // A false statement the linter faults (its wrong value reads badly) becomes the true one, so
    // that which questions exist does not depend on the seed.
    if (q && q.type === 'truefalse' && !('group' in plan) && lintQuestion(q, [plan.fact]).length > 0) q = singleQuestion(plan.fact, 'truefalse', ctx, true);
    if (!q || ids.has(q.id)) continue;
    // A question the linter faults is dropped: another fact or type takes its place.
    if (lintQuestion(q, 'group' in plan ? plan.group : [plan.fact]).length > 0) continue;
    ids.add(q.id);
    out.push(q);
  }
  return mergeQuestions(out, words, limit);
}

/**
 * Number and word questions taken in turn, up to `limit`. The turn does not depend on `limit`, so a
 * short quiz is the start of a long one.
 */
function mergeQuestions(numbers: readonly Question[], words: readonly Question[], limit: number): Question[] {
  const out: Question[] = [];
  const ids = new Set<string>();
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < numbers.length || j < words.length)) {
    const takeWord = i >= numbers.length || (j < words.length && j < i);
    const q = takeWord ? words[j++] : numbers[i++];
    if (!q || ids.has(q.id)) continue;
    ids.add(q.id);
    out.push(q);
  }
  return out;
}

/**
 * The order questions are tried in: round r asks every fact with the type after the one it had in
 * round r - 1; group questions are spread through the first round so that a short quiz still meets them.
 */
function* planOf(askable: readonly Fact[], singleTypes: readonly QuestionType[], offset: number, groups: readonly Plan[]): Generator<Plan> {
  const n = singleTypes.length;
  const first = n > 0 ? askable.length : 0;
  const gap = Math.max(1, Math.ceil(first / (groups.length + 1)));
  let g = 0;
  for (let i = 0; i < first; i++) {
    if (i > 0 && i % gap === 0 && g < groups.length) yield groups[g++] as Plan;
    yield { type: singleTypes[(i + offset) % n] as QuestionType, fact: askable[i] as Fact };
  }
  while (g < groups.length) yield groups[g++] as Plan;
  for (let r = 1; r < n; r++) {
    for (let i = 0; i < askable.length; i++) yield { type: singleTypes[(i + r + offset) % n] as QuestionType, fact: askable[i] as Fact };
  }
}

interface Ctx {
  seed: number;
  index: DistractorIndex;
  lessonTitle: ((docId: string | undefined) => string | undefined) | undefined;
}

interface Best {
  fact: Fact;
  score: number;
  first: Fact;
  firstId: string;
  firstAt: number;
}

/**
 * One fact per value (per lesson): the occurrence whose sentence says most plainly what it is about,
 * the first by id among equals. Values come in the order of their first fact by id.
 */
function bestOfEachValue(facts: readonly Fact[]): Fact[] {
  const groups = groupByValue(facts) ?? groupByKey(facts);
  return inIdOrder(groups, (b) => b.first).map((b) => b.fact);
}

const scoreOf = (f: Fact): number => (f.kind === 'resolution' && VERB_LED.test(f.about) ? 2 : 0) + (f.event ? 2 : 0) + (f.about.includes(' ') ? 1 : 0);

function newBest(f: Fact, i: number): Best {
  return { fact: f, score: scoreOf(f), first: f, firstId: f.id, firstAt: i };
}

function addToBest(b: Best, f: Fact, i: number): void {
  const id = f.id;
  // A later fact with the same id counts as after the earlier one.
  if (id < b.firstId) {
    b.first = f;
    b.firstId = id;
    b.firstAt = i;
  }
  const s = scoreOf(f);
  if (s > b.score || (s === b.score && id < b.fact.id)) {
    b.fact = f;
    b.score = s;
  }
}

/** Groups by the key `lesson|kind|value|unit`, written out. */
function groupByKey(facts: readonly Fact[]): Best[] {
  const best = new Map<string, Best>();
  facts.forEach((f, i) => {
    const key = `${f.docId ?? ''}|${f.kind}|${f.value}|${f.kind === 'figure' ? (f.unit ?? '') + (f.ordinal ? '#' : '') : ''}`;
    const prev = best.get(key);
    if (prev) addToBest(prev, f, i);
    else best.set(key, newBest(f, i));
  });
  return [...best.values()];
}

interface LessonGroups {
  date: Map<unknown, Best>;
  resolution: Map<unknown, Best>;
  figure: Map<string, Map<unknown, Best>>;
  ordinal: Map<string, Map<unknown, Best>>;
}

/**
 * The same groups as `groupByKey`, found with small tables per lesson, kind and unit instead of a
 * string built per fact. Null when a lesson id, value or unit could make two keys run together.
 */
function groupByValue(facts: readonly Fact[]): Best[] | null {
  const out: Best[] = [];
  const byDoc = new Map<string, LessonGroups>();
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i] as Fact;
    const doc = f.docId ?? '';
    const value: unknown = f.value;
    if (doc.includes('|')) return null;
    let lesson = byDoc.get(doc);
    if (!lesson) byDoc.set(doc, (lesson = { date: new Map(), resolution: new Map(), figure: new Map(), ordinal: new Map() }));
    let byValue: Map<unknown, Best> | undefined;
    if (f.kind === 'figure') {
      const unit = f.unit ?? '';
      if (typeof value !== 'number' || unit.includes('#')) return null;
      const byUnit = f.ordinal ? lesson.ordinal : lesson.figure;
      byValue = byUnit.get(unit);
      if (!byValue) byUnit.set(unit, (byValue = new Map()));
    } else if (f.kind === 'date' || f.kind === 'resolution') {
      if (typeof value !== 'string' || value.includes('|')) return null;
      byValue = lesson[f.kind];
    } else {
      return null;
    }
    const prev = byValue.get(value);
    if (prev) addToBest(prev, f, i);
    else {
      const b = newBest(f, i);
      byValue.set(value, b);
      out.push(b);
    }
  }
  return out;
}

/**
 * `items` sorted by the id of their fact, stably. Distinct string ids (the usual case) are sorted
 * natively, several times faster than with a comparator on a long briefing.
 */
function inIdOrder<T>(items: readonly T[], factOf: (item: T) => Fact): T[] {
  const byKey = new Map<string, T>();
  const keys: string[] = [];
  let strings = true;
  for (const item of items) {
    const id: unknown = factOf(item).id;
    if (typeof id !== 'string') {
      strings = false;
      break;
    }
    byKey.set(id, item);
    keys.push(id);
  }
  if (strings && byKey.size === items.length) return keys.sort().map((k) => byKey.get(k) as T);
  return items
    .map((x, at) => ({ x, at, id: factOf(x).id }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.at - b.at))
    .map((e) => e.x);
}

const VERB_LED = /^(?:\w+ly\s+)?[a-z]+ed\b/;

function explanationFor(facts: readonly Fact[], ctx: Ctx): string {
  const docIds = [...new Set(facts.map((f) => f.docId))];
  if (docIds.length > 1) {
    // Facts from several lessons: name each lesson beside its own sentences.
    return docIds
      .map((docId) => {
        const title = ctx.lessonTitle?.(docId);
        const sentences = [...new Set(facts.filter((f) => f.docId === docId).map((f) => f.sentence))];
        return `${title ? `From "${title}"` : 'From the briefing'}: ${sentences.map((s) => `"${s}"`).join(' ')}`;
      })
      .join(' ');
  }
  const title = ctx.lessonTitle?.(docIds[0]);
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

/** How prompts name the lesson (or source) a fact comes from. */
function sourceOf(facts: readonly Fact[], ctx: Ctx): string {
  const docIds = new Set(facts.map((f) => f.docId));
  if (docIds.size !== 1) return 'the course';
  return sourceName(ctx.lessonTitle?.(facts[0]?.docId));
}

function singleQuestion(fact: Fact, type: QuestionType, ctx: Ctx, forceTrue = false): Question | null {
  const source = sourceOf([fact], ctx);
  const rng = mulberry32(deriveSeed(ctx.seed, `${type}|${fact.id}`));
  if (type === 'truefalse') {
    // A table row (`S/RES/2556(2020) | 18 Dec. 2020`) is no statement to judge true or false.
    if (fact.sentence.includes(' | ')) return null;
    const wrong = distractorsOf(fact, ctx);
    const truth = forceTrue || wrong.length === 0 || rng() < 0.5;
    const value = truth ? fact.value : (wrong[Math.floor(rng() * wrong.length)] as string | number);
    const prompt = statementFor(fact, value, source);
    if (!prompt) return null;
    return { ...base(type, [fact], ctx), prompt, answer: truth };
  }
  const prompt = promptFor(fact, source);
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
    // A quiz holds a few order questions: a long briefing's first events per lesson are plenty.
    if ((byDoc.get(f.docId ?? '')?.length ?? 0) >= MAX_ORDER_CANDIDATES) continue;
    // Only events read from their clause, at their moment: `since 1978` or `until 2018` bounds a
    // period and puts nothing in an order.
    if (!f.event || f.event.relation === 'since' || f.event.relation === 'until') continue;
    const label = eventLabel(f);
    if (!label || leaksAnswer(label, f)) continue;
    const key = f.docId ?? '';
    const list = byDoc.get(key);
    if (list) list.push(f);
    else byDoc.set(key, [f]);
  }
  const groups: Fact[][] = [];
  const rest: Fact[] = [];
  for (const key of [...byDoc.keys()].sort()) {
    const found = distinctEvents(shuffle(inIdOrder(byDoc.get(key) ?? [], (f) => f), rng));
    groups.push(...found.groups);
    rest.push(...found.rest);
  }
  // Events that found no group in their own lesson can still be ordered across lessons:
  // a course whose dates are spread one or two a lesson gets order questions too.
  if (byDoc.size > 1) groups.push(...distinctEvents(shuffle(inIdOrder(rest, (f) => f), rng)).groups);
  return groups;
}

/** Groups of three or four events whose order is certain (no date a prefix of another, no label twice). */
function distinctEvents(candidates: readonly Fact[]): { groups: Fact[][]; rest: Fact[] } {
  const groups: Fact[][] = [];
  const rest: Fact[] = [];
  let current: Fact[] = [];
  let labels: string[] = [];
  for (const f of candidates) {
    const v = String(f.value);
    const item = eventLabel(f);
    // Two values where one is a prefix of the other (2013 and 2013-04-25) have no certain order.
    const clash = current.some((c, i) => {
      const w = String(c.value);
      return w.startsWith(v) || v.startsWith(w) || labels[i] === item;
    });
    if (clash) {
      rest.push(f);
      continue;
    }
    current.push(f);
    labels.push(item);
    if (current.length === 4) {
      groups.push(current);
      current = [];
      labels = [];
    }
  }
  if (current.length >= 3) groups.push(current);
  else rest.push(...current);
  return { groups, rest };
}

/**
 * An order or match item: the fact's event as a short, complete, capitalised description, or ''
 * when it has none (too long to cut at a clause, or a fragment).
 */
export function eventLabel(f: Fact): string {
  if (f.event) {
    const d = f.kind === 'figure' ? describeQuantity(f.event) : describeEvent(f.event);
    if (hasWords(d, 3) && !hasWords(d, 15) && !leaksAnswer(d, f)) return d;
  }
  let t = f.about.trim().replace(/\s*…$/, '');
  if (!hasWords(t, 15) && !f.about.endsWith('…')) return capitalise(t);
  // Cut at the first comma that leaves a clause of its own.
  const comma = t.indexOf(', ');
  if (comma > 0) t = t.slice(0, comma);
  return hasWords(t, 4) && !hasWords(t, 15) ? capitalise(t) : '';
}

const capitalise = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

function orderQuestion(group: readonly Fact[], ctx: Ctx): Question | null {
  const sorted = [...group].sort((a, b) => (String(a.value) < String(b.value) ? -1 : 1));
  const answer = sorted.map(eventLabel);
  const rng = mulberry32(deriveSeed(ctx.seed, `order|${sorted.map((f) => f.id).join('|')}`));
  let options = shuffle(answer, rng);
  if (options.every((o, i) => o === answer[i])) options = [...options.slice(1), options[0] as string];
  return {
    ...base('order', sorted, ctx),
    prompt: `Put these events from ${sourceOf(sorted, ctx)} in chronological order, earliest first. Which order is right?`,
    options,
    answer,
  };
}

/** Pairs for a match question: resolutions with what they did, or figures with what they count. */
function matchGroups(best: readonly Fact[], rng: Rng): Fact[][] {
  const groups: Fact[][] = [];
  const docs = new Map<string, Fact[]>();
  for (const f of best) {
    const key = f.docId ?? '';
    const list = docs.get(key);
    if (list) list.push(f);
    else docs.set(key, [f]);
  }
  for (const key of [...docs.keys()].sort()) {
    const list = docs.get(key) ?? [];
    const resolutions = list.filter((f) => f.kind === 'resolution' && VERB_LED.test(f.about) && !leaksAnswer(f.about, f) && eventLabel(f) !== '');
    // A figure is matched with a readable description (`military personnel MINUSMA would comprise`), never a bare unit.
    const figures = list.filter((f) => f.kind === 'figure' && !f.ordinal && hasWords(f.about, 2) && !hasNumber(f.about) && readableLabel(eventLabel(f)));
    groups.push(...chunkDistinct(shuffle(resolutions, rng), 2));
    groups.push(...chunkDistinct(shuffle(figures, rng), 3));
  }
  return groups;
}

// A match description says what is counted without leaning on the sentence around it.
const readableLabel = (label: string): boolean => label !== '' && !hasWords(label, 13) && !/\b(?:it|they|them|he|she|this|these)\b/i.test(label) && !/\bthat\b.*\bthat\b/.test(label);

/** Chunks of up to five facts with distinct values and distinct descriptions; at least `min` each. */
function chunkDistinct(facts: readonly Fact[], min: number): Fact[][] {
  const out: Fact[][] = [];
  let current: Fact[] = [];
  let shown: string[] = [];
  for (const f of facts) {
    const value = formatFactValue(f);
    if (current.some((c, i) => c.about === f.about || shown[i] === value)) continue;
    current.push(f);
    shown.push(value);
    if (current.length === 5) {
      out.push(current);
      current = [];
      shown = [];
    }
  }
  if (current.length >= min) out.push(current);
  return out;
}

function matchQuestion(group: readonly Fact[], ctx: Ctx): Question | null {
  const kind = (group[0] as Fact).kind;
  const left = group.map((f) => (kind === 'figure' ? matchFigureLabel(f) : formatFactValue(f)));
  const answer = group.map((f) => eventLabel(f));
  const rng = mulberry32(deriveSeed(ctx.seed, `match|${group.map((f) => f.id).join('|')}`));
  let options = shuffle(answer, rng);
  if (options.every((o, i) => o === answer[i])) options = [...options.slice(1), options[0] as string];
  const source = sourceOf(group, ctx);
  const prompt =
    kind === 'resolution'
      ? `Match each Security Council resolution with what it did, according to ${source}. Which goes with which?`
      : `Match each figure with what it counts, according to ${source}. Which goes with which?`;
  return { ...base('match', group, ctx), prompt, left, options, answer };
}

function matchFigureLabel(f: Fact): string {
  const n = Number(f.value);
  const shown = f.ordinal ? formatOrdinal(n) : formatNumber(n);
  return f.qualifier ? `${f.qualifier} ${shown}` : shown;
}

