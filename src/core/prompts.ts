// Prompts, statements and checks that a prompt never gives its answer away.
import type { Fact } from './types';
import { excerpt, isSelfContained } from './context';

export { isSelfContained };
import { datesIn, formatDate, MONTH_NAMES, precisionOf } from './dates';
import { formatNumber, formatOrdinal, numbersIn } from './numbers';
import { formatFactValue } from './format';
import { howManyQuestion, inMidSentence, whenQuestion } from './events';
import { participleOf, inflect } from './verbs';

const BLANK = '___';
const VERB_LED = /^(?:\w+ly\s+)?[a-z]+(?:ed|set)\b/;

const quoteOf = (s: string): string => `“${s.replace(/[.;:,]+$/, '')}”`;

/** The fact's value blanked out of an excerpt of its sentence, or `replace` put in its place. */
export function sentenceWith(fact: Fact, replace: string, maxWords = 28): string {
  const focus = fact.focus ?? { start: fact.sentence.indexOf(fact.text), end: fact.sentence.indexOf(fact.text) + fact.text.length };
  if (focus.start < 0) return '';
  return excerpt(fact.sentence, focus.start, focus.end, replace, maxWords);
}

// A clause `subject auxiliary rest` whose auxiliary can lead a question.
const INVERTIBLE = /^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|the [a-z]+(?: [A-Za-z]+)?) (would|will|could|can|may|might|should|must|has|have|had|is|are|was|were) ((?:\w+ ?){1,8})$/;

// The qualifier a figure was written with, kept in its question: `at least 2,300 have died` is
// asked `at least how many`, never as if 2,300 were the exact count.
const QUALIFIED: Record<string, string> = {
  'up to': 'up to ', 'as many as': 'up to ', 'more than': 'more than ', over: 'more than ', 'at least': 'at least ',
  'fewer than': 'fewer than ', 'less than': 'fewer than ', nearly: 'nearly ', almost: 'nearly ', about: 'about ',
  around: 'about ', approximately: 'about ', some: 'about ', roughly: 'about ', 'an estimated': 'about ', 'close to': 'about ',
};

/**
 * How a prompt names where a fact comes from: the lesson or source title when known (`“Creating the
 * mission”`), else `the briefing`.
 */
export function sourceName(title?: string): string {
  const t = title?.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
  return t ? `“${t}”` : 'the briefing';
}

/** `According to “Creating the mission”, when …`: a prompt whose event names nothing of its own says where it comes from. */
const according = (source: string, question: string): string => `According to ${source}, ${question.charAt(0).toLowerCase()}${question.slice(1)}`;

// An event that names something (`MINUSMA`, `the Security Council`) stands on its own; `the mission`
// or `the force` needs its source.
const NAMES_SOMETHING = /(?:^|\s)(?!(?:On|In|By|Until|Since|When|How|What|Which|Was|Were|Did|More|At|About|Fewer|Is|Are)\b)[A-Z][\w'’.-]*/;

/** The question's opening for a date at its precision, bounded as its clause bounds it (`until`, `by`). */
function whenOf(fact: Fact): string {
  const relation = fact.event?.relation;
  const byEnd = /^(?:the\s+)?end\s+of\b/i.test(fact.text);
  const p = fact.precision;
  const which = p === 'day' ? 'what date' : p === 'month' ? 'which month and year' : p === 'year' ? 'which year' : 'what day and month';
  if (relation === 'until') return `Until ${which}`;
  if (relation === 'since') return `Since ${which}`;
  if (relation === 'by' || byEnd) return byEnd && p === 'month' ? 'By the end of which month and year' : byEnd && p === 'year' ? 'By the end of which year' : `By ${which}`;
  return p === 'day' ? 'On what date' : p === 'month' ? 'In which month and year' : p === 'year' ? 'In which year' : 'On what day and month';
}

/** A question about the fact written from its event or quantity, or null when it has none. */
export function eventPromptFor(fact: Fact, source = 'the briefing'): string | null {
  const e = fact.event;
  if (!e) return null;
  let q: string;
  if (fact.kind === 'date') {
    const when = whenOf(fact);
    if (e.relation === 'since' && !e.passive && e.status === 'done') {
      const have = /[^s]s$|\b(?:people|police|personnel|troops|forces)$/.test(e.subject) ? 'have' : 'has';
      q = `${when} ${have} ${inMidSentence(e.subject)} ${inflect(e.action, participleOf)} ${e.object}?`.replace(/\s+/g, ' ').replace(/\s+\?$/, '?');
    } else {
      q = whenQuestion(when, e);
    }
  } else if (fact.kind === 'figure') {
    q = howManyQuestion(e, fact.qualifier ?? '');
  } else {
    return null;
  }
  if (q.split(' ').length > 28) return null;
  return NAMES_SOMETHING.test(q) ? q : according(source, q);
}

/** A question asking for the fact's value, or null when none can be written without giving it away. */
export function promptFor(fact: Fact, source = 'the briefing'): string | null {
  const candidates: string[] = [];
  const event = eventPromptFor(fact, source);
  if (event) candidates.push(event);
  if (fact.kind === 'figure') {
    const unit = fact.unit ?? '';
    const strength = /-strong\b/i.test(fact.text);
    const hasPredicate = !fact.ordinal && !strength && !fact.about.startsWith(`${unit} (`) && fact.about.length > unit.length && !/^.* that /.test(fact.about.slice(unit.length, unit.length + 6));
    if (hasPredicate) {
      const howMany = `${QUALIFIED[fact.qualifier ?? ''] ?? ''}how many`;
      candidates.push(`According to ${source}, ${howMany} ${fact.about}?`);
    }
    // `military personnel that MINUSMA would comprise` → `how many military personnel would MINUSMA comprise?`
    const rel = !fact.ordinal && !strength && fact.about.startsWith(`${unit} that `) ? INVERTIBLE.exec(fact.about.slice(unit.length + 6)) : null;
    if (rel && unit) {
      const howMany = `${QUALIFIED[fact.qualifier ?? ''] ?? ''}how many`;
      const q = `According to ${source}, ${howMany} ${unit} ${rel[2]} ${rel[1]} ${rel[3]}?`;
      candidates.push(q.charAt(0).toUpperCase() + q.slice(1));
    }
    // A table row (`Uniformed personnel (2010) | 22,000`, `Team sites | 35`): asked by its label.
    if (!fact.ordinal && (/^[^()]+ \([^()]+\)$/.test(fact.about) || (fact.about === unit && /\|/.test(fact.sentence)))) {
      candidates.push(`According to ${source}, what figure is given for ${fact.about}?`);
    }
    const what = fact.ordinal ? 'Which ordinal (first, second, …)' : 'Which number';
    candidates.push(`${what} fills the blank in this statement from ${source}: ${quoteOf(sentenceWith(fact, BLANK))}?`);
  } else if (fact.kind === 'date') {
    const when =
      fact.precision === 'day'
        ? 'On what date'
        : fact.precision === 'month'
          ? 'In which month and year'
          : fact.precision === 'year'
            ? 'In which year'
            : 'On what day and month';
    const byEnd = /^(?:the\s+)?end\s+of\b/i.test(fact.text) ? `${when.replace(/^(On|In) /, 'By the end of ')}` : when;
    const about = fact.about.trim();
    const event = eventQuestion(byEnd, about);
    if (event) candidates.push(event);
    // `… voted to send troops; that decision came`: a clause cut short is no event to ask about.
    if (isSelfContained(about) && !/[;:]/.test(about) && !/\b(?:came|happened|occurred|took place|followed)$/.test(about)) {
      candidates.push(`${byEnd} did this happen, according to ${source}: ${quoteOf(about)}?`);
    }
    candidates.push(`Which date fills the blank in this statement from ${source}: ${quoteOf(sentenceWith(fact, BLANK))}?`);
  } else {
    if (VERB_LED.test(fact.about) && fact.about.split(' ').length <= 14) {
      candidates.push(`According to ${source}, which Security Council resolution ${fact.about.replace(/\s*…$/, '')}?`);
    }
    candidates.push(`Which resolution number fills the blank in this statement from ${source}: ${quoteOf(sentenceWith(fact, BLANK))}?`);
  }
  for (const p of candidates) if (!p.includes(`“${BLANK}”`) && !leaksAnswer(p, fact)) return p;
  return null;
}

// An event as its clause gives it: planned (`X would take over from Y`), done to someone (`X was
// established by Y`), or a resolution's adoption.
const PLANNED = /^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?:would|was to|was due to|is to) ([a-z]+(?: [\w.'’-]+){0,9})$/;
const PASSIVE_DONE = /^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (was|were) ([a-z]+ed(?: [A-Za-z0-9.'’-]+){0,10})$/;
const ADOPTED = /^The Security Council adopted resolution (\d{1,4})$/;

/** A question about a dated event, written from its structure; null when the clause has none of these shapes. */
function eventQuestion(when: string, about: string): string | null {
  const clause = about.replace(/\s*…$/, '').split(', ')[0] as string;
  const adopted = ADOPTED.exec(clause);
  if (adopted) return `${when} did the Security Council adopt resolution ${adopted[1] as string}?`;
  const planned = PLANNED.exec(clause);
  if (planned) return `${when} was ${planned[1] as string} due to ${(planned[2] as string).trim()}?`;
  const done = PASSIVE_DONE.exec(clause);
  if (done) return `${when} ${done[2] as string} ${done[1] as string} ${done[3] as string}?`;
  return null;
}

/** True when `text` contains the fact's value in any common writing. */
export function leaksAnswer(text: string, fact: Fact): boolean {
  if (fact.kind === 'figure') return numbersIn(text).includes(Number(fact.value));
  if (fact.kind === 'resolution') return new RegExp(`(?<!\\d)0*${fact.value}(?!\\d)`).test(text);
  const value = String(fact.value);
  // The value written out (`25 April 2013`) and in ISO both hold its year: without the year's
  // digits in the text, neither can be there.
  const year = value.slice(0, value.indexOf('-') < 0 ? value.length : value.indexOf('-'));
  const shown = fact.precision ?? precisionOf(value);
  const yearAbsent = shown !== 'monthday' && /^\d+$/.test(year) && !text.includes(year);
  if (!yearAbsent && (text.toLowerCase().includes(formatFactValue(fact).toLowerCase()) || text.includes(value))) return true;
  if (fact.precision === 'year') return new RegExp(`(?<!\\d)${value}(?!\\d)`).test(text);
  return datesIn(text).includes(value);
}

/** The value written like the source: words stay words, ISO stays ISO, `$` stays. */
export function formatLike(fact: Fact, value: string | number): string {
  if (fact.kind === 'resolution') return String(value);
  if (fact.kind === 'figure') {
    const n = Number(value);
    const src = fact.sentence.slice(fact.focus?.start ?? 0, fact.focus?.end ?? 0);
    if (fact.ordinal) return /^\d/.test(src) ? ordinalDigits(n) : formatOrdinal(n);
    const scaled = /\s(million|billion|thousand)$/i.exec(src);
    let body: string;
    if (scaled) {
      const div = /million/i.test(scaled[1] as string) ? 1e6 : /billion/i.test(scaled[1] as string) ? 1e9 : 1e3;
      body = `${formatNumber(Number((n / div).toPrecision(6)))} ${scaled[1]}`;
    } else if (/^[a-z]/i.test(src) && Number.isInteger(n) && n <= 20) {
      body = NUMBER_WORDS[n] ?? formatNumber(n);
      if (/^[A-Z]/.test(src)) body = body.charAt(0).toUpperCase() + body.slice(1);
    } else {
      body = formatNumber(n);
    }
    return src.startsWith('$') ? `$${body}` : body;
  }
  const precision = fact.precision ?? 'day';
  const v = String(value);
  const src = fact.sentence.slice(fact.focus?.start ?? 0, fact.focus?.end ?? 0);
  if (/^\d{4}-\d{2}-\d{2}$/.test(src) && precision === 'day') return v;
  if (precision === 'day' && /^[A-Z][a-z]+\.?\s+\d/.test(src)) {
    const [y, m, d] = v.split('-');
    return `${MONTH_NAMES[Number(m) - 1]} ${Number(d)}, ${y}`;
  }
  return formatDate(v, precision);
}

function ordinalDigits(n: number): string {
  const mod100 = n % 100;
  const mod10 = n % 10;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : mod10 === 1 ? 'st' : mod10 === 2 ? 'nd' : mod10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

/** A true-or-false statement about the fact, with `value` (the true one or a plausible wrong one). */
export function statementFor(fact: Fact, value: string | number, source = 'the briefing'): string | null {
  const s = sentenceWith(fact, formatLike(fact, value), 32);
  if (!s) return null;
  return `True or false? According to ${source}: ${quoteOf(s)}`;
}
