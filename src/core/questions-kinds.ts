// Questions on names, acronyms, list items and glossary terms, and "which came first" for two dated
// events. Same contract as generateQuestions: plain data, deterministic for a seed.
import type { Fact, FactKind, Question, QuestionType } from './types';
import { hash32 } from './hash';
import { deriveSeed, mulberry32, shuffle, type Rng } from './rng';
import { excerpt, hasWords, isSelfContained } from './context';
import { looseForm } from './acronyms';
import { MISSIONS, NATIONALITIES, UN_BODIES, isAfrican, placeLevel, placesAt, sameLevel, type PlaceLevel } from './gazetteer';

/** The kinds this module writes questions for (dates only for "which came first"). */
export const WORD_KINDS: readonly FactKind[] = ['name', 'acronym', 'list', 'term'];
export const isWordKind = (k: FactKind): boolean => WORD_KINDS.includes(k);

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
const mentions = (text: string, value: string): boolean => ` ${looseForm(text)} `.includes(` ${looseForm(value)} `);

type OrgClass = 'mission' | 'mission-long' | 'forces' | 'body';
function orgClass(value: string): OrgClass {
  if (/\b(?:forces|troops|army|authorities|government|gendarmerie)$/i.test(value)) return 'forces';
  if (/^[A-Z]{3,}$/.test(value)) return 'mission';
  if (/\b(?:Mission|Office|Operation|Force)\b/.test(value)) return 'mission-long';
  return 'body';
}

/** A key that names share only with names a learner could mistake them for. */
function classOf(f: Fact): string {
  const v = String(f.value);
  switch (f.nameType) {
    case 'organisation':
      return `org:${orgClass(v)}`;
    case 'place': {
      const level = placeLevel(v) ?? 'town';
      return `place:${level === 'capital' ? 'town' : level === 'continent' ? 'region' : level}`;
    }
    default:
      return f.nameType ?? 'other';
  }
}

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
  if (cls === 'org:body') return [...UN_BODIES];
  if (cls === 'org:forces') return ['Chadian', 'Nigerien', 'Senegalese', 'Burkinabe', 'Mauritanian'].map((n) => `${n} forces`);
  if (cls === 'nationality') return [...NATIONALITIES].filter((n) => !/^(?:African|Western|European|Asian)$/.test(n));
  if (cls.startsWith('place:')) {
    const level = cls.slice(6) as PlaceLevel;
    return (['country', 'capital', 'town', 'region', 'continent'] as PlaceLevel[]).filter((l) => sameLevel(l, level)).flatMap(placesAt);
  }
  return [];
}

interface Ctx {
  seed: number;
  types: readonly QuestionType[];
  lessonTitle: ((docId: string | undefined) => string | undefined) | undefined;
  /** Every word fact given, for distractors: material first. */
  all: readonly Fact[];
}

/** The lesson named in a prompt; not by its title when the title holds the answer (`Why MINUSMA matters`). */
const where = (f: Fact, ctx: Ctx, answer = ''): string => {
  const t = ctx.lessonTitle?.(f.docId);
  if (t && answer && mentions(t, answer)) return 'this lesson';
  return t ? `“${t}”` : 'the briefing';
};

/** Whether a word question's prompt shows its own answer (a name, acronym, item, term or definition). */
export function showsWordAnswer(q: Question): boolean {
  return typeof q.answer === 'string' && (q.type === 'choice' || q.type === 'typed') && mentions(q.prompt, q.answer);
}

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
  const ok = (v: string): boolean => !overlaps(v, answer) && !avoid(v) && !out.some((o) => same(o, v));
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

function nameQuestions(f: Fact, ctx: Ctx, rng: Rng): Question[] {
  if (f.nameType === 'other' || !f.focus) return [];
  const cls = classOf(f);
  const noun = NOUN[cls];
  if (!noun) return [];
  const value = String(f.value);
  const cloze = excerpt(f.sentence, f.focus.start, f.focus.end, BLANK, 28);
  // The answer must not stand elsewhere in the excerpt, and the excerpt must say something.
  if (mentions(cloze.replace(BLANK, ' '), value) || !hasWords(cloze.replace(BLANK, ''), 4)) return [];
  const material = nearFirst(f, ctx.all.filter((g) => g.kind === 'name' && classOf(g) === cls), rng);
  // A name from the same sentence could be right too (`in Gao or in Sévaré`).
  const wrong = pick(value, material, gazetteerOf(cls, value), (v) => mentions(f.sentence, v), 3, rng);
  const prompt = `In ${where(f, ctx, value)}: ${quote(cloze)}. Which ${noun} fills the gap?`;
  const out: Question[] = [];
  if (ctx.types.includes('choice')) {
    const q = choice('choice', 'name', [f], ctx, prompt, value, wrong);
    if (q) out.push(q);
  }
  if (ctx.types.includes('typed') && (cls.startsWith('place:') || cls === 'nationality' || /^[A-Z]{3,}$/.test(value))) {
    out.push(question('typed', 'name', [f], ctx, { prompt, answer: value }));
  }
  if (ctx.types.includes('truefalse') && wrong.length > 0) {
    // Only the first name of a sentence may be asked as a true statement: two true statements
    // from one sentence would be the same question.
    const first = !ctx.all.some((g) => g.kind === 'name' && g.docId === f.docId && g.sentence === f.sentence && (g.focus?.start ?? 0) < (f.focus?.start ?? 0));
    const truth = first && rng() < 0.5;
    const shown = truth ? value : (wrong[0] as string);
    const filled = cloze.replace(BLANK, shown);
    out.push(question('truefalse', 'name', [f], ctx, { prompt: `Is this what ${where(f, ctx, value)} says: ${quote(filled)}?`, answer: truth }));
  }
  return out;
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
  // The definition must not name its own term, or asking for the term gives it away.
  const withoutTerm = mentions(definition, term) ? '' : definition;
  const terms = ctx.all.filter((g) => g.kind === 'term' && g.id !== f.id);
  const out: Question[] = [];
  if (ctx.types.includes('choice')) {
    const defs = pick(definition, shuffle(terms.map((g) => firstSentence(g.about)), rng), [], (v) => mentions(v, term), 3, rng);
    const q = choice('choice', 'term:forward', [f], ctx, `In the course glossary, what does “${term}” mean?`, definition, defs);
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
    const truth = wrong.length === 0 || rng() < 0.5;
    out.push(question('truefalse', 'term', [f], ctx, { prompt: `In the course glossary, does “${term}” mean ${quote(truth ? definition : (wrong[0] as string))}?`, answer: truth }));
  }
  return out;
}

// —— Which came first ——

const datedEvent = (f: Fact): boolean => f.kind === 'date' && f.precision !== 'monthday' && hasWords(f.about, 3) && isSelfContained(f.about);

function firstQuestions(dates: readonly Fact[], ctx: Ctx, rng: Rng): Question[] {
  if (!ctx.types.includes('truefalse')) return [];
  const events = dates.filter(datedEvent).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: Question[] = [];
  // Each event against the next two: enough pairs for a course, and linear in a long briefing.
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < Math.min(events.length, i + 3); j++) {
      const a = events[i] as Fact;
      const b = events[j] as Fact;
      const x = String(a.value);
      const y = String(b.value);
      if (x.startsWith(y) || y.startsWith(x) || same(a.about, b.about)) continue;
      const [p, q] = rng() < 0.5 ? [a, b] : [b, a];
      const answer = String(p.value) < String(q.value);
      out.push(question('truefalse', 'first', [p, q], ctx, { prompt: `Which came first? Did this happen before the other: ${quote(cap(p.about))}, then ${quote(q.about)}?`, answer }));
    }
  }
  return out;
}

/** Questions on the word facts (and, for dates, which came first), deduplicated by prompt. */
export function wordQuestions(pool: readonly Fact[], all: readonly Fact[], options: WordQuizOptions): Question[] {
  const ctx: Ctx = { seed: options.seed >>> 0, types: options.types, lessonTitle: options.lessonTitle, all: all.filter((f) => isWordKind(f.kind)).slice(0, MAX_FACTS * 4) };
  const sorted = [...pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, MAX_FACTS);
  const perName = new Map<string, number>();
  const rounds: Question[][] = [];
  for (const f of sorted) {
    const rng = mulberry32(deriveSeed(ctx.seed, f.id));
    let qs: Question[] = [];
    if (f.kind === 'name') {
      const key = `${f.docId ?? ''}|${String(f.value)}`;
      const n = perName.get(key) ?? 0;
      if (n >= PER_NAME) continue;
      qs = nameQuestions(f, ctx, rng);
      if (qs.length) perName.set(key, n + 1);
    } else if (f.kind === 'acronym') qs = acronymQuestions(f, ctx, rng);
    else if (f.kind === 'list') qs = listQuestions(f, ctx, rng);
    else if (f.kind === 'term') qs = termQuestions(f, ctx, rng);
    if (qs.length) rounds.push(shuffle(qs, rng));
  }
  const rng = mulberry32(deriveSeed(ctx.seed, 'words'));
  if (ctx.types.includes('match')) rounds.push(acronymMatches(sorted, ctx, rng));
  rounds.push(firstQuestions(sorted.filter((f) => f.kind === 'date'), ctx, rng));
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
