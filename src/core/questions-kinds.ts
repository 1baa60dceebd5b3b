// Questions on names, acronyms, list items and glossary terms, and "which came first" for two dated
// events. Same contract as generateQuestions: plain data, deterministic for a seed.
import type { Fact, Question, QuestionType } from './types';
import { hash32 } from './hash';
import { deriveSeed, mulberry32, shuffle, type Rng } from './rng';
import { clauseAround, excerpt, hasWords } from './context';
import { eventPhrase } from './event-phrase';
import { looseForm } from './acronyms';
import { MISSIONS, NATIONALITIES, UN_BODIES, isAfrican, isAfricanSettlement, placesAt, sameLevel, type PlaceLevel } from './gazetteer';
import { isWordKind, mentions, nameClass, termForms } from './lint-kinds';
import { itemProblem, lintQuestion } from './lint';
import { isGenericName } from './names';

export { WORD_KINDS, isWordKind, showsWordAnswer } from './lint-kinds';

export interface WordQuizOptions {
  seed: number;
  types: readonly QuestionType[];
  lessonTitle?: ((docId: string | undefined) => string | undefined) | undefined;
}

/** How many occurrences of one name in one lesson are asked: the course's subject is in every sentence. */
const PER_NAME = 2;
/** Word facts asked at most, the first by id: a long briefing costs a bounded amount of work. */
const MAX_FACTS = 600;
const BLANK = '___';

const quote = (s: string): string => `“${s.replace(/[.;:,]+$/, '')}”`;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const same = (a: string, b: string): boolean => looseForm(a) === looseForm(b);
/** One name inside the other (`Security Council`, `UN Security Council`): never both as options. */
const overlaps = (a: string, b: string): boolean => {
  const x = ` ${looseForm(a)} `;
  const y = ` ${looseForm(b)} `;
  return x.includes(y) || y.includes(x);
};

const NOUN: Record<string, string> = {
  'org:mission': 'mission or office',
  'org:mission-long': 'mission or office',
  'org:forces': 'force',
  'org:body': 'body',
  'place:town': 'place',
  'place:country': 'country',
  'place:region': 'region',
  nationality: 'nationality',
  person: 'person',
};

/** Gazetteer names of a class, for when the material has too few of its own. */
function gazetteerOf(cls: string, answer: string): string[] {
  if (cls === 'org:mission') return MISSIONS.map((m) => m.acronym);
  if (cls === 'org:mission-long') return MISSIONS.map((m) => m.expansion);
  if (cls === 'place:country' && isAfrican(answer)) return placesAt('country').filter(isAfrican);
  if (cls === 'org:body') return UN_BODIES.filter((b) => !/^[A-Z]{3,}$/.test(b));
  if (cls === 'org:forces') return ['Chadian', 'Nigerien', 'Senegalese', 'Burkinabe', 'Mauritanian'].map((n) => `${n} forces`);
  if (cls === 'nationality') return [...NATIONALITIES].filter((n) => !/^(?:African|Western|European|Asian)$/.test(n));
  if (cls.startsWith('place:')) {
    const level = cls.slice(6) as PlaceLevel;
    const places = (['country', 'capital', 'town', 'region', 'continent'] as PlaceLevel[]).filter((l) => sameLevel(l, level)).flatMap(placesAt);
    return isAfricanSettlement(answer) ? places.filter(isAfricanSettlement) : places;
  }
  return [];
}

interface Ctx {
  seed: number;
  types: readonly QuestionType[];
  lessonTitle: ((docId: string | undefined) => string | undefined) | undefined;
  /** Every word fact given, for distractors: material first. */
  all: readonly Fact[];
  /** Whether the linter accepts a question. */
  ok: (q: Question) => boolean;
}

/** The lesson named in a prompt; not by its title when the title holds the answer (`Why MINUSMA matters`). */
const where = (f: Fact, ctx: Ctx, answer = ''): string => {
  const t = ctx.lessonTitle?.(f.docId);
  if (t && answer && mentions(t, answer)) return 'this lesson';
  return t ? `“${t}”` : 'the briefing';
};

function explanation(facts: readonly Fact[], ctx: Ctx): string {
  const t = ctx.lessonTitle?.(facts[0]?.docId);
  const from = t ? `From "${t}"` : 'From the briefing';
  return `${from}: ${[...new Set(facts.map((f) => f.sentence))].map((s) => `"${s}"`).join(' ')}`;
}

function question(type: QuestionType, variant: string, facts: readonly Fact[], ctx: Ctx, rest: Pick<Question, 'prompt' | 'answer'> & Partial<Question>): Question {
  const first = facts[0] as Fact;
  const q: Question = {
    id: `q:${type}:${hash32(`${variant}|${facts.map((f) => f.id).join('|')}`)}`,
    type,
    kind: first.kind,
    factIds: facts.map((f) => f.id),
    explanation: explanation(facts, ctx),
    ...rest,
  };
  if (first.docId !== undefined && facts.every((f) => f.docId === first.docId)) q.docId = first.docId;
  return q;
}

/** Values of `facts`, those of `f`'s own lesson first (each part shuffled): the nearest are the best distractors. */
function nearFirst(f: Fact, facts: readonly Fact[], rng: Rng): string[] {
  const own = facts.filter((g) => g.docId === f.docId).map((g) => String(g.value));
  const rest = facts.filter((g) => g.docId !== f.docId).map((g) => String(g.value));
  return [...shuffle(own, rng), ...shuffle(rest, rng)];
}

/** Up to `n` distinct wrong options: from the material first (shuffled), then from `fallback`. */
function pick(answer: string, material: readonly string[], fallback: readonly string[], avoid: (v: string) => boolean, n: number, rng: Rng): string[] {
  const out: string[] = [];
  const ok = (v: string): boolean => !overlaps(v, answer) && !avoid(v) && !isGenericName(v) && !out.some((o) => same(o, v));
  for (const v of material) if (out.length < n && ok(v)) out.push(v);
  for (const v of shuffle(fallback, rng)) if (out.length < n && ok(v)) out.push(v);
  return out;
}

function choice(type: QuestionType, variant: string, facts: readonly Fact[], ctx: Ctx, prompt: string, answer: string, wrong: readonly string[]): Question | null {
  if (wrong.length < 3) return null;
  const options = [answer, ...wrong.slice(0, 3)].sort((a, b) => a.localeCompare(b, 'en'));
  return question(type, variant, facts, ctx, { prompt, options, answer });
}

// —— Names ——

/**
 * The gaps a name can be asked in: the sentence around it, then its clause alone, then the sentence
 * cut at the commas nearest the name (a shorter quote leaves out what the linter faults in the rest
 * of the sentence, such as a stray bracket).
 */
const UNNAMED = /^(?:…\s+)?(?:\S+\s+){0,3}(?:it|they|them|this|these|those|its|their|he|she|his|her)\b/i;

function clozesOf(f: Fact): string[] {
  const focus = f.focus as { start: number; end: number };
  const value = String(f.value);
  const s = f.sentence;
  const part = (from: number, to: number): string => {
    const text = s.slice(from, to);
    const lead = text.length - text.replace(/^[\s,;:]+/, '').length;
    return excerpt(text.slice(lead).replace(/[\s,;:]+$/, ''), focus.start - from - lead, focus.end - from - lead, BLANK, 28);
  };
  const clause = clauseAround(s, focus.start, focus.end);
  const comma = s.lastIndexOf(', ', focus.start);
  const head = comma < 0 ? 0 : comma + 2;
  const next = s.indexOf(', ', focus.end);
  const tail = next < 0 ? s.length : next;
  const out = [part(0, s.length), part(clause.start, clause.end), part(0, tail), part(head, s.length), part(head, tail)];
  // The answer must not stand elsewhere in the excerpt, the excerpt must say something, and it must
  // name what it is about (`They would do so when …` does not say who).
  return [...new Set(out)].filter((c) => c.includes(BLANK) && !mentions(c.replace(BLANK, ' '), value) && hasWords(c.replace(BLANK, ''), 5) && !UNNAMED.test(c));
}

function nameQuestions(f: Fact, ctx: Ctx, rng: Rng): Question[] {
  if (f.nameType === 'other' || !f.focus) return [];
  const cls = nameClass(f);
  const noun = NOUN[cls];
  if (!noun) return [];
  const value = String(f.value);
  const clozes = clozesOf(f);
  if (clozes.length === 0) return [];
  // A name that a sentence defines as an acronym is asked by the acronym's questions: blanked here,
  // its other form beside the gap would give it away.
  if (ctx.all.some((g) => g.kind === 'acronym' && g.docId === f.docId && g.sentence === f.sentence && (same(String(g.value), value) || same(g.expansion ?? '', value)))) return [];
  const material = nearFirst(f, ctx.all.filter((g) => g.kind === 'name' && nameClass(g) === cls), rng);
  // A name from the same sentence could be right too (`in Gao or in Sévaré`).
  const wrong = pick(value, material, gazetteerOf(cls, value), (v) => mentions(f.sentence, v), 3, rng);
  const prompt = (cloze: string): string => `In ${where(f, ctx, value)}: ${quote(cloze)}. Which ${noun} fills the gap?`;
  // Each type in the first gap the linter accepts.
  const first = (make: (cloze: string) => Question | null): Question | null => {
    for (const c of clozes) {
      const q = make(c);
      if (q && ctx.ok(q)) return q;
    }
    return null;
  };
  const out: (Question | null)[] = [];
  if (ctx.types.includes('choice')) out.push(first((c) => choice('choice', 'name', [f], ctx, prompt(c), value, wrong)));
  if (ctx.types.includes('typed') && (cls.startsWith('place:') || cls === 'nationality' || /^[A-Z]{3,}$/.test(value))) {
    out.push(first((c) => question('typed', 'name', [f], ctx, { prompt: prompt(c), answer: value })));
  }
  if (ctx.types.includes('truefalse') && wrong.length > 0) {
    // Only the first name of a sentence may be asked as a true statement: two true statements
    // from one sentence would be the same question.
    const lead = !ctx.all.some((g) => g.kind === 'name' && g.docId === f.docId && g.sentence === f.sentence && (g.focus?.start ?? 0) < (f.focus?.start ?? 0));
    const truth = lead && rng() < 0.5;
    const shown = truth ? value : (wrong[0] as string);
    out.push(first((c) => question('truefalse', 'name', [f], ctx, { prompt: `Is this what ${where(f, ctx, value)} says: ${quote(c.replace(BLANK, shown))}?`, answer: truth })));
  }
  return out.filter((q): q is Question => q !== null);
}

// —— Acronyms ——

interface Pair {
  acronym: string;
  expansion: string;
}

function acronymQuestions(f: Fact, ctx: Ctx, rng: Rng): Question[] {
  const acr = String(f.value);
  const long = f.expansion ?? '';
  if (!long || mentions(long, acr)) return [];
  const pairs: Pair[] = ctx.all.filter((g) => g.kind === 'acronym' && g.expansion).map((g) => ({ acronym: String(g.value), expansion: g.expansion as string }));
  const others = pairs.filter((p) => p.acronym !== acr);
  const out: Question[] = [];
  const lesson = where(f, ctx, acr);
  const forward = `In ${lesson}, what does ${acr} stand for?`;
  const back = `In ${lesson}, which acronym is the short name of the ${long}?`;
  if (ctx.types.includes('typed')) {
    out.push(question('typed', 'acronym:forward', [f], ctx, { prompt: forward, answer: long }));
    out.push(question('typed', 'acronym:back', [f], ctx, { prompt: back, answer: acr }));
  }
  if (ctx.types.includes('choice')) {
    const longs = pick(long, shuffle(others.map((p) => p.expansion), rng), MISSIONS.filter((m) => m.acronym !== acr).map((m) => m.expansion), () => false, 3, rng);
    const q1 = choice('choice', 'acronym:forward', [f], ctx, forward, long, longs);
    if (q1) out.push(q1);
    const shorts = pick(acr, shuffle(others.map((p) => p.acronym), rng), MISSIONS.map((m) => m.acronym), (v) => mentions(long, v), 3, rng);
    const q2 = choice('choice', 'acronym:back', [f], ctx, back, acr, shorts);
    if (q2) out.push(q2);
  }
  if (ctx.types.includes('truefalse')) {
    const wrong = pick(long, shuffle(others.map((p) => p.expansion), rng), MISSIONS.filter((m) => m.acronym !== acr).map((m) => m.expansion), () => false, 1, rng);
    const truth = wrong.length === 0 || rng() < 0.5;
    out.push(question('truefalse', 'acronym', [f], ctx, { prompt: `In ${lesson}, does ${acr} stand for the ${truth ? long : wrong[0]}?`, answer: truth }));
  }
  return out;
}

/** Acronyms matched with their long forms: three to five of the course's own acronyms. */
function acronymMatches(facts: readonly Fact[], ctx: Ctx, rng: Rng): Question[] {
  const seen = new Set<string>();
  const list: Fact[] = [];
  for (const f of facts) {
    if (f.kind !== 'acronym' || !f.expansion || seen.has(String(f.value))) continue;
    seen.add(String(f.value));
    list.push(f);
  }
  const out: Question[] = [];
  const shuffled = shuffle(list, rng);
  for (let i = 0; i + 3 <= shuffled.length; i += 5) {
    const group = shuffled.slice(i, i + 5);
    if (group.length < 3) break;
    const left = group.map((f) => String(f.value));
    const answer = group.map((f) => f.expansion as string);
    let options = shuffle(answer, rng);
    if (options.every((o, k) => o === answer[k])) options = [...options.slice(1), options[0] as string];
    out.push(question('match', 'acronym:match', group, ctx, { prompt: 'Match each acronym with its long form. Which goes with which?', left, options, answer }));
  }
  return out;
}

// —— Lists ——

function listQuestions(f: Fact, ctx: Ctx, rng: Rng): Question[] {
  const list = f.list ?? '';
  if (!list) return [];
  const item = String(f.value);
  const key = (g: Fact): string => `${g.docId ?? ''}|${g.list ?? ''}`;
  const mine = ctx.all.filter((g) => g.kind === 'list' && key(g) === key(f));
  const elsewhere = nearFirst(f, ctx.all.filter((g) => g.kind === 'list' && key(g) !== key(f)), rng);
  const inMine = (v: string): boolean => mine.some((g) => same(String(g.value), v));
  const wrong = pick(item, elsewhere, [], inMine, 3, rng);
  const lesson = where(f, ctx);
  const out: Question[] = [];
  if (ctx.types.includes('choice')) {
    const q = choice('choice', 'list', [f], ctx, `Which of these is listed under ${quote(list)} in ${lesson}?`, cap(item), wrong.map(cap));
    if (q) out.push(q);
    // The odd one out: this item and two more from its list, and one from another list (taken at
    // this item's place, so that two items of a list never make the same question).
    const at = mine.findIndex((g) => g.id === f.id);
    const near = [...new Set(ctx.all.filter((g) => g.kind === 'list' && key(g) !== key(f) && !inMine(String(g.value))).sort((x, y) => Number(x.docId !== f.docId) - Number(y.docId !== f.docId)).map((g) => String(g.value)))];
    if (mine.length >= 3 && near.length > 0 && at >= 0) {
      const three = [0, 1, 2].map((k) => mine[(at + k) % mine.length] as Fact);
      const odd = near[at % near.length] as string;
      const options = [...three.map((g) => cap(String(g.value))), cap(odd)].sort((a, b) => a.localeCompare(b, 'en'));
      if (new Set(options).size === 4) {
        out.push(question('choice', 'list:not', three, ctx, { prompt: `Which of these is NOT listed under ${quote(list)} in ${lesson}?`, options, answer: cap(odd) }));
      }
    }
  }
  // A false statement takes the item of another list at this item's place, so that two items of a
  // list never make the same statement.
  const others = ctx.all.filter((g) => g.kind === 'list' && key(g) !== key(f) && !inMine(String(g.value))).map((g) => String(g.value));
  const place = mine.findIndex((g) => g.id === f.id);
  if (ctx.types.includes('truefalse') && others.length > 0 && place >= 0) {
    const truth = rng() < 0.5;
    out.push(question('truefalse', 'list', [f], ctx, { prompt: `Is ${quote(truth ? item : (others[place % others.length] as string))} listed under ${quote(list)} in ${lesson}?`, answer: truth }));
  }
  return out;
}

// —— Terms ——

const firstSentence = (s: string): string => (/^.*?[.!?](?=\s|$)/.exec(s)?.[0] ?? s).trim();

function termQuestions(f: Fact, ctx: Ctx, rng: Rng): Question[] {
  const term = String(f.value);
  const definition = firstSentence(f.about);
  // The definition must not name its own term, or asking for the term gives it away: the words it
  // shares with the term are blanked (`A ___ who serves with a peace operation on their own …`).
  const shared = termForms(term).filter((t) => mentions(definition, t));
  let withoutTerm = definition;
  for (const t of shared) withoutTerm = withoutTerm.replace(new RegExp(`(?<![\\p{L}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu'), BLANK);
  if (termForms(term).some((t) => mentions(withoutTerm, t))) withoutTerm = '';
  const terms = ctx.all.filter((g) => g.kind === 'term' && g.id !== f.id);
  const out: Question[] = [];
  if (ctx.types.includes('choice')) {
    const defs = pick(definition, shuffle(terms.map((g) => firstSentence(g.about)), rng), [], (v) => mentions(v, term), 3, rng);
    const q = shared.length ? null : choice('choice', 'term:forward', [f], ctx, `In the course glossary, what does “${term}” mean?`, definition, defs);
    if (q) out.push(q);
    if (withoutTerm) {
      const names = pick(term, shuffle(terms.map((g) => String(g.value)), rng), [], (v) => mentions(definition, v), 3, rng);
      const q2 = choice('choice', 'term:back', [f], ctx, `Which glossary term means: ${quote(withoutTerm)}?`, term, names);
      if (q2) out.push(q2);
    }
  }
  if (ctx.types.includes('typed') && withoutTerm) out.push(question('typed', 'term:back', [f], ctx, { prompt: `Which glossary term means: ${quote(withoutTerm)}?`, answer: term }));
  if (ctx.types.includes('truefalse')) {
    const wrong = pick(definition, shuffle(terms.map((g) => firstSentence(g.about)), rng), [], (v) => mentions(v, term), 1, rng);
    // A definition that shares words with its term would make the true statement obvious: only the false one is asked.
    const truth = shared.length ? false : wrong.length === 0 || rng() < 0.5;
    if (truth || wrong.length > 0) out.push(question('truefalse', 'term', [f], ctx, { prompt: `In the course glossary, does “${term}” mean ${quote(truth ? definition : (wrong[0] as string))}?`, answer: truth }));
  }
  return out;
}

// —— Which came first ——

/** A dated event with a phrase of its own; dates without one are not asked which came first. */
interface DatedEvent {
  fact: Fact;
  phrase: string;
}

function datedEvents(dates: readonly Fact[]): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const f of [...dates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (f.kind !== 'date' || f.precision === 'monthday') continue;
    const phrase = eventPhrase(f.about);
    // The phrase must read as an item on its own (no fragment) and not be another event's.
    if (!phrase || itemProblem(cap(phrase)) !== null || out.some((e) => same(e.phrase, phrase))) continue;
    out.push({ fact: f, phrase });
  }
  return out;
}

/** Whether two dates are in a known order: not one within the other (`2013` and `2013-07-01`), not the same. */
const ordered = (a: Fact, b: Fact): boolean => {
  const x = String(a.value);
  const y = String(b.value);
  return !x.startsWith(y) && !y.startsWith(x);
};

/**
 * "Which came first" for two dated events (true or false), and for four (choice), written from the
 * events' own phrases: `Did France launching Operation Serval come before the Security Council
 * establishing MINUSMA?`. Dates whose clause gives no such phrase are left out.
 */
function firstQuestions(dates: readonly Fact[], ctx: Ctx, rng: Rng): Question[] {
  const events = datedEvents(dates);
  const out: Question[] = [];
  if (ctx.types.includes('truefalse')) {
    // Each event against the next two: enough pairs for a course, and linear in a long briefing.
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < Math.min(events.length, i + 3); j++) {
        const a = events[i] as DatedEvent;
        const b = events[j] as DatedEvent;
        if (!ordered(a.fact, b.fact)) continue;
        const [p, q] = rng() < 0.5 ? [a, b] : [b, a];
        const answer = String(p.fact.value) < String(q.fact.value);
        out.push(question('truefalse', 'first', [p.fact, q.fact], ctx, { prompt: `Did ${p.phrase} come before ${q.phrase}?`, answer }));
      }
    }
  }
  if (ctx.types.includes('choice')) {
    // Four events in a known order, taken in turn: each event of a long list is asked once at most.
    for (let i = 0; i + 4 <= events.length; i += 4) {
      const four = events.slice(i, i + 4);
      if (!four.every((e, k) => four.every((o, m) => m === k || ordered(e.fact, o.fact)))) continue;
      const earliest = [...four].sort((x, y) => (String(x.fact.value) < String(y.fact.value) ? -1 : 1))[0] as DatedEvent;
      const options = four.map((e) => cap(e.phrase)).sort((x, y) => x.localeCompare(y, 'en'));
      out.push(question('choice', 'first', four.map((e) => e.fact), ctx, { prompt: 'Which of these came first?', options, answer: cap(earliest.phrase) }));
    }
  }
  return out;
}

/** Questions on the word facts (and, for dates, which came first), deduplicated by prompt. */
export function wordQuestions(pool: readonly Fact[], all: readonly Fact[], options: WordQuizOptions): Question[] {
  const words = all.filter((f) => isWordKind(f.kind)).slice(0, MAX_FACTS * 4);
  const known = [...words, ...pool.filter((f) => f.kind === 'date')];
  const ctx: Ctx = { seed: options.seed >>> 0, types: options.types, lessonTitle: options.lessonTitle, all: words, ok: (q) => lintQuestion(q, known).length === 0 };
  const sorted = [...pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, MAX_FACTS);
  const perName = new Map<string, number>();
  // The course's subject (`Mali`, `MINUSMA`: named in most lessons) fills a gap once a lesson at most:
  // asked more, the answer is always the same word.
  const docsOf = new Map<string, Set<string>>();
  for (const g of words) if (g.kind === 'name') docsOf.set(String(g.value), (docsOf.get(String(g.value)) ?? new Set()).add(g.docId ?? ''));
  const lessons = new Set(words.map((g) => g.docId ?? '')).size;
  const limitOf = (value: string): number => ((docsOf.get(value)?.size ?? 0) >= Math.max(3, lessons / 2) ? 1 : PER_NAME);
  const rounds: Question[][] = [];
  for (const f of sorted) {
    const rng = mulberry32(deriveSeed(ctx.seed, f.id));
    let qs: Question[] = [];
    if (f.kind === 'name') {
      const key = `${f.docId ?? ''}|${String(f.value)}`;
      const n = perName.get(key) ?? 0;
      if (n >= limitOf(String(f.value))) continue;
      qs = nameQuestions(f, ctx, rng);
      if (qs.length) perName.set(key, n + 1);
    } else if (f.kind === 'acronym') qs = acronymQuestions(f, ctx, rng);
    else if (f.kind === 'list') qs = listQuestions(f, ctx, rng);
    else if (f.kind === 'term') qs = termQuestions(f, ctx, rng);
    // What the linter faults is dropped; the writers above have already tried their rewrites.
    qs = qs.filter(ctx.ok);
    if (qs.length) rounds.push(shuffle(qs, rng));
  }
  const rng = mulberry32(deriveSeed(ctx.seed, 'words'));
  if (ctx.types.includes('match')) rounds.push(acronymMatches(sorted, ctx, rng).filter(ctx.ok));
  rounds.push(firstQuestions(sorted.filter((f) => f.kind === 'date'), ctx, rng).filter(ctx.ok));
  // One question per fact first, then the second of each, and so on: a short quiz meets many facts.
  const order = shuffle(rounds, rng);
  const out: Question[] = [];
  const prompts = new Set<string>();
  for (let r = 0; order.some((qs) => qs.length > r); r++) {
    for (const qs of order) {
      const q = qs[r];
      if (!q) continue;
      const key = `${q.type}|${q.prompt}|${JSON.stringify(q.answer)}`;
      if (prompts.has(key)) continue;
      prompts.add(key);
      out.push(q);
    }
  }
  return out;
}
