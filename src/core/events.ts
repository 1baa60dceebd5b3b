// The event a date belongs to, or the quantity a figure counts, read from the fact's own clause:
// who did what to what, and whether it was planned, decided or done. Plain rules over one clause
// (verb groups, a table of irregular verbs, a few relative and reporting shapes); when the clause
// has none of these shapes there is no event and prompts fall back to quoting the sentence.
import type { FactEvent } from './types';
import { baseOf, inflect, participleOf, pastOf } from './verbs';
import { compressNames } from './context';

type Range = { start: number; end: number };

// Where a sentence holding several events is cut: `…, and on 20 May the Council raised …`.
const EVENT_BREAK = /;\s|,\s+(?:and|but|while|whereas|then|before|after|until|when|which|who|following|prompting|making)\s|\s(?:and|but)\s+(?=(?:on|in|by|from|since)\s)|\s[—–]\s|:\s/g;
const CONNECTOR =
  /(?:\b(?:on|in|of|since|by|from|until|till|before|after|as\s+of|dated|at|during|through|between|around|about)\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+)?(?:(?:early|late|mid)[\s-]?)?)$/i;
const REPORTING = /^(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5}\s+)?(?:said|says|reported|stated|noted|told\s+reporters|recalled|confirmed)\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:that\s+)?/;
const WEEKDAY = /\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\s*|\b(?:today|yesterday)\s+/g;
const RESOLUTION_ADOPTED =
  /\b[Rr]esolutions?\s+(\d{1,4})(?:\s*\(\s*\d{4}\s*\))?\s*,?\s*(?:of|dated|(?:which\s+was\s+|that\s+was\s+|was\s+)?adopted(?:\s+unanimously)?(?:\s+by\s+the\s+(?:UN\s+)?(?:Security\s+)?Council)?(?:\s+on|\s+in)?|which\s+(?:it|the\s+(?:UN\s+)?(?:Security\s+)?Council)\s+(?:unanimously\s+)?adopted(?:\s+on|\s+in)?)\s*$/;

const PARTICLES = new Set(['up', 'out', 'over', 'down', 'off', 'back', 'away']);
const AUX_PLAN = /\b(was|were|is|are)\s+(?:(due|expected|scheduled|set|supposed|meant|planned|slated|likely|required)\s+)?to\s+(be\s+)?((?:\w+ly\s+)?[a-z]+)\b/;
const MODAL_PLAN = /\b(will|would|shall)\s+(?:(?:also|then|now|only)\s+)?(be\s+)?((?:\w+ly\s+)?[a-z]+)\b/;
const INTEND = /\b(plans?|planned|intends?|intended|aims?|aimed|hopes?|hoped|expects?|expected)\s+to\s+(be\s+)?([a-z]+)\b/;
const DECIDED = /\b(decided|agreed|voted|resolved|pledged|promised|undertook)\s+(?:unanimously\s+)?to\s+([a-z]+)\b/;
const PASSIVE = /\b(was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:\w+ly|also|then|first|later|finally|soon)\s+)?([a-z]+)\b/;
const PERFECT = /\b(has|have|had)\s+(?:(?:\w+ly|also|then|first|finally)\s+)?([a-z]+)\b/;
const WORD = /[A-Za-z][A-Za-z'’-]*/g;
// Words after which an -ed word is an adjective or a noun's modifier, not the clause's verb.
const BEFORE_ADJECTIVE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'of', 'for', 'with', 'by', 'from', 'on', 'in', 'at', 'to', 'newly', 'so', 'well', 'and', 'or', 'as', 'fully', 'most', 'more', 'some', 'all', 'any', 'no', 'non', 'into', 'under', 'over', 'between', 'among', 'against', 'armed', 'be', 'been', 'being']);
const NOT_VERBS = new Set(['united', 'armed', 'based', 'led', 'so-called', 'red', 'bed', 'need', 'speed', 'seed', 'feed', 'hundred', 'kindred', 'naked', 'sacred', 'wicked', 'ragged', 'rugged', 'wretched', 'beloved', 'learned', 'aged', 'blessed', 'crooked', 'dogged', 'jagged', 'embed', 'shed', 'wed', 'bled']);
// `At its height the mission …`: a prepositional phrase before the subject.
const LEADING_PHRASE = /^(?:at|in|on|by|from|since|after|before|during|under|with|for|following|within|throughout)\s+(?:(?:its|their|the|a|an|this|that)\s+)?[a-z-]+\s+(?=(?:the|a|an|its|their)\s|[A-Z])/i;
const MONTH_OR_YEAR = /\b(?:1[89]|20)\d{2}\b|\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/;
const RESOLUTION_NAME = /(?:S\/RES\/\d{1,4}\s*\(\d{4}\)|[Rr]esolutions?\s+\d{1,4}(?:\s*\(\d{4}\))?)/g;
const DEMONSTRATIVE = /^(?:that|this|these|those|such)\b/i;
const PRONOUNS = /^(?:it|they|he|she|which|who|that|this|these|those|we)$/i;
const DANGLING = /\s+(?:the|a|an|of|in|on|at|to|for|with|by|from|and|or|its|their|than|as|into|which|that|who|also)$/i;
const COMMON_LEAD = /^(?:At least|More than|About|Around|Nearly|Some|Up to|Over|Almost|Fewer than|The|A|An|Its|Their|His|Her|This|These|Those|Some|All|Most|Many|Several|Both|Each|Fighting|Peacekeepers|Troops|Soldiers|Rebels|Talks|Negotiations|Elections|Clashes|Protests|Violence|Hostilities|Parliament|Voters|Refugees|Civilians|Police|Forces|Attacks|Deployment|Operations|Observers|Resolution)\b/;

/** A clause's subject written for the middle of a question: `The Security Council` → `the Security Council`. */
export function inMidSentence(s: string): string {
  return COMMON_LEAD.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

// `resolution 1509 (2003)`: the year a resolution was adopted would give a date question away.
const withoutYears = (s: string): string => s.replace(/(\d)\s*\(\s*(?:19|20)\d{2}\s*\)/g, '$1');

/** The local clause of `[from, to)`: the clause cut again where the sentence starts another event. */
export function eventClause(sentence: string, from: number, to: number, clause: Range): Range {
  let { start, end } = clause;
  EVENT_BREAK.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = EVENT_BREAK.exec(sentence)) !== null && m.index < end) {
    const a = m.index;
    const b = a + m[0].length;
    if (b <= from) start = b;
    else if (a >= to) {
      end = a;
      break;
    }
  }
  return { start, end };
}

interface Verb {
  at: number;
  end: number;
  base: string;
  status: FactEvent['status'];
  passive: boolean;
  modal?: string;
  plural?: boolean;
  present?: boolean;
}

const tidy = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:]+|[\s,;:.!?]+$/g, '')
    .replace(/^(?:and|but|or|while|whereas|then|so|also|when|after|before|as)\s+/i, '')
    .trim();

function clip(s: string, words: number): string {
  const cut = s.split(' ');
  let out = cut.length > words ? cut.slice(0, words).join(' ') : s;
  // `… the authorised strength of UNAMSIL to a maximum of`: no dangling preposition or article.
  while (DANGLING.test(out)) out = out.replace(DANGLING, '');
  return out;
}

/** The base of a verb phrase starting at `word`, with a particle after it (`set up`, `took over`). */
function verbPhrase(text: string, at: number, word: string): { base: string; end: number } | null {
  const base = baseOf(word);
  if (!base) return null;
  let end = at + word.length;
  const next = /^\s+([a-z]+)\b/.exec(text.slice(end));
  if (next && PARTICLES.has(next[1] as string)) {
    end += next[0].length;
    return { base: `${base} ${next[1] as string}`, end };
  }
  return { base, end };
}

/** A verb in the third person present (`sets up`, `creates`), read as a past event. */
function presentPhrase(text: string, at: number, word: string): { base: string; end: number } | null {
  if (!/^[a-z]{3,}s$/.test(word) || /(?:ss|us|is|ous)$/.test(word)) return null;
  const base = /(?:ches|shes|sses|xes)$/.test(word) ? word.slice(0, -2) : /[^aeiou]ies$/.test(word) ? word.slice(0, -3) + 'y' : word.slice(0, -1);
  let end = at + word.length;
  const next = /^\s+([a-z]+)\b/.exec(text.slice(end));
  if (next && PARTICLES.has(next[1] as string)) {
    end += next[0].length;
    return { base: `${base} ${next[1] as string}`, end };
  }
  return { base, end };
}

/** A plain verb as written in its base form (`take`, `be subsumed`) after `to` or a modal. */
function plainVerb(text: string, at: number, word: string, passive: boolean): { base: string; end: number } | null {
  if (passive) return verbPhrase(text, at, word);
  if (!/^[a-z]{2,}$/.test(word) || /(?:ed|ing)$/.test(word) && !/^(?:need|exceed|proceed|succeed|feed|bring|sing)$/.test(word)) return null;
  let end = at + word.length;
  const next = /^\s+([a-z]+)\b/.exec(text.slice(end));
  let base = word;
  if (next && PARTICLES.has(next[1] as string)) {
    end += next[0].length;
    base = `${word} ${next[1] as string}`;
  }
  return { base, end };
}

/** The clause's main verb group, first by position. */
function findVerb(text: string, present = false): Verb | null {
  const found: Verb[] = [];
  const plan = AUX_PLAN.exec(text);
  if (plan) {
    const word = (plan[4] as string).replace(/^\w+ly\s+/, '');
    const at = plan.index + plan[0].length - word.length;
    const v = plainVerb(text, at, word, plan[3] !== undefined);
    if (v) found.push({ at: plan.index, end: v.end, base: v.base, status: 'planned', passive: plan[3] !== undefined, plural: /^(?:were|are)$/.test(plan[1] as string), present: /^(?:is|are)$/.test(plan[1] as string) });
  }
  const modal = MODAL_PLAN.exec(text);
  if (modal) {
    const word = (modal[3] as string).replace(/^\w+ly\s+/, '');
    const at = modal.index + modal[0].length - word.length;
    const v = plainVerb(text, at, word, modal[2] !== undefined);
    if (v) found.push({ at: modal.index, end: v.end, base: v.base, status: 'planned', passive: modal[2] !== undefined, modal: modal[1] as string, present: modal[1] !== 'would' });
  }
  const intend = INTEND.exec(text);
  if (intend) {
    const word = intend[3] as string;
    const at = intend.index + intend[0].length - word.length;
    const v = plainVerb(text, at, word, intend[2] !== undefined);
    if (v) found.push({ at: intend.index, end: v.end, base: v.base, status: 'planned', passive: intend[2] !== undefined, present: /s$/.test(intend[1] as string) });
  }
  const decided = DECIDED.exec(text);
  if (decided) {
    const word = decided[2] as string;
    const at = decided.index + decided[0].length - word.length;
    const v = plainVerb(text, at, word, false);
    const d = baseOf(decided[1] as string);
    if (v && d) found.push({ at: decided.index, end: v.end, base: `${d} to ${v.base}`, status: 'decided', passive: false });
  }
  const passive = PASSIVE.exec(text);
  if (passive) {
    const word = passive[2] as string;
    const at = passive.index + passive[0].length - word.length;
    const v = word.endsWith('ed') || baseOf(word) !== null ? verbPhrase(text, at, word) : null;
    if (v && !/^(?:to|due|expected|scheduled)$/.test(word)) found.push({ at: passive.index, end: v.end, base: v.base, status: 'done', passive: true, plural: /^(?:were|are|have)/.test(passive[1] as string) });
  }
  const perfect = PERFECT.exec(text);
  if (perfect && perfect[2] !== 'been') {
    const word = perfect[2] as string;
    const at = perfect.index + perfect[0].length - word.length;
    const v = verbPhrase(text, at, word);
    if (v) found.push({ at: perfect.index, end: v.end, base: v.base, status: 'done', passive: false, modal: perfect[1] as string });
  }
  // A simple past: the first past form that is not an adjective (`the armed groups`).
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prev = '';
  let index = 0;
  while ((m = WORD.exec(text)) !== null) {
    const word = m[0];
    const lower = word.toLowerCase();
    const capitalised = /^[A-Z]/.test(word);
    if (!(capitalised && index > 0) && !NOT_VERBS.has(lower) && !BEFORE_ADJECTIVE.has(prev) && !/^(?:was|were|had|did|been|be|is|are|has|have|said|to)$/.test(lower)) {
      const v = verbPhrase(text, m.index, lower) ?? (present && index > 0 ? presentPhrase(text, m.index, lower) : null);
      if (v && (index > 0 || !/^\s+[a-z]/.test(text.slice(m.index + word.length)) || !capitalised)) {
        found.push({ at: m.index, end: v.end, base: v.base, status: 'done', passive: false });
        break;
      }
    }
    prev = lower;
    index++;
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.at - b.at);
  return found[0] as Verb;
}

/**
 * The event of a clause (`text`, the fact's value taken out). `subjectOf` resolves a pronoun or
 * relative subject to what it stands for, or returns null when it cannot.
 */
export function readEvent(text: string, subjectOf: (pronoun: string) => string | null, present = false): FactEvent | undefined {
  let t = tidy(text.replace(WEEKDAY, ' '));
  const reported = REPORTING.exec(t);
  if (reported && reported[0].length < t.length) t = t.slice(reported[0].length);
  const verb = findVerb(t, present);
  if (!verb) return undefined;
  let before = tidy(t.slice(0, verb.at));
  // A leading aside (`In its resolution, the Council …`, `Three years later, …`) is not the subject.
  const comma = before.lastIndexOf(', ');
  if (comma >= 0) before = before.slice(comma + 2);
  before = before.replace(LEADING_PHRASE, '');
  let after = withoutYears(t.slice(verb.end));
  const cut = /,\s(?!\d)|\s(?:after|before|when|because|while|following|until|as\s+part\s+of)\s|\s(?:of|on|in)\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/.exec(after);
  if (cut) after = after.slice(0, cut.index);
  after = tidy(after);
  if (PRONOUNS.test(before)) {
    const resolved = subjectOf(before.toLowerCase());
    if (!resolved || PRONOUNS.test(resolved)) return undefined;
    before = resolved;
  }
  before = withoutYears(compressNames(before));
  if (!before && !verb.passive && verb.status !== 'planned') return undefined;
  if (before.split(' ').length > 9 || MONTH_OR_YEAR.test(before.replace(RESOLUTION_NAME, '')) || DEMONSTRATIVE.test(before)) return undefined;
  if (/^(?:it|them|this|that|these|those)$/i.test(after)) return undefined;
  const status = /\bsubject\s+to\b/.test(t) && verb.status === 'done' ? 'planned' : verb.status;
  const event: FactEvent = { subject: '', action: verb.base, object: '', status };
  if (verb.passive) {
    // `UNOM had been set up by resolution 2085`: who acted, when the clause says so.
    const by = /^by\s+(the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})(?=$|\s)/.exec(after);
    if (!before) return undefined;
    const agent = by ? (by[1] as string) : '';
    if (by && !/^(?:UNSC\s+)?[Rr]esolution|\b[Rr]esolution$/.test(agent) && !/^\s+[Rr]esolution/.test(after.slice(by[0].length)) && verb.status === 'done') {
      event.subject = compressNames(by[1] as string);
      event.object = compressNames(before);
      const rest = tidy(after.slice(by[0].length));
      if (rest) event.object += ` ${clip(rest, 8)}`;
    } else {
      event.object = compressNames(before);
      event.passive = true;
      if (verb.plural) event.plural = true;
      if (after) event.detail = clip(compressNames(after), 10);
    }
  } else {
    event.subject = compressNames(before);
    event.object = clip(compressNames(after), 12);
    if (verb.plural) event.plural = true;
  }
  if (verb.present) event.present = true;
  if (verb.modal && verb.status !== 'done') event.modal = verb.modal;
  if (/^\W|\W$/.test(event.action)) return undefined;
  return event;
}

/** The adoption a date belongs to when it stands right after a resolution (`resolution 2085 of 20 December 2012`). */
export function adoptionBefore(sentence: string, from: number): FactEvent | undefined {
  const head = Math.max(0, from - 90);
  const m = RESOLUTION_ADOPTED.exec(sentence.slice(head, from));
  if (!m) return undefined;
  // `The Security Council established MINUSMA through resolution 2100, adopted on 25 April 2013`:
  // what the sentence says the resolution did, done that day, is the better event.
  const by = BY_RESOLUTION.exec(sentence.slice(0, head + m.index));
  if (by) {
    const done = readEvent(by[1] as string, () => null);
    if (done && done.status === 'done' && !/\b[Rr]esolution\b/.test(`${done.subject} ${done.object}`)) return done;
  }
  return { subject: 'the Security Council', action: 'adopt', object: `resolution ${m[1] as string}`, status: 'done' };
}

const BY_RESOLUTION = /^([^,;:]{8,160}?)\s+(?:by|through|in|under|with)\s+(?:its\s+)?(?:(?:UN\s+)?Security\s+Council\s+|UNSC\s+)?$/;

const RELATIVE_RESOLUTION = /\b[Rr]esolution\s+(\d{1,4})(?:\s*\(\s*\d{4}\s*\))?\s*,?\s*$/;
const SENTENCE_SUBJECT = /^(?:(?:On|In|By|From|Since|After|Before)\s[^,]{1,40},\s*)?((?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}?(?:[A-Z][\w'’.-]*|Council|Assembly|Government|government|Secretary-General))\s+(?:\w+ly\s+)?(?:[a-z]+ed|set|took|made|gave|sent|led|held|met|began|was|were|had|has|would|will|could|voted|decided)\b/;

// `the signing of the Comprehensive Peace Agreement on 9 January 2005`: an event named by a noun.
const NOMINAL: Record<string, string> = {
  signing: 'sign', adoption: 'adopt', establishment: 'establish', creation: 'create', deployment: 'deploy',
  withdrawal: 'withdraw', launch: 'launch', opening: 'open', closure: 'close', closing: 'close', election: 'hold',
  liberation: 'liberate', assassination: 'assassinate', independence: 'declare', ratification: 'ratify',
  appointment: 'appoint', inauguration: 'inaugurate', dissolution: 'dissolve', termination: 'terminate', handover: 'hand over',
};
const NOMINAL_EVENT = /^(?:the\s+)?(signing|adoption|establishment|creation|deployment|withdrawal|launch|opening|closure|closing|liberation|assassination|ratification|appointment|inauguration|dissolution|termination|handover)\s+of\s+(.{3,80})$/i;
const DATELINE_PLACE = /^[A-Z][A-Za-zÀ-ÿ.'’ -]{1,40},\s*$/;
const RELATION: Record<string, FactEvent['relation']> = { until: 'until', till: 'until', through: 'until', by: 'by', before: 'by', since: 'since' };

/**
 * The event of a date at `[from, to)` of `sentence`: the adoption of the resolution before it, or
 * what its own clause says happened. `prevEnd` and `nextStart` are where the sentence's other dates
 * end before it and start after it: each date reads its own part of the sentence.
 */
export function dateEventOf(sentence: string, from: number, to: number, clause: Range, prevEnd = 0, nextStart = sentence.length, previous = ''): FactEvent | undefined {
  const adopted = adoptionBefore(sentence, from);
  if (adopted) return adopted;
  const local = eventClause(sentence, from, to, clause);
  if (prevEnd > local.start && prevEnd <= from) local.start = prevEnd;
  if (nextStart < local.end && nextStart >= to) local.end = nextStart;
  let before = sentence.slice(local.start, from);
  // `NEW YORK, 12 March 2019 — The Council heard …`: a dateline dates what follows its dash.
  if (local.start === 0 && DATELINE_PLACE.test(before) && /^\s*[—–-]{1,2}\s/.test(sentence.slice(to))) {
    const start = to + (/^\s*[—–-]{1,2}\s*/.exec(sentence.slice(to)) as RegExpExecArray)[0].length;
    const rest = eventClause(sentence, start, start, { start, end: Math.min(clause.end === local.end ? sentence.length : sentence.length, nextStart) });
    return readEvent(sentence.slice(start, rest.end), () => null);
  }
  const conn = CONNECTOR.exec(before);
  let relation: FactEvent['relation'];
  if (conn) {
    before = before.slice(0, conn.index);
    relation = RELATION[(/^\w+/.exec(conn[0]) as RegExpExecArray)[0].toLowerCase()];
  }
  let after = sentence.slice(to, local.end);
  // A date set off by commas (`MINUSMA, on 1 July 2013, took over`): the clause reads on across it.
  if (/,\s*$/.test(before) && /^\s*,/.test(after)) {
    before = before.replace(/,\s*$/, ' ');
    after = after.replace(/^\s*,/, ' ');
  }
  if (/^\s*[-–/]\s*\d/.test(after)) return undefined;
  // `- 20 December 2012: resolution 2085 sets up UNOM`: a timeline entry, in the present.
  const entry = sentence.slice(to, nextStart);
  if (!tidy(before) && /^\s*:\s/.test(entry)) return readEvent(entry.replace(/^\s*:\s*/, ''), () => null, true);
  const nominal = NOMINAL_EVENT.exec(tidy(before));
  if (nominal && !tidy(after)) {
    const action = NOMINAL[(nominal[1] as string).toLowerCase()] as string;
    return { subject: '', action, object: compressNames(tidy(nominal[2] as string)), status: 'done', passive: true };
  }
  const text = `${before} ${after}`;
  const resolve = (pronoun: string): string | null => {
    const head = sentence.slice(0, local.start);
    if (pronoun === 'which' || pronoun === 'that') {
      const r = RELATIVE_RESOLUTION.exec(head.replace(/,\s*(?:which|that)\s*$/, ''));
      return r ? `resolution ${r[1] as string}` : null;
    }
    if (pronoun === 'it' || pronoun === 'they') {
      const s = SENTENCE_SUBJECT.exec(sentence);
      if (s && s.index === 0 && !PRONOUNS.test(s[1] as string)) return compressNames(s[1] as string);
      return pronoun === 'it' ? missionBefore(previous) : null;
    }
    return null;
  };
  // `resolution 2100, which it adopted on 25 April 2013`: the relative and the pronoun both resolve.
  const rel = /^\s*(?:which|that)\s+(it|they|the\s+(?:Security\s+)?Council)\s+((?:\w+ly\s+)?[a-z]+)\s*$/.exec(before);
  if (rel && baseOf((rel[2] as string).replace(/^\w+ly\s+/, ''))) {
    const object = resolve('which');
    const subject = /^the/i.test(rel[1] as string) ? compressNames(rel[1] as string) : resolve((rel[1] as string).toLowerCase());
    if (object && subject) return { subject, action: baseOf((rel[2] as string).replace(/^\w+ly\s+/, '')) as string, object, status: 'done' };
  }
  // `X were to cease, and its personnel to withdraw, by 31 December 2023`: the wider clause.
  const event = readEvent(text, resolve) ?? (local.start > clause.start && prevEnd <= clause.start ? readEvent(sentence.slice(clause.start, from).replace(CONNECTOR, ''), resolve) : undefined);
  if (event && relation) event.relation = relation;
  return event;
}

/** `will`, `was to` … as the question's auxiliary for a planned event, with its subject. */
function planned(e: FactEvent): string {
  const be = e.plural ? (e.present ? 'are' : 'were') : e.present ? 'is' : 'was';
  return `${be} ${e.subject || e.object} due to ${e.passive ? `be ${inflect(e.action, participleOf)}` : e.action}`;
}

/** A question asking when the event happened (or was to), with `when` its opening (`On what date`). */
export function whenQuestion(when: string, e: FactEvent): string {
  const subject = inMidSentence(e.subject);
  const object = e.passive ? inMidSentence(e.object) : e.object;
  if (e.status === 'planned') {
    const head = planned({ ...e, subject, object });
    const rest = e.passive ? (e.detail ?? '') : e.object;
    return tidyQuestion(`${when} ${head} ${rest}?`);
  }
  if (e.passive) return tidyQuestion(`${when} ${e.plural ? 'were' : 'was'} ${object} ${inflect(e.action, participleOf)} ${e.detail ?? ''}?`);
  return tidyQuestion(`${when} did ${subject} ${e.action} ${object}?`);
}

const tidyQuestion = (q: string): string => q.replace(/\s+/g, ' ').replace(/\s+\?$/, '?');

const capitalise = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** The event as a short statement (`The Security Council adopted resolution 2100`), for order and match items. */
export function describeEvent(e: FactEvent): string {
  if (e.status === 'planned') {
    const be = e.plural ? (e.present ? 'are' : 'were') : e.present ? 'is' : 'was';
    const who = e.passive ? e.object : e.subject;
    const rest = e.passive ? `be ${inflect(e.action, participleOf)} ${e.detail ?? ''}` : `${e.action} ${e.object}`;
    return capitalise(`${who} ${be} due to ${rest}`.replace(/\s+/g, ' ').trim());
  }
  if (e.passive) return capitalise(`${e.object} ${e.plural ? 'were' : 'was'} ${inflect(e.action, participleOf)} ${e.detail ?? ''}`.replace(/\s+/g, ' ').trim());
  const action = e.status === 'decided' ? inflect(e.action, pastOf) : inflect(e.action, pastOf);
  return capitalise(`${e.subject} ${action} ${e.object}`.replace(/\s+/g, ' ').trim());
}

// The verb group right before a count: `MINUSMA could comprise up to 11,200 …`, `the Council sent 850 …`.
const COUNT_VERB = /(?:^|\s)(?:(could|would|will|can|may|might|should|(?:was|were|is|are)\s+(?:also\s+)?to)\s+)?(?:also\s+|then\s+|eventually\s+)?([a-z]{3,})\s*$/;
// `The mission was authorized to deploy up to 7,000 …`.
const AUTHORISED_TO = /(?:^|\s)(was|were|is|are)\s+(?:also\s+)?(authori[sz]ed|mandated|allowed|permitted|expected|due|set|required)\s+to\s+([a-z]{3,})\s*$/;
// `the Council voted to send 5,500 …`.
const DECIDED_TO = /(?:^|\s)(voted|decided|agreed|pledged|promised|offered|planned)\s+to\s+([a-z]{3,})\s*$/;
// `resolution 2132 raised the ceiling to 12,500 troops`, `… the authorised strength of UNAMSIL to a maximum of 11,100`.
const CHANGED_TO = /(?:^|\s)([a-z]{3,}ed|set|cut)\s+((?:the|its|their)\s+[A-Za-z'’ -]{2,50}?)\s+(to|by)\s+(?:(a\s+maximum|a\s+total|a\s+ceiling|a\s+strength)\s+of\s+)?$/;
// `In 2020`, `At its peak`, `By mid-2007`: when the count held, kept in the question.
const TIME_LEAD = /^\s*((?:In|By|At|As\s+of|During)\s+(?:(?:its|the)\s+(?:peak|height)|(?:(?:early|late|mid)[\s-]?)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}))\s*,?\s+/;

/**
 * The quantity a figure counts, when its clause has a subject and a verb right before the number
 * (`MINUSMA could comprise up to 11,200 military personnel`): subject, verb and the counted unit.
 */
export function figureEventOf(sentence: string, from: number, unit: string, clause: Range, previous = ''): FactEvent | undefined {
  if (!unit) return undefined;
  const local = eventClause(sentence, from, from, clause);
  let before = sentence.slice(local.start, from);
  const time = TIME_LEAD.exec(before);
  if (time) before = before.slice(time[0].length);
  let modal: string | undefined;
  let base: string | null;
  let at: number;
  let status: FactEvent['status'];
  let relation: FactEvent['relation'];
  let changed = '';
  let maximum = false;
  const authorised = AUTHORISED_TO.exec(before);
  const decided = authorised ? null : DECIDED_TO.exec(before);
  const change = authorised || decided ? null : CHANGED_TO.exec(before);
  if (authorised) {
    modal = `${authorised[1] as string} ${authorised[2] as string} to`;
    base = authorised[3] as string;
    at = authorised.index;
    status = 'decided';
  } else if (decided) {
    const d = baseOf(decided[1] as string);
    base = d ? `${d} to ${decided[2] as string}` : null;
    at = decided.index;
    status = 'decided';
  } else if (change) {
    base = baseOf(change[1] as string);
    at = change.index;
    status = 'done';
    relation = change[3] === 'by' ? 'by' : 'to';
    changed = change[2] as string;
    maximum = change[4] !== undefined && /maximum|ceiling/.test(change[4]);
  } else {
    const m = COUNT_VERB.exec(before);
    if (!m) return undefined;
    modal = m[1]?.replace(/\s+also\s+/, ' ').replace(/\s+/g, ' ');
    const word = m[2] as string;
    base = modal ? (/(?:ed|ing|s)$/.test(word) && !/^(?:comprise|include|exceed|number|total)$/.test(word) ? null : word) : word === 'had' ? 'have' : baseOf(word);
    if (NOT_VERBS.has(word)) return undefined;
    at = m.index;
    status = !modal ? 'done' : /^(?:could|can|may|might)$/.test(modal) ? 'decided' : 'planned';
  }
  if (!base || /^(?:be|been|do|did|get|got)$/.test(base)) return undefined;
  let subject = tidy(before.slice(0, at));
  const comma = subject.lastIndexOf(', ');
  if (comma >= 0) subject = subject.slice(comma + 2);
  subject = withoutYears(compressNames(subject.replace(LEADING_PHRASE, '')));
  if (subject === 'It') subject = missionBefore(previous) ?? subject;
  if (!subject || PRONOUNS.test(subject) || DEMONSTRATIVE.test(subject) || subject.split(' ').length > 6 || /\d/.test(subject.replace(RESOLUTION_NAME, ''))) return undefined;
  // `resolution 1701 enhanced the force and allowed …`: a subject holding a verb of its own is two clauses.
  if (subject.split(' ').some((w, i) => i > 0 && /^[a-z]+ed$/.test(w) && baseOf(w) !== null)) return undefined;
  const event: FactEvent = { subject, action: base, object: unit, status };
  if (modal) event.modal = modal;
  if (relation) event.relation = relation;
  if (changed) event.detail = compressNames(changed) + (maximum ? ' at most' : '');
  else if (time) event.detail = (time[1] as string).charAt(0).toLowerCase() + (time[1] as string).slice(1);
  return event;
}

const QUALIFIED: Record<string, string> = {
  'more than': 'More than how many', over: 'More than how many', 'at least': 'At least how many',
  'fewer than': 'Fewer than how many', 'less than': 'Fewer than how many', nearly: 'About how many', almost: 'About how many', about: 'About how many',
  around: 'About how many', approximately: 'About how many', some: 'About how many', roughly: 'About how many', 'an estimated': 'About how many', 'close to': 'About how many',
};

/** `How many military personnel could MINUSMA comprise at most?`, from a figure's quantity. */
export function howManyQuestion(e: FactEvent, qualifier = ''): string {
  const atMost = /^(?:up to|as many as)$/.test(qualifier);
  const head = QUALIFIED[qualifier] ?? 'How many';
  const subject = inMidSentence(e.subject);
  let aux: string;
  if (!e.modal) aux = `did ${subject} ${e.action}`;
  else if (/^(?:was|were|is|are) to$/.test(e.modal)) aux = `${e.modal.replace(/ to$/, '')} ${subject} due to ${e.action}`;
  else if (/^(?:was|were|is|are) \w+ to$/.test(e.modal)) aux = `${e.modal.replace(/ .*$/, '')} ${subject} ${e.modal.replace(/^\w+ /, '')} ${e.action}`;
  else aux = `${e.modal} ${subject} ${e.action}`;
  if (e.relation === 'to' || e.relation === 'by') {
    // `To how many troops did resolution 2132 raise the ceiling?`
    const detail = (e.detail ?? '').replace(/ at most$/, '');
    const q = `${e.relation === 'to' ? 'To' : 'By'} ${head.charAt(0).toLowerCase()}${head.slice(1)} ${e.object} ${aux} ${detail}?`;
    return tidyQuestion(q);
  }
  return tidyQuestion(`${head} ${e.object} ${aux}${e.detail ? ` ${e.detail}` : ''}${atMost ? ' at most' : ''}?`);
}

/** What a figure counts as a match label: `Military personnel MINUSMA could comprise`. */
export function describeQuantity(e: FactEvent): string {
  if (e.relation === 'to' || e.relation === 'by') {
    return capitalise(`${e.object} ${e.detail?.replace(/ at most$/, '') ?? ''} ${e.relation === 'to' ? 'was raised or cut to' : 'changed by'}`.replace(/\s+/g, ' ').trim());
  }
  const verb = e.modal ? (/ to$/.test(e.modal) ? `${e.modal.replace(/^(?:is|are) to$/, 'was to')} ${e.action}` : `${e.modal} ${e.action}`) : inflect(e.action, pastOf);
  return capitalise(`${e.object} ${inMidSentence(e.subject)} ${verb}`.replace(/\s+/g, ' ').trim());
}

/**
 * What `It` at the start of a sentence stands for: the mission the previous sentence starts with
 * (`UNAMID took over … . It was authorized to deploy …`), when that is an acronym; else null.
 */
export function missionBefore(previous: string): string | null {
  const s = SENTENCE_SUBJECT.exec(compressNames(previous.trim()));
  if (!s || s.index !== 0) return null;
  const name = s[1] as string;
  return /^[A-Z]{3,}[A-Z0-9-]*$/.test(name) ? name : null;
}
