// gradeResponse: exact for options, tolerant of writing for typed answers.
import type { Grade, Question, Response } from './types';
import { parseNumberInput } from './numbers';
import { readDateInput } from './date-input';
import { looseMatch } from './acronyms';

/** Reads a resolution number from `2100`, `S/RES/2100 (2013)`, `resolution 2100`, `Res. 2100`. */
export function parseResolutionInput(input: string): string | null {
  const m = /^\s*(?:(?:UN\s*SC|U\.N\.\s*S\.C\.|security\s+council)\s+)?(?:s\/res\/|resolution\s*|res\.?\s*|no\.?\s*)?(?:no\.?\s*)?(\d{1,4})\s*(?:\(\s*\d{4}\s*\))?\s*\.?\s*$/i.exec(input);
  return m ? String(Number(m[1])) : null;
}

const ORDINAL_INPUT = /^\s*(?:\d+\s*(?:st|nd|rd|th)|first|second|third|[a-z]+(?:th|eth))\s*\.?\s*$/i;

/** A number followed by what it counts (`395 peacekeepers`): the number alone; otherwise the input. */
function withoutUnit(response: string): string {
  const m = /^\s*([\d][\d,. ]*|[a-z -]+?)\s+([A-Za-z][A-Za-z'’ -]{1,60})\s*\.?\s*$/.exec(response);
  if (!m || parseNumberInput(response) !== null) return response;
  return parseNumberInput(m[1] as string) !== null ? (m[1] as string) : response;
}

/** An all-numeric date whose day and month could be swapped (`4/5/2013`): the learner must write the month. */
export function isAmbiguousDate(response: string): boolean {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\s*$/.exec(response);
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a !== b && a >= 1 && b >= 1 && a <= 12 && b <= 12;
}

function typedCorrect(question: Question, response: string): boolean {
  const expected = String(question.answer);
  if (response.trim().toLowerCase() === expected.toLowerCase()) return true;
  switch (question.kind) {
    case 'figure': {
      // Cardinal and ordinal are different answers: `five` is not `fifth`, `second` is not `two`.
      const ordinal = ORDINAL_INPUT.test(expected);
      const given = withoutUnit(response);
      if (ORDINAL_INPUT.test(given) !== ordinal) return false;
      const want = parseNumberInput(expected);
      const got = parseNumberInput(given);
      return want !== null && got !== null && Math.abs(want - got) < 1e-9;
    }
    case 'resolution': {
      const want = parseResolutionInput(expected);
      return want !== null && parseResolutionInput(response) === want;
    }
    case 'date': {
      if (isAmbiguousDate(response)) return false;
      const want = readDateInput(expected);
      const got = readDateInput(response);
      if (!want || !got) return false;
      if (want.precision === got.precision) return want.value === got.value;
      // A day and month without a year: a learner who adds a year still knows the day.
      if (want.precision === 'monthday' && got.precision === 'day') return got.value.slice(4) === want.value.slice(1);
      return false;
    }
    case 'name':
    case 'acronym':
    case 'list':
    case 'term':
      return looseMatch(expected, response);
  }
}

function readBoolean(response: Response): boolean | null {
  if (typeof response === 'boolean') return response;
  if (typeof response !== 'string') return null;
  const s = response.trim().toLowerCase();
  if (['true', 't', 'yes', 'y'].includes(s)) return true;
  if (['false', 'f', 'no', 'n'].includes(s)) return false;
  return null;
}

function expectedText(question: Question): string {
  const a = question.answer;
  if (typeof a === 'boolean') return a ? 'True' : 'False';
  if (typeof a === 'string') return a;
  if (question.type === 'match' && question.left) {
    return question.left.map((l, i) => `${l} → ${a[i] ?? ''}`).join('; ');
  }
  return a.join(' → ');
}

const sameArray = (x: readonly string[], y: readonly string[]): boolean =>
  x.length === y.length && x.every((v, i) => v === y[i]);

/** The format a typed answer takes, shown as its hint: never a value from the material. */
export function typedHint(question: Question): string {
  if (question.kind === 'date') return 'Write a date such as 1 January 2000, a month such as January 2000, or a year such as 2000.';
  if (question.kind === 'resolution') return 'Write a resolution number such as 1234.';
  return ORDINAL_INPUT.test(String(question.answer)) ? 'Write an ordinal such as tenth or 10th.' : 'Write a number such as 250, in figures or in words.';
}

/** Grades one response; a response of the wrong shape is simply wrong. */
export function gradeResponse(question: Question, response: Response): Grade {
  const expected = expectedText(question);
  let correct = false;
  switch (question.type) {
    case 'choice':
      correct = typeof response === 'string' && response === question.answer;
      break;
    case 'typed':
      correct = typeof response === 'string' && response.length <= 200 && typedCorrect(question, response);
      break;
    case 'truefalse':
      correct = readBoolean(response) === question.answer;
      break;
    case 'order':
    case 'match':
      correct = Array.isArray(response) && Array.isArray(question.answer) && sameArray(response, question.answer);
      break;
  }
  let feedback: string;
  if (correct) feedback = `Correct: ${expected}.`;
  else if (question.type === 'order') feedback = `Not quite. The right order is: ${expected}.`;
  else if (question.type === 'match') feedback = `Not quite. The right pairs are: ${expected}.`;
  else if (question.type === 'typed' && question.kind === 'date' && typeof response === 'string' && isAmbiguousDate(response)) {
    feedback = `${response.trim()} can be read two ways: write the month in words, for example 4 May 2013. The expected answer was ${expected}.`;
  } else feedback = `Not quite. The expected answer was ${expected}.`;
  return { correct, expected, feedback };
}
