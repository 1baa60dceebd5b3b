import { describe, expect, it } from 'vitest';
import { quickQuiz, sanitizeChoice, timingKey, timingLabel, TIMINGS } from './quiz-settings';

const LESSONS = ['why', 'creating', 'before'];

describe('quick quiz', () => {
  it('is ten practice questions of every kind and type at 30 s each', () => {
    const q = quickQuiz('minusma', LESSONS, 1.5);
    expect(q).toEqual({
      courseId: 'minusma',
      lessonIds: LESSONS,
      kinds: ['date', 'resolution', 'figure', 'name', 'acronym', 'list', 'term'],
      types: ['choice', 'typed', 'truefalse', 'order', 'match'],
      length: 10,
      mode: 'practice',
      timing: { kind: 'per-question', seconds: 30 },
      timeFactor: 1.5,
    });
  });
});

describe('a remembered choice', () => {
  it('is kept when it still fits the course', () => {
    const stored = {
      courseId: 'minusma',
      lessonIds: ['before'],
      kinds: ['date'],
      types: ['typed', 'choice'],
      length: 20,
      mode: 'exam',
      timing: { kind: 'whole-quiz', minutes: 5 },
      timeFactor: 1,
    };
    expect(sanitizeChoice(stored, 'minusma', LESSONS, 2)).toEqual({
      ...stored,
      // Kept in the canonical order; the accommodation comes from Settings, not from memory.
      types: ['choice', 'typed'],
      timeFactor: 2,
    });
  });

  it('drops lessons that no longer exist and falls back when nothing is left', () => {
    const s = sanitizeChoice({ courseId: 'minusma', lessonIds: ['gone', 'creating'] }, 'minusma', LESSONS, 1);
    expect(s.lessonIds).toEqual(['creating']);
    expect(sanitizeChoice({ courseId: 'minusma', lessonIds: ['gone'] }, 'minusma', LESSONS, 1).lessonIds).toEqual(LESSONS);
  });

  it('replaces invalid lengths, modes and timings with the defaults', () => {
    const s = sanitizeChoice(
      { courseId: 'minusma', length: 7, mode: 'speedrun', timing: { kind: 'per-question', seconds: 3 } },
      'minusma',
      LESSONS,
      1,
    );
    expect(s.length).toBe(10);
    expect(s.mode).toBe('practice');
    expect(s.timing).toEqual({ kind: 'per-question', seconds: 30 });
  });

  it('ignores a choice made for another course or that is not an object', () => {
    expect(sanitizeChoice({ courseId: 'other', length: 5 }, 'minusma', LESSONS, 1).length).toBe(10);
    expect(sanitizeChoice(null, 'minusma', LESSONS, 1)).toEqual(quickQuiz('minusma', LESSONS, 1));
  });
});

describe('timings', () => {
  it('offers untimed, three per-question and three whole-quiz limits, each with a distinct key', () => {
    expect(TIMINGS.map(timingLabel)).toEqual([
      'Untimed',
      '15 s per question',
      '30 s per question',
      '60 s per question',
      '5 min for the whole quiz',
      '10 min for the whole quiz',
      '20 min for the whole quiz',
    ]);
    expect(new Set(TIMINGS.map(timingKey)).size).toBe(TIMINGS.length);
  });
});
