import { describe, expect, it } from 'vitest';
import { gradeResponse, typedHint } from './index';
import type { Question } from './types';

const typed = (kind: Question['kind'], answer: string): Question => ({
  id: 'q', type: 'typed', kind, prompt: 'How many?', answer, factIds: ['f'], explanation: 'From the briefing: "x"',
});

describe('gradeResponse for typed answers', () => {
  it.each(['11200', '11,200', '11 200', 'eleven thousand two hundred', '11.2k', ' 11,200 '])('accepts %s for 11,200', (r) => {
    expect(gradeResponse(typed('figure', '11,200'), r).correct).toBe(true);
  });

  it.each(['11,000', '1120', 'lots', ''])('rejects %s for 11,200 and says what was expected', (r) => {
    const g = gradeResponse(typed('figure', '11,200'), r);
    expect(g.correct).toBe(false);
    expect(g.expected).toBe('11,200');
    expect(g.feedback).toContain('11,200');
  });

  it.each(['25 April 2013', 'April 25, 2013', '2013-04-25', '25/04/2013', '4/25/2013', '25 apr 2013'])('accepts %s for 25 April 2013', (r) => {
    expect(gradeResponse(typed('date', '25 April 2013'), r).correct).toBe(true);
  });

  it('rejects a date at a coarser precision', () => {
    expect(gradeResponse(typed('date', '25 April 2013'), 'April 2013').correct).toBe(false);
  });

  it.each(['May 2017', '2017-05', 'may 2017'])('accepts %s for May 2017', (r) => {
    expect(gradeResponse(typed('date', 'May 2017'), r).correct).toBe(true);
  });

  it.each(['2100', 'S/RES/2100', 'resolution 2100', 'S/RES/2100 (2013)', 'Resolution 2100'])('accepts %s for Resolution 2100', (r) => {
    expect(gradeResponse(typed('resolution', 'Resolution 2100'), r).correct).toBe(true);
  });

  it('rejects another resolution', () => {
    const g = gradeResponse(typed('resolution', 'Resolution 2100'), '2085');
    expect(g).toEqual({ correct: false, expected: 'Resolution 2100', feedback: 'Not quite. The expected answer was Resolution 2100.' });
  });

  it('accepts an ordinal as a word or in digits', () => {
    expect(gradeResponse(typed('figure', 'fifth'), '5th').correct).toBe(true);
    expect(gradeResponse(typed('figure', 'fifth'), 'Fifth').correct).toBe(true);
  });
});

describe('gradeResponse for other types', () => {
  const base = { id: 'q', kind: 'figure' as const, prompt: 'p?', factIds: ['f'], explanation: 'e' };
  it('compares a choice exactly', () => {
    const q: Question = { ...base, type: 'choice', options: ['1', '2', '3', '4'], answer: '2' };
    expect(gradeResponse(q, '2').correct).toBe(true);
    expect(gradeResponse(q, '3').correct).toBe(false);
  });

  it('reads true and false', () => {
    const q: Question = { ...base, type: 'truefalse', answer: false };
    expect(gradeResponse(q, false).correct).toBe(true);
    expect(gradeResponse(q, 'false').correct).toBe(true);
    expect(gradeResponse(q, true)).toMatchObject({ correct: false, expected: 'False' });
  });

  it('compares orders and matches item by item', () => {
    const q: Question = { ...base, type: 'order', options: ['b', 'a', 'c'], answer: ['a', 'b', 'c'] };
    expect(gradeResponse(q, ['a', 'b', 'c']).correct).toBe(true);
    expect(gradeResponse(q, ['b', 'a', 'c']).feedback).toBe('Not quite. The right order is: a → b → c.');
    expect(gradeResponse(q, 'a').correct).toBe(false);
  });
});

describe('typed answers that look alike', () => {
  const q = (answer: string, kind: 'figure' | 'date'): Question => ({ id: 'q', type: 'typed', kind, prompt: 'How many?', answer, factIds: ['f'], explanation: 'From the briefing: "x"' });

  it('keeps cardinal and ordinal apart', () => {
    expect(gradeResponse(q('fifth', 'figure'), 'five').correct).toBe(false);
    expect(gradeResponse(q('2', 'figure'), 'second').correct).toBe(false);
    expect(gradeResponse(q('fifth', 'figure'), '5th').correct).toBe(true);
    expect(gradeResponse(q('5', 'figure'), 'five').correct).toBe(true);
  });

  it('accepts a number followed by what it counts', () => {
    expect(gradeResponse(q('395', 'figure'), '395 peacekeepers').correct).toBe(true);
    expect(gradeResponse(q('395', 'figure'), '396 peacekeepers').correct).toBe(false);
  });

  it('asks for the month in words when an all-numeric date reads two ways', () => {
    const g = gradeResponse(q('4 May 2013', 'date'), '4/5/2013');
    expect(g.correct).toBe(false);
    expect(g.feedback).toMatch(/month in words/);
    expect(gradeResponse(q('25 April 2013', 'date'), '25/4/2013').correct).toBe(true);
  });

  it('hints at the format with values not taken from the material', () => {
    expect(typedHint(q('2,100', 'figure'))).toBe('Write a number such as 250, in figures or in words.');
    expect(typedHint(q('4 May 2013', 'date'))).toContain('1 January 2000');
  });
});
