// Names in a sentence: organisations, places, people and nationalities, found as runs of capitalised
// words with a stop list, and typed with the bundled gazetteer and the words around them.
import type { NameType } from './types';
import { isNationality, isUnBody, placeLevel } from './gazetteer';

/** A name found in one sentence; offsets are within that sentence. */
export interface NameMatch {
  start: number;
  end: number;
  /** The name as written, without a leading `the`. */
  value: string;
  nameType: NameType;
}

/**
 * Words that are capitalised in briefings but name nothing on their own: a question whose answer
 * or distractor is `Mission` or `Government` teaches nothing.
 */
const GENERIC = new Set(
  (
    'mission|missions|state|states|government|governments|council|office|force|forces|key|member|members|president|secretary|' +
    'department|republic|assembly|nations|united|army|police|north|south|east|west|northern|southern|eastern|western|central|' +
    'resolution|resolutions|article|chapter|annex|paragraph|section|part|figure|table|page|lesson|note|notes|source|sources|' +
    'january|february|march|april|may|june|july|august|september|october|november|december|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|i|mr|ms|mrs|dr|un|u.n|the|a|an|updated|local|time|photo|' +
    'read|more|share|home|news|menu|search|subscribe|join|contact|about|print|printed|duration|headquarters|' +
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|date|box|po|isbn|vol|pp|ibid|charter|stabilization|stabilisation|organization|organisation|operation|operations|peacekeeping|peace|mandate|ceasefire|agreement|reuters|unsc'
  ).split('|'),
);

/** Whether a name is made only of generic words (`Mission`, `Key Points`, `Member States`): never an answer or a distractor. */
export const isGenericName = (value: string): boolean => value.split(/[\s-]+/).every((w) => GENERIC.has(w.toLowerCase()) || CONNECTORS.has(w));

/** Last words that make a run an organisation (`… Mission in Mali`, `Security Council`). */
const ORG_HEAD =
  /\b(?:Council|Nations|Mission|Office|Force|Forces|Operation|Union|Organi[sz]ation|Assembly|Commission|Committee|Agency|Programme|Program|Fund|Bank|Court|Army|Group|Movement|Front|Coalition|Secretariat|Department|Ministry|Government|Parliament|Battalion|Contingent|Police|Service|Institute|Cent(?:re|er)|Alliance|Party|Authority|Brigade|Company|Corporation|Secretary-General|Task Force|Panel|Unit)\b/;
/** Words inside a run that make it an organisation even when it ends with a place (`Office in Mali`). */
const ORG_INSIDE = /\b(?:Mission|Office|Force|Operation|Organi[sz]ation|Union|Council|Nations|Commission|Programme)\b/;
const TITLE = /^(?:President|Prime Minister|Minister|General|Colonel|Major|Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Special Representative|Envoy|King|Queen|Lieutenant General|Major General|Brigadier General|Commander)$/;
const FORCE_NOUN = /^((?:\s+(?:and\s+)?[a-z]+(?:-[a-z]+)*){0,4}?\s+(?:forces|troops|army|armed forces|soldiers|authorities|government|gendarmerie))\b/;
const ALL_CAPS_PLACES = new Set(['DRC', 'CAR', 'UK', 'US', 'USA', 'UAE']);
const PLACE_PREP = /\b(?:in|at|near|from|to|into|around|outside|across|towards|toward|between|via)\s+$/;
const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'du', 'des', 'la', 'le', 'in', 'the']);

const MAX_RUN = 16;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}’'.-]*[\p{L}\p{M}\p{N}]|[\p{L}]/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
const isAllCaps = (w: string): boolean => /^[\p{Lu}][\p{Lu}\p{N}-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);

function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(WORD)) {
    // A word's trailing full stop ends the sentence unless the word is an initialism (`U.N.`).
    let text = m[0];
    if (text.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(text)) text = text.slice(0, -1);
    out.push({ text, start: m.index, end: m.index + text.length });
  }
  return out;
}

/** Whether the words between two tokens are only spaces (a run does not cross a comma or bracket). */
const adjacent = (s: string, a: Token, b: Token): boolean => /^\s+$/.test(s.slice(a.end, b.start));

/** How a name found on its own should be typed. */
export function nameTypeOf(value: string, before: string): NameType {
  if (isUnBody(value)) return 'organisation';
  if (ALL_CAPS_PLACES.has(value)) return 'place';
  if (placeLevel(value)) return 'place';
  if (/^\p{Lu}[\p{L}-]*$/u.test(value) && isNationality(value)) return 'nationality';
  if (isAllCaps(value.split(' ')[0] ?? '') && value.split(' ').length === 1) return 'organisation';
  if (ORG_HEAD.test(value) || ORG_INSIDE.test(value) || /^(?:UN|United Nations)\b/.test(value)) return 'organisation';
  const words = value.split(' ');
  if (/(?:President|Minister|Ambassador|General|Representative|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Envoy)\s+$/.test(before) && words.length <= 4) return 'person';
  if (PLACE_PREP.test(before) && words.length <= 2) return 'place';
  return 'other';
}

/**
 * The names in a sentence. `known` holds words the document capitalises away from a sentence's
 * start: a capitalised first word counts as a name only if it is known, in the gazetteer or an acronym.
 */
export function findNames(sentence: string, known: ReadonlySet<string>): NameMatch[] {
  const toks = tokens(sentence);
  const out: NameMatch[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    if (!isCap(t.text)) {
      i++;
      continue;
    }
    // Extend the run over capitalised words and the connectors between them.
    let j = i;
    let k = i + 1;
    let org = ORG_INSIDE.test(t.text) || ORG_HEAD.test(t.text);
    // No name runs longer than this: a longer run is a table or a title in capitals.
    while (k < toks.length && k - i < MAX_RUN) {
      const n = toks[k] as Token;
      if (!adjacent(sentence, toks[k - 1] as Token, n)) break;
      if (isCap(n.text)) {
        j = k;
        k++;
        org ||= ORG_INSIDE.test(n.text) || ORG_HEAD.test(n.text);
        continue;
      }
      if (!CONNECTORS.has(n.text)) break;
      // `in` joins only after an organisation's head (`Office in Mali`, not `MINUSMA in Mali`).
      if ((n.text === 'in' || n.text === 'for' || n.text === 'on') && !org) break;
      let m = k + 1;
      while (m < toks.length && m - i < MAX_RUN && CONNECTORS.has((toks[m] as Token).text) && adjacent(sentence, toks[m - 1] as Token, toks[m] as Token)) m++;
      if (m < toks.length && isCap((toks[m] as Token).text) && adjacent(sentence, toks[m - 1] as Token, toks[m] as Token)) {
        k = m;
        continue;
      }
      break;
    }
    const runStart = i;
    let a = i;
    const b = j;
    // A leading `The` or title is not part of the name.
    while (a <= b && /^(?:The|A|An|This|These|Its|Their|In|On|At|By|For|From|Over|Under|Among|After|Before|Since|During|When|While|Both|Each|All|Some|Most)$/.test((toks[a] as Token).text)) a++;
    const titleEnd = a;
    while (a < b && TITLE.test((toks[a] as Token).text)) a++;
    i = j + 1;
    if (a > b) continue;
    const first = toks[a] as Token;
    const last = toks[b] as Token;
    let value = sentence.slice(first.start, last.end);
    const single = a === b;
    if (single && (GENERIC.has(value.toLowerCase()) || value.length < 2)) continue;
    if (/^(?:UN|U\.N\.)$/.test(value)) continue;
    // `an African-led mission`: a modifier, not a name.
    if (single && /-\p{Ll}+$/u.test(value) && !/-\p{Lu}/u.test(value)) continue;
    // Runs made only of generic words (`Key Points`, `Member States`) are not names.
    if (isGenericName(value)) continue;
    // Part of a document symbol (`S/RES/2566`, `SC/13733`), not a name.
    if (sentence[first.start - 1] === '/' || sentence[last.end] === '/') continue;
    const lead = sentence.slice(Math.max(0, first.start - 4), first.start);
    const atStart = titleEnd === 0 || a === 0 || /[:.!?]\s*$/.test(lead);
    // `Following the July-August …`: a capitalised first word that is not a name does not start one.
    // A run of three words or more with an organisation's head keeps its first word (`United Nations Mission in …`).
    const titled = org && b - a >= 2;
    if (atStart && !single && !titled && a === runStart && !known.has(first.text) && !isAllCaps(first.text) && !placeLevel(first.text) && !isNationality(first.text)) {
      i = a + 1;
      continue;
    }
    if (atStart && single && !known.has(value) && !isAllCaps(value) && !placeLevel(value) && !isNationality(value)) continue;
    const before = sentence.slice(Math.max(0, first.start - 40), first.start);
    // A nationality before a force (`French forces`, `the Malian defence and security forces`) names that force.
    if (single && isNationality(value)) {
      const force = FORCE_NOUN.exec(sentence.slice(last.end));
      if (force) {
        const end = last.end + (force[1] as string).length;
        out.push({ start: first.start, end, value: sentence.slice(first.start, end), nameType: 'organisation' });
        while (i < toks.length && (toks[i] as Token).start < end) i++;
        continue;
      }
    }
    value = value.replace(/[’']s$/, '');
    const end = first.start + value.length;
    out.push({ start: first.start, end, value, nameType: nameTypeOf(value, before) });
  }
  return out;
}

/** Capitalised words that stand away from a sentence's start somewhere in the text. */
export function knownCapitals(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const toks = tokens(s);
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (isCap(t.text) && !/[.:!?]\s*$/.test(s.slice(Math.max(0, t.start - 4), t.start))) out.add(t.text);
    }
  }
  return out;
}
