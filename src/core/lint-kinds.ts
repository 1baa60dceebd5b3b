// The linter's rules for questions on names, acronyms, list items and glossary terms: what a teacher
// would send back that the number rules cannot see (a generic word offered as an answer, a town among
// countries, a second right answer taken from the same sentence, an acronym that spells out its own
// long form in the prompt, a list's own item offered as the wrong one, a definition that names its
// term). lint.ts calls `lintWordQuestion` for every question; the word-question writer drops or
// rewrites what it faults.
import type { Fact, FactKind, Question } from './types';
import type { LintIssue } from './lint';
import { looseForm } from './acronyms';
import { isGenericName } from './names';
import { MISSIONS, isNationality, isUnBody, placeLevel } from './gazetteer';

/** The rules of this file, beside those of lint.ts (`answer-in-prompt` is shared). */
export type WordLintRule = 'generic-distractor' | 'mixed-distractor' | 'also-right' | 'acronym-shown' | 'same-list-distractor' | 'term-in-definition';

/** The kinds of fact that are words, not numbers. */
export const WORD_KINDS: readonly FactKind[] = ['name', 'acronym', 'list', 'term'];
export const isWordKind = (k: FactKind): boolean => WORD_KINDS.includes(k);

/** Whether `value` stands in `text` as whole words, up to case, accents and hyphens. */
export const mentions = (text: string, value: string): boolean => looseForm(value) !== '' && ` ${looseForm(text)} `.includes(` ${looseForm(value)} `);

/** Whether a word question's prompt shows its own answer (a name, acronym, item, term or definition). */
export function showsWordAnswer(q: Question): boolean {
  return typeof q.answer === 'string' && (q.type === 'choice' || q.type === 'typed') && mentions(q.prompt, q.answer);
}

type OrgClass = 'mission' | 'mission-long' | 'forces' | 'body';
function orgClass(value: string): OrgClass {
  if (/\b(?:forces|troops|army|authorities|government|gendarmerie)$/i.test(value)) return 'forces';
  if (/^[A-Z]{3,}$/.test(value)) return 'mission';
  if (/\b(?:Mission|Office|Operation|Force)\b/.test(value)) return 'mission-long';
  return 'body';
}

const placeClass = (value: string): string => {
  const level = placeLevel(value) ?? 'town';
  return `place:${level === 'capital' ? 'town' : level === 'continent' ? 'region' : level}`;
};

/** A key that names share only with names a learner could mistake them for (towns with towns, missions with missions). */
export function nameClass(f: Fact): string {
  const v = String(f.value);
  switch (f.nameType) {
    case 'organisation':
      return `org:${orgClass(v)}`;
    case 'place':
      return placeClass(v);
    default:
      return f.nameType ?? 'other';
  }
}

/** The class of an option from what the material and the gazetteer know of it; undefined when neither does. */
function optionClass(v: string, facts: readonly Fact[]): string | undefined {
  const f = facts.find((g) => g.kind === 'name' && String(g.value) === v);
  if (f) return nameClass(f);
  if (placeLevel(v)) return placeClass(v);
  if (isNationality(v)) return 'nationality';
  if (isUnBody(v) || MISSIONS.some((m) => m.acronym === v || m.expansion === v) || /\bforces$/.test(v)) return `org:${orgClass(v)}`;
  return undefined;
}

/** Short and long forms the material (and the gazetteer's missions) pair: each is a giveaway of the other. */
function pairsOf(facts: readonly Fact[]): { acronym: string; expansion: string }[] {
  const out = facts.filter((f) => f.kind === 'acronym' && f.expansion).map((f) => ({ acronym: String(f.value), expansion: f.expansion as string }));
  return [...out, ...MISSIONS];
}

/** The text between the first pair of curly quotes of a prompt. */
const quoted = (prompt: string): string => /“([^”]*)”/.exec(prompt)?.[1] ?? '';

/** The name a false statement puts in place of the fact's own (read back from the quoted sentence), or ''. */
export function shownName(q: Question, f: Fact): string {
  if (!f.focus) return '';
  const text = quoted(q.prompt);
  const before = f.sentence.slice(Math.max(0, f.focus.start - 24), f.focus.start).replace(/^\S*\s/, '');
  const after = f.sentence.slice(f.focus.end, f.focus.end + 24).replace(/\s\S*$/, '');
  const i = before ? text.indexOf(before) : 0;
  if (i < 0) return '';
  const from = i + before.length;
  const j = after ? text.indexOf(after, from) : text.length;
  return j < 0 ? '' : text.slice(from, j).trim();
}

const issue = (q: Question, rule: LintIssue['rule'], message: string): LintIssue => ({ rule, questionId: q.id, message });

/** The wrong values a question offers: choice options but its answer, or the value of a false statement. */
function wrongValues(q: Question, f: Fact): string[] {
  if (q.type === 'choice') return (q.options ?? []).filter((o) => o !== q.answer);
  if (q.type === 'truefalse' && q.answer === false && f.kind === 'name') {
    const shown = shownName(q, f);
    return shown && !mentions(shown, String(f.value)) ? [shown] : [];
  }
  return [];
}

function nameIssues(q: Question, f: Fact, facts: readonly Fact[]): LintIssue[] {
  const out: LintIssue[] = [];
  const value = String(f.value);
  const cls = nameClass(f);
  const pairs = pairsOf(facts);
  for (const v of wrongValues(q, f)) {
    if (isGenericName(v)) out.push(issue(q, 'generic-distractor', `"${v}" is a generic word, not a name`));
    const c = optionClass(v, facts);
    if (c && c !== cls) out.push(issue(q, 'mixed-distractor', `"${v}" (${c}) offered for a ${cls}`));
    // A name from the same sentence could be right too (`in Gao or in Sévaré`), as could the answer's other form.
    const shownElsewhere = q.type === 'choice' ? mentions(f.sentence, v) : mentions(f.sentence.slice(0, f.focus?.start ?? 0) + ' ' + f.sentence.slice(f.focus?.end ?? 0), v);
    if (shownElsewhere) out.push(issue(q, 'also-right', `"${v}" stands in the same sentence and could be right too`));
    if (pairs.some((p) => (same(p.acronym, v) && same(p.expansion, value)) || (same(p.expansion, v) && same(p.acronym, value)))) {
      out.push(issue(q, 'also-right', `"${v}" is another form of ${value}`));
    }
  }
  if (typeof q.answer === 'string' && isGenericName(q.answer)) out.push(issue(q, 'generic-distractor', `the answer "${q.answer}" is a generic word`));
  // `the ___ (UNMISS)`: the initials spell out the long form the blank hides, and the other way round.
  const prompt = q.type === 'truefalse' ? '' : q.prompt;
  for (const p of pairs) {
    if ((same(p.expansion, value) && mentions(prompt, p.acronym)) || (same(p.acronym, value) && mentions(prompt, p.expansion))) {
      out.push(issue(q, 'acronym-shown', `the prompt shows the other form of ${value}`));
      break;
    }
  }
  return out;
}

const same = (a: string, b: string): boolean => looseForm(a) === looseForm(b);

function acronymIssues(q: Question, f: Fact, facts: readonly Fact[]): LintIssue[] {
  const out: LintIssue[] = [];
  if (q.type !== 'choice') return out;
  const acr = String(f.value);
  const long = f.expansion ?? '';
  const forward = q.answer !== acr;
  const pairs = pairsOf(facts);
  for (const v of wrongValues(q, f)) {
    const short = /^[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*$/.test(v) && !/\s/.test(v);
    if (short === forward) out.push(issue(q, 'mixed-distractor', `"${v}" is not a ${forward ? 'long form' : 'short form'} like the answer`));
    if (forward && pairs.some((p) => p.acronym === acr && same(p.expansion, v))) out.push(issue(q, 'also-right', `"${v}" is another long form of ${acr}`));
    if (!forward && pairs.some((p) => p.acronym === v && same(p.expansion, long))) out.push(issue(q, 'also-right', `${v} is another short form of the ${long}`));
  }
  return out;
}

function listIssues(q: Question, own: readonly Fact[], facts: readonly Fact[]): LintIssue[] {
  const out: LintIssue[] = [];
  const f = own[0] as Fact;
  const items = facts.filter((g) => g.kind === 'list' && g.docId === f.docId && g.list === f.list).map((g) => String(g.value));
  const inList = (v: string): boolean => items.some((i) => same(i, v));
  const not = /\bNOT\b/.test(q.prompt);
  if (q.type === 'choice') {
    for (const v of q.options ?? []) {
      const right = v === q.answer;
      // `Which is listed`: the others must be outside the list; `Which is NOT listed`: inside it.
      if (!not && !right && inList(v)) out.push(issue(q, 'same-list-distractor', `"${v}" is in the same list`));
      if (not && right && inList(v)) out.push(issue(q, 'same-list-distractor', `"${v}" is in the list it is said not to be in`));
      if (not && !right && !inList(v)) out.push(issue(q, 'also-right', `"${v}" is not in the list either`));
    }
  }
  if (q.type === 'truefalse' && q.answer === false && inList(quoted(q.prompt))) out.push(issue(q, 'same-list-distractor', `"${quoted(q.prompt)}" is in the same list`));
  return out;
}

/** The forms of a term a definition must not contain: the term, and for a long term its last two words. */
export function termForms(term: string): string[] {
  const words = term.split(/\s+/);
  return words.length >= 3 ? [term, words.slice(-2).join(' ')] : [term];
}

function termIssues(q: Question, f: Fact): LintIssue[] {
  const term = String(f.value);
  const definitions: string[] = [];
  if (q.type === 'choice' || q.type === 'typed') definitions.push(q.answer === term ? q.prompt : String(q.answer));
  if (q.type === 'truefalse') definitions.push(q.prompt.replace(`“${term}”`, ''));
  for (const d of definitions) {
    const form = termForms(term).find((t) => mentions(d, t));
    if (form) return [issue(q, 'term-in-definition', `the definition contains "${form}"`)];
  }
  return [];
}

/**
 * Defects of a question on word facts (nothing for the others): the answer in its prompt, and the
 * rules above. `own` are the facts the question asks, `facts` every fact known (lists, acronyms).
 */
export function lintWordQuestion(q: Question, own: readonly Fact[], facts: readonly Fact[]): LintIssue[] {
  const f = own[0];
  if (!f || !isWordKind(f.kind)) return [];
  const out: LintIssue[] = [];
  if (showsWordAnswer(q)) out.push(issue(q, 'answer-in-prompt', `the prompt shows "${String(q.answer)}"`));
  if (f.kind === 'name') out.push(...nameIssues(q, f, facts));
  else if (f.kind === 'acronym') out.push(...acronymIssues(q, f, facts));
  else if (f.kind === 'list') out.push(...listIssues(q, own, facts));
  else if (f.kind === 'term') out.push(...termIssues(q, f));
  return out;
}
