// The question linter: each defect a teacher would send back, named as a rule. The generator drops
// what fails; tests run it over every fixture; the CLI prints a summary. Rules read the question as
// the learner sees it (prompt, options, items) and, where given, the facts it was written from.
import type { Fact, Question } from './types';
import { leaksAnswer } from './prompts';
import { numbersIn } from './numbers';
import { formatFactValue } from './format';
import { isWordKind, lintWordQuestion, type WordLintRule } from './lint-kinds';

/** The defects the linter knows, one name each. */
export type LintRule =
  | WordLintRule
  | 'agreement'
  | 'doubled-word'
  | 'fragment'
  | 'lower-case-start'
  | 'unbalanced-quotes'
  | 'answer-in-prompt'
  | 'answer-in-options'
  | 'implausible-distractor'
  | 'bare-label'
  | 'duplicate'
  | 'same-fact'
  | 'cross-leak';

/** One defect of one question (or, for quiz rules, of a question given the others). */
export interface LintIssue {
  rule: LintRule;
  questionId: string;
  /** What is wrong, quoting the offending words. */
  message: string;
}

// Nouns that a count must agree with: `one batch`, `three years`, never `one batches` or `three year`.
const COUNTABLE = [
  'year', 'month', 'week', 'day', 'hour', 'batch', 'mission', 'operation', 'person', 'officer', 'soldier', 'member',
  'time', 'team', 'brigade', 'battalion', 'company', 'platoon', 'unit', 'helicopter', 'vehicle', 'camp', 'base',
  'peacekeeper', 'country', 'contingent', 'village', 'town', 'attack', 'incident', 'resolution', 'meeting', 'observer',
  'refugee', 'civilian', 'child', 'woman', 'man', 'state', 'nation', 'contributor', 'sector', 'region', 'site', 'force',
  'patrol', 'police officer', 'troop', 'aircraft', 'plan', 'point', 'round', 'phase', 'term', 'mandate', 'report',
];
const IRREGULAR: Record<string, string> = { person: 'people', child: 'children', woman: 'women', man: 'men', batch: 'batches', country: 'countries', company: 'companies', aircraft: 'aircraft' };
const pluralOf = (w: string): string => IRREGULAR[w] ?? `${w}s`;
const SINGULARS = new Set(COUNTABLE);
const PLURALS = new Map(COUNTABLE.filter((w) => pluralOf(w) !== w).map((w) => [pluralOf(w), w]));
const COUNT_WORDS: Record<string, number> = {
  one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const COUNT_NOUN = /(?<![\w.,-])(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+(?:([a-z]+)\s+)?([a-z]+)\b/gi;

/** `one batches`, `three year`: a number and the noun it counts that disagree. */
export function agreementErrors(text: string): string[] {
  const out: string[] = [];
  COUNT_NOUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT_NOUN.exec(text)) !== null) {
    const raw = (m[1] as string).toLowerCase();
    const n = COUNT_WORDS[raw] ?? Number(raw.replace(/,/g, ''));
    const noun = (m[3] as string).toLowerCase();
    // `a four year mandate`: a counted word used as a modifier before the noun.
    if (m[2] !== undefined && (SINGULARS.has(m[2].toLowerCase()) || PLURALS.has(m[2].toLowerCase()))) continue;
    // `1 July`, `2 per cent`, `the 3 year plan` are not counts of the noun.
    if (!Number.isFinite(n) || /-$/.test(m[0])) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^[-‑]/.test(after)) continue;
    if (n === 1 && PLURALS.has(noun) && !/\bof\b/.test(m[0])) out.push(m[0]);
    else if (n > 1 && SINGULARS.has(noun) && pluralOf(noun) !== noun && !/^\s*(?:old|long|term|plan|mandate)\b/.test(after)) {
      // `four year mandate` reads as a compound: only a noun that ends the phrase must agree.
      if (/^\s+[a-z]+(?:\s|$)/.test(after) && !/^\s+(?:of|in|on|at|to|for|and|or|with|by|from|since|until|after|before)\b/.test(after)) continue;
      out.push(m[0]);
    }
  }
  return out;
}

const DOUBLED = /\b([A-Za-z]+)\s+\1\b/gi;
// Word pairs that are English when doubled.
const DOUBLE_OK = new Set(['that', 'had', 'very', 'bye', 'no', 'so']);

function doubledWords(text: string): string[] {
  const out: string[] = [];
  DOUBLED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOUBLED.exec(text)) !== null) if (!DOUBLE_OK.has((m[1] as string).toLowerCase())) out.push(m[0]);
  return out;
}

function unbalanced(text: string): string | null {
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  if (open !== close) return 'curly quotes';
  if ((text.match(/"/g) ?? []).length % 2 === 1) return 'straight quotes';
  const po = (text.match(/\(/g) ?? []).length;
  const pc = (text.match(/\)/g) ?? []).length;
  if (po !== pc) return 'brackets';
  // A quote that stops mid-phrase: `… civil war, in”`.
  const cut = /[,;:]\s*(?:in|of|the|a|an|to|and|by|on|at|for|with)?”/.exec(text);
  if (cut) return `quote cut short at "${cut[0]}"`;
  return null;
}

// Words an event description must not start with: it would be a fragment of a longer sentence.
const FRAGMENT_START = /^(?:…|\.\.\.|which|that|who|whom|whose|and|or|but|while|whereas|because|although|when|where|of|in|on|at|to|for|with|by|from|as|its|their|it|they|this|these|those)\b/i;
const DANGLING_END = /\b(?:the|a|an|of|in|on|at|to|for|with|by|from|and|or|which|that|its|their|than)\s*…?$/i;

/** Why an order or match item is not a short, complete, capitalised description, or null. */
export function itemProblem(item: string): LintRule | null {
  const t = item.trim();
  if (!t) return 'fragment';
  if (/^[a-z]/.test(t)) return 'lower-case-start';
  if (FRAGMENT_START.test(t) || DANGLING_END.test(t) || t.split(/\s+/).length < 3 || t.endsWith('…')) return 'fragment';
  return null;
}

const issue = (q: Question, rule: LintRule, message: string): LintIssue => ({ rule, questionId: q.id, message });

/** Defects of one question on its own. `facts` lets the rules see the values asked. */
export function lintQuestion(q: Question, facts: readonly Fact[] = []): LintIssue[] {
  const out: LintIssue[] = [];
  const own = q.factIds.map((id) => facts.find((f) => f.id === id)).filter((f): f is Fact => f !== undefined);
  const texts = [q.prompt, ...(q.left ?? []), ...(q.options ?? [])];
  for (const t of texts) {
    for (const e of agreementErrors(t)) out.push(issue(q, 'agreement', `number and noun disagree: "${e}"`));
    for (const e of doubledWords(t)) out.push(issue(q, 'doubled-word', `doubled word: "${e}"`));
    const u = unbalanced(t);
    if (u) out.push(issue(q, 'unbalanced-quotes', `unbalanced ${u} in "${t.slice(0, 60)}"`));
  }
  if (/^[a-z]/.test(q.prompt.trim())) out.push(issue(q, 'lower-case-start', 'the prompt starts in lower case'));
  if (/\bhow many (?:point|year|day|month|week|batch)\b/i.test(q.prompt)) out.push(issue(q, 'agreement', 'a singular noun after "how many"'));
  if (q.type === 'choice' || q.type === 'typed') {
    for (const f of own) if (!isWordKind(f.kind) && leaksAnswer(q.prompt, f)) out.push(issue(q, 'answer-in-prompt', `the prompt shows ${formatFactValue(f)}`));
  }
  if (q.type === 'order') {
    for (const item of q.options ?? []) {
      const p = itemProblem(item);
      if (p) out.push(issue(q, p, `order item "${item}"`));
    }
    for (const f of own) {
      if ((q.options ?? []).some((o) => leaksAnswer(o, f)) || leaksAnswer(q.prompt, f)) {
        out.push(issue(q, 'answer-in-options', `an item shows the date ${formatFactValue(f)}`));
      }
    }
    const sentences = new Set(own.map((f) => f.sentence));
    if (own.length > 0 && sentences.size < own.length) out.push(issue(q, 'fragment', 'two items come from the same sentence'));
  }
  if (q.type === 'match') {
    for (const item of q.options ?? []) {
      const p = itemProblem(item);
      if (p) out.push(issue(q, p, `match item "${item}"`));
    }
    for (const item of q.options ?? []) {
      if (!/[a-z]{2,}\s+[a-z]{2,}/i.test(item)) out.push(issue(q, 'bare-label', `match description "${item}" is a bare word`));
    }
  }
  if (q.type === 'choice' && q.options) out.push(...distractorIssues(q, own[0]));
  out.push(...lintWordQuestion(q, own, facts));
  return out;
}

/** Options no learner would pick: ±1 resolution numbers, another precision, another magnitude. */
function distractorIssues(q: Question, fact: Fact | undefined): LintIssue[] {
  const out: LintIssue[] = [];
  const options = q.options ?? [];
  if (q.kind === 'resolution') {
    const nums = options.map((o) => Number(o.replace(/\D/g, ''))).sort((a, b) => a - b);
    let adjacent = 0;
    for (let i = 1; i < nums.length; i++) if ((nums[i] as number) - (nums[i - 1] as number) === 1) adjacent++;
    if (adjacent >= 2) out.push(issue(q, 'implausible-distractor', `resolution options run in steps of one: ${options.join(', ')}`));
  }
  if (q.kind === 'figure' && fact && !fact.ordinal) {
    const v = Number(fact.value);
    const nums = options.map((o) => numbersIn(o)[0] ?? NaN);
    const decimals = (x: number): number => (String(x).split('.')[1] ?? '').length;
    if (nums.some((x) => !Number.isFinite(x))) out.push(issue(q, 'implausible-distractor', 'an option is not a number'));
    else {
      if (v >= 4 && nums.some((x) => x < v / 10 || x > v * 10)) out.push(issue(q, 'implausible-distractor', `an option of another magnitude: ${options.join(', ')}`));
      if (nums.some((x) => decimals(x) !== decimals(v))) out.push(issue(q, 'implausible-distractor', `an option of another precision: ${options.join(', ')}`));
    }
  }
  if (q.kind === 'date') {
    const shape = (o: string): string => o.replace(/\d/g, '9').replace(/[A-Za-z]+/g, 'M').replace(/9+/g, '9');
    if (new Set(options.map(shape)).size > 1) out.push(issue(q, 'implausible-distractor', `options of different precision: ${options.join(', ')}`));
  }
  return out;
}

/**
 * What a question shows the learner as true: its prompt (a quoted sentence, a true/false statement),
 * and the columns of a match. Choice options are left out: they are wrong values on purpose.
 */
export function shownText(q: Question): string {
  const parts = [q.prompt];
  if (q.type === 'match') parts.push(...(q.left ?? []), ...(q.options ?? []));
  if (q.type === 'order') parts.push(...(q.options ?? []));
  return parts.join(' \n ');
}

/** Whether `other` shows the answer to the fact `f` (which it does not itself ask). */
export function showsAnswer(other: Question, f: Fact, facts: ReadonlyMap<string, Fact>): boolean {
  if (other.factIds.includes(f.id)) return false;
  // A false statement shows a wrong value of its own fact; it can still show this one.
  if (other.type === 'truefalse' && other.answer === false && other.factIds.some((x) => facts.get(x)?.value === f.value)) return false;
  return leaksAnswer(shownText(other), f);
}

/**
 * Defects of a quiz as a whole: the same question twice, two questions on one fact (unless the quiz
 * has more questions than facts), and a question whose answer another question shows.
 */
export function lintQuiz(questions: readonly Question[], facts: readonly Fact[] = []): LintIssue[] {
  const out: LintIssue[] = [];
  const byId = new Map(facts.map((f) => [f.id, f]));
  const prompts = new Set<string>();
  const usedFacts = new Set<string>();
  const allFacts = new Set(questions.flatMap((q) => q.factIds));
  const enoughFacts = allFacts.size >= questions.length;
  for (const q of questions) {
    if (prompts.has(q.prompt)) out.push(issue(q, 'duplicate', `the same prompt twice: "${q.prompt.slice(0, 60)}"`));
    prompts.add(q.prompt);
    if (enoughFacts && q.factIds.some((id) => usedFacts.has(id))) out.push(issue(q, 'same-fact', 'another question of the quiz asks the same fact'));
    for (const id of q.factIds) usedFacts.add(id);
  }
  for (const q of questions) {
    if (q.type === 'order' || q.type === 'match') continue;
    for (const id of q.factIds) {
      const f = byId.get(id);
      if (!f) continue;
      for (const other of questions) {
        if (other === q) continue;
        if (showsAnswer(other, f, byId)) {
          out.push(issue(q, 'cross-leak', `question ${other.id} shows the answer ${formatFactValue(f)}`));
          break;
        }
      }
    }
  }
  return out;
}

/** Counts of issues by rule, for a one-line summary: `lint: 0 defects` or `lint: 3 defects (agreement 2, fragment 1)`. */
export function lintSummary(issues: readonly LintIssue[]): string {
  if (issues.length === 0) return 'lint: 0 defects';
  const counts = new Map<string, number>();
  for (const i of issues) counts.set(i.rule, (counts.get(i.rule) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`);
  return `lint: ${issues.length} defect${issues.length === 1 ? '' : 's'} (${parts.join(', ')})`;
}
