import { describe, expect, it } from 'vitest';
import type { Question } from './types';
import { byKind, byLesson, describeResponse, missedQuestions, quizLength, scoreOf, type GivenAnswer } from './quiz-results';

const q = (id: string, kind: Question['kind'], docId?: string, extra: Partial<Question> = {}): Question => ({
  id,
  type: 'choice',
  kind,
  prompt: `Question ${id}?`,
  answer: 'x',
  factIds: [`f-${id}`],
  explanation: 'From the briefing.',
  ...(docId ? { docId } : {}),
  ...extra,
});

const given = (questionId: string, correct: boolean, timedOut = false): GivenAnswer => ({
  questionId,
  response: timedOut ? null : 'x',
  correct,
  timedOut,
  elapsedMs: 1000,
});

const questions = [q('1', 'date', 'a'), q('2', 'figure', 'a'), q('3', 'date', 'b'), q('4', 'resolution', 'b'), q('5', 'figure')];
const answers = new Map([
  ['1', given('1', true)],
  ['2', given('2', false)],
  ['3', given('3', true)],
  ['4', given('4', false, true)],
]);

describe('results', () => {
  it('scores every question, an unanswered one as wrong', () => {
    expect(scoreOf(questions, answers)).toEqual({ correct: 2, total: 5, percent: 40 });
    expect(scoreOf([], new Map())).toEqual({ correct: 0, total: 0, percent: 0 });
  });

  it('breaks the score down by kind, in order of first appearance', () => {
    expect(byKind(questions, answers)).toEqual([
      { key: 'date', correct: 2, total: 2, percent: 100 },
      { key: 'figure', correct: 0, total: 2, percent: 0 },
      { key: 'resolution', correct: 0, total: 1, percent: 0 },
    ]);
  });

  it('breaks the score down by lesson, with questions spanning lessons apart', () => {
    expect(byLesson(questions, answers)).toEqual([
      { key: 'a', correct: 1, total: 2, percent: 50 },
      { key: 'b', correct: 1, total: 2, percent: 50 },
      { key: '', correct: 0, total: 1, percent: 0 },
    ]);
  });

  it('lists the missed questions, timed out and unanswered included', () => {
    expect(missedQuestions(questions, answers).map((m) => m.id)).toEqual(['2', '4', '5']);
  });

  it('counts every available question when the length is 0', () => {
    expect(quizLength(0, 37)).toBe(37);
    expect(quizLength(10, 37)).toBe(10);
    expect(quizLength(20, 6)).toBe(6);
  });
});

describe('describeResponse', () => {
  it('writes each type of answer in words', () => {
    expect(describeResponse(q('a', 'figure'), '1,440')).toBe('1,440');
    expect(describeResponse(q('b', 'date', undefined, { type: 'truefalse' }), false)).toBe('False');
    expect(describeResponse(q('c', 'date', undefined, { type: 'order' }), ['x', 'y', 'z'])).toBe('x → y → z');
    const match = q('d', 'resolution', undefined, { type: 'match', left: ['Resolution 2085', 'Resolution 2100'] });
    expect(describeResponse(match, ['authorised AFISMA', ''])).toBe('Resolution 2085 → authorised AFISMA; Resolution 2100 → (no pair chosen)');
    expect(describeResponse(match, null)).toBe('');
  });
});
