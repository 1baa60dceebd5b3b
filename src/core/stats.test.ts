import { describe, expect, it } from 'vitest';
import {
  accuracyByDay,
  addDays,
  daysBetween,
  forecast,
  heatmap,
  isDay,
  localDay,
  factMastery,
  masteryBy,
  MASTERY_WINDOW,
  recentAnswers,
  responseTimes,
  streakOf,
  totals,
  weakestFacts,
  type DayStat,
  type TrackedFact,
} from './stats';
import { newCardState, Rating, retrievability, reviewCard, State } from './scheduling';

const NOW = new Date(2026, 2, 10, 15, 0, 0).getTime(); // 10 March 2026, 15:00 local
const TODAY = '2026-03-10';
const DAY = 86_400_000;
const stat = (day: string, answers: number, correct = answers, totalMs = answers * 5000): DayStat => ({ day, answers, correct, totalMs });

describe('days', () => {
  it('reads and moves local days, across month ends and daylight-saving changes', () => {
    expect(localDay(NOW)).toBe(TODAY);
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 3)).toBe('2026-03-31');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-20', '2026-10-30')).toBe(10);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-3-1')).toBe(false);
  });
});

describe('streakOf', () => {
  it('counts consecutive days ending today', () => {
    const s = streakOf([stat('2026-03-08', 3), stat('2026-03-09', 1), stat(TODAY, 2), stat('2026-03-01', 4)], TODAY);
    expect(s).toEqual({ current: 3, longest: 3, answeredToday: true });
  });

  it('keeps yesterday’s streak alive while today is still open', () => {
    expect(streakOf([stat('2026-03-08', 3), stat('2026-03-09', 1)], TODAY)).toMatchObject({ current: 2, answeredToday: false });
  });

  it('breaks after a whole day without answers but remembers the longest run', () => {
    const s = streakOf([stat('2026-03-01', 1), stat('2026-03-02', 1), stat('2026-03-03', 1), stat('2026-03-08', 1)], TODAY);
    expect(s).toEqual({ current: 0, longest: 3, answeredToday: false });
  });

  it('ignores days whose answers were all taken back', () => {
    expect(streakOf([stat('2026-03-09', 0), stat(TODAY, 1)], TODAY).current).toBe(1);
    expect(streakOf([], TODAY)).toEqual({ current: 0, longest: 0, answeredToday: false });
  });
});

describe('heatmap', () => {
  it('covers whole weeks ending today and shades the busiest day darkest', () => {
    const { cells, max, first } = heatmap([stat(TODAY, 40), stat('2026-03-09', 10), stat('2026-03-01', 1)], TODAY, 4);
    expect(cells).toHaveLength(28);
    expect(first).toBe('2026-02-11');
    expect(cells.at(-1)).toEqual({ day: TODAY, answers: 40, level: 4 });
    expect(cells.find((c) => c.day === '2026-03-09')?.level).toBe(1);
    expect(cells.find((c) => c.day === '2026-03-01')?.level).toBe(1);
    expect(cells.find((c) => c.day === '2026-03-02')?.level).toBe(0);
    expect(max).toBe(40);
  });
});

describe('accuracyByDay', () => {
  it('gives the share correct per day and nothing for days without answers', () => {
    const points = accuracyByDay([stat(TODAY, 4, 3), stat('2026-03-08', 2, 0)], TODAY, 3);
    expect(points).toEqual([
      { day: '2026-03-08', answers: 2, correct: 0, accuracy: 0 },
      { day: '2026-03-09', answers: 0, correct: 0, accuracy: null },
      { day: TODAY, answers: 4, correct: 3, accuracy: 0.75 },
    ]);
  });
});

describe('responseTimes and totals', () => {
  it('averages time per question type over every day, skipping types never answered', () => {
    const days: DayStat[] = [
      { ...stat('2026-03-09', 3), byType: { choice: { answers: 2, correct: 2, totalMs: 8000 }, typed: { answers: 1, correct: 1, totalMs: 12000 } } },
      { ...stat(TODAY, 2), byType: { choice: { answers: 2, correct: 1, totalMs: 4000 } } },
      stat('2026-03-01', 5),
    ];
    expect(responseTimes(days)).toEqual([
      { type: 'choice', answers: 4, meanMs: 3000 },
      { type: 'typed', answers: 1, meanMs: 12000 },
    ]);
    expect(totals(days)).toEqual({ answers: 10, correct: 10, totalMs: 50000, days: 3 });
  });
});

describe('forecast', () => {
  it('counts reviews due per day for the next days, with overdue cards today', () => {
    const card = (due: number, state = State.Review): { due: number; state: number } => ({ due, state });
    const f = forecast([card(NOW - 3 * DAY), card(NOW + 1000), card(NOW + DAY), card(NOW + 29 * DAY), card(NOW + 40 * DAY), card(NOW, State.New)], NOW, 30);
    expect(f).toHaveLength(30);
    expect(f[0]).toEqual({ day: TODAY, due: 2 });
    expect(f[1]).toEqual({ day: '2026-03-11', due: 1 });
    expect(f[29]).toEqual({ day: '2026-04-08', due: 1 });
    expect(f.reduce((a, d) => a + d.due, 0)).toBe(4);
  });
});

describe('mastery and weakest facts', () => {
  const learnt = reviewCard(reviewCard(newCardState(NOW - 20 * DAY), Rating.Good, NOW - 20 * DAY).card, Rating.Good, NOW - 20 * DAY + 600_000).card;
  const fresh = reviewCard(newCardState(NOW - 60_000), Rating.Easy, NOW - 60_000).card;
  const lapsed = { ...learnt, lapses: 2 };
  const facts: TrackedFact[] = [
    { factId: 'a', lessonId: 'l1', kind: 'date', card: learnt },
    { factId: 'b', lessonId: 'l1', kind: 'figure', card: fresh },
    { factId: 'c', lessonId: 'l2', kind: 'date' },
    { factId: 'd', lessonId: 'l2', kind: 'date', card: lapsed },
  ];

  it('averages predicted recall per lesson and per kind, counting unstudied facts as zero', () => {
    const byLesson = masteryBy(facts, (f) => f.lessonId, NOW);
    expect(byLesson.map((r) => [r.key, r.facts, r.seen])).toEqual([
      ['l1', 2, 2],
      ['l2', 2, 1],
    ]);
    const l1 = byLesson[0]?.mastery as number;
    const l2 = byLesson[1]?.mastery as number;
    expect(l1).toBeGreaterThan(0.5);
    expect(l1).toBeLessThan(1);
    // l2's second fact was never studied: its lesson's mastery is half its studied fact's recall.
    expect(l2).toBeCloseTo(masteryBy([facts[3] as TrackedFact], () => 'x', NOW)[0]!.mastery / 2, 10);
    const byKind = masteryBy(facts, (f) => f.kind, NOW);
    expect(byKind.map((r) => r.key)).toEqual(['date', 'figure']);
    expect(byKind[1]?.mastery).toBeGreaterThan(0.99);
  });

  it('lists the least-recalled reviewed facts first, then those with the most lapses', () => {
    const weak = weakestFacts(facts, NOW, 10);
    expect(weak.map((w) => w.factId)).toEqual(['d', 'a', 'b']);
    expect(weakestFacts(facts, NOW, 1)).toHaveLength(1);
  });

  it('puts a fact just missed above one just got right, though both are fresh in memory', () => {
    const t = NOW - 60_000;
    const missed = reviewCard(newCardState(t), Rating.Again, t).card;
    const right = reviewCard(newCardState(t), Rating.Good, t).card;
    const weak = weakestFacts(
      [
        { factId: 'right', lessonId: 'l', kind: 'date', card: right },
        { factId: 'missed', lessonId: 'l', kind: 'date', card: missed },
      ],
      NOW,
    );
    expect(weak.map((w) => [w.factId, w.learning])).toEqual([
      ['missed', true],
      ['right', true],
    ]);
  });
});

describe('mastery weighs the answers as well as recall', () => {
  const t = NOW - 60_000;
  const missed = reviewCard(newCardState(t), Rating.Again, t).card;
  const right = reviewCard(newCardState(t), Rating.Good, t).card;

  it('puts a fact just missed at 0 although its predicted recall is near 100%', () => {
    expect(retrievability(missed, NOW)).toBeGreaterThan(0.95);
    expect(factMastery({ card: missed, ratings: [Rating.Again] }, NOW)).toBe(0);
    expect(factMastery({ card: right, ratings: [Rating.Good] }, NOW)).toBeCloseTo(retrievability(right, NOW), 10);
  });

  it('gives a 2-of-3 lesson two thirds of full mastery, and forgets misses older than the window', () => {
    const facts: TrackedFact[] = [
      { factId: 'a', lessonId: 'l', kind: 'date', card: right, ratings: [Rating.Good] },
      { factId: 'b', lessonId: 'l', kind: 'date', card: right, ratings: [Rating.Easy] },
      { factId: 'c', lessonId: 'l', kind: 'date', card: missed, ratings: [Rating.Again] },
    ];
    const [row] = masteryBy(facts, () => 'l', NOW);
    expect(row?.mastery).toBeGreaterThan(0.6);
    expect(row?.mastery).toBeLessThan(0.67);
    const relearnt = [Rating.Again, Rating.Again, ...Array<number>(MASTERY_WINDOW).fill(Rating.Good)];
    expect(recentAnswers(right, relearnt)).toEqual({ answered: MASTERY_WINDOW, right: MASTERY_WINDOW });
  });

  it('lists the facts by that same number, a miss first', () => {
    const weak = weakestFacts(
      [
        { factId: 'right', lessonId: 'l', kind: 'date', card: right, ratings: [Rating.Good] },
        { factId: 'missed', lessonId: 'l', kind: 'date', card: missed, ratings: [Rating.Again] },
      ],
      NOW,
    );
    expect(weak.map((w) => [w.factId, Math.round(w.mastery * 100), w.recent])).toEqual([
      ['missed', 0, { answered: 1, right: 0 }],
      ['right', Math.round(retrievability(right, NOW) * 100), { answered: 1, right: 1 }],
    ]);
  });
});
