import { describe, expect, it } from 'vitest';
import { courseTimeline, dateSortKey } from './timeline';
import type { Fact } from './types';

let n = 0;
const date = (value: string, docId = 'l1', precision?: Fact['precision']): Fact => ({
  id: `f${++n}`,
  kind: 'date',
  value,
  text: value,
  start: 0,
  end: value.length,
  sentence: value,
  about: '',
  docId,
  ...(precision ? { precision } : {}),
});

describe('the course timeline', () => {
  it('orders dates chronologically whatever the lesson order', () => {
    const facts = [date('2013-04-25', 'creating'), date('2012-12-20', 'before'), date('2013-07-01', 'before'), date('2017-05', 'forces', 'month')];
    expect(courseTimeline(facts).map((f) => f.value)).toEqual(['2012-12-20', '2013-04-25', '2013-07-01', '2017-05']);
  });

  it('puts a month before the days of that month and a year before its months', () => {
    const facts = [date('2013-05-02'), date('2013-05', 'l1', 'month'), date('2013-01-01'), date('2013', 'l1', 'year'), date('2012-12-31')];
    expect(courseTimeline(facts).map((f) => f.value)).toEqual(['2012-12-31', '2013', '2013-01-01', '2013-05', '2013-05-02']);
  });

  it('puts days without a year after every dated event', () => {
    const facts = [date('--12-24', 'l1', 'monthday'), date('2020-01-01'), date('--01-05', 'l1', 'monthday')];
    expect(courseTimeline(facts).map((f) => f.value)).toEqual(['2020-01-01', '--01-05', '--12-24']);
  });

  it('keeps reading order for events on the same date', () => {
    const a = date('2013-04-25', 'creating');
    const b = date('2013-04-25', 'before');
    expect(courseTimeline([a, b])).toEqual([a, b]);
  });

  it('leaves out resolutions and figures', () => {
    const figure: Fact = { ...date('2013-01-01'), kind: 'figure', value: 2013 };
    expect(courseTimeline([figure])).toEqual([]);
  });

  it('derives the precision from the value when the fact does not say', () => {
    expect(dateSortKey('2017-05')).toBe('2017-05-00');
    expect(dateSortKey('2017')).toBe('2017-00-00');
  });
});
