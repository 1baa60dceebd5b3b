import { describe, expect, it } from 'vitest';
import { byRecallAt, EXAM_TARGET, examMoment, planExam, recallAt, type PlanItem } from './exam-plan';
import { newCardState, Rating, reviewCard, type CardState } from './scheduling';

const NOW = new Date(2026, 2, 2, 10, 0, 0).getTime(); // Monday 2 March 2026, 10:00 local
const DAY = 86_400_000;

/** A card learnt `daysAgo` days ago: two learning steps then `extra` on-time Good reviews. */
function learnt(daysAgo: number, extra = 0): CardState {
  const t = NOW - daysAgo * DAY;
  let card = reviewCard(newCardState(t), Rating.Good, t).card;
  card = reviewCard(card, Rating.Good, t + 600_000).card;
  for (let i = 0; i < extra; i++) card = reviewCard(card, Rating.Good, card.due).card;
  return card;
}

const unseen = (n: number, prefix = 'u'): PlanItem[] => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i).padStart(3, '0')}`, card: null }));

describe('planExam', () => {
  it('has nothing to plan once the exam day has gone', () => {
    expect(planExam(unseen(3), NOW, '2026-02-20')).toMatchObject({ status: 'past', daysLeft: 0, total: 0, today: [] });
  });

  it('crams on the exam day: every fact short of the target is for now, weakest first', () => {
    const items: PlanItem[] = [{ id: 'strong', card: learnt(30, 3) }, { id: 'weak', card: learnt(20) }, ...unseen(2)];
    const plan = planExam(items, NOW, '2026-03-02');
    expect(plan).toMatchObject({ status: 'today', daysLeft: 0, perDay: 3, total: 3, today: ['u000', 'u001', 'weak'], reachable: false });
    expect(planExam([{ id: 'strong', card: learnt(30, 3) }], NOW, '2026-03-02')).toMatchObject({ today: [], reachable: true });
  });

  it('needs no review for a fact already predicted above 90% on the exam day', () => {
    // Reviewed well over several weeks, so its stability is long compared with the four days to go.
    const strong = learnt(30, 3);
    expect(recallAt(strong, examMoment('2026-03-06'))).toBeGreaterThanOrEqual(EXAM_TARGET);
    const plan = planExam([{ id: 'strong', card: strong }], NOW, '2026-03-06');
    expect(plan).toMatchObject({ status: 'planned', daysLeft: 4, ready: 1, atRisk: 0, unseen: 0, total: 0, perDay: 0, reachable: true });
  });

  it('plans at least two reviews for every fact never studied', () => {
    const plan = planExam(unseen(20), NOW, '2026-03-16');
    expect(plan.unseen).toBe(20);
    expect(plan.reachable).toBe(true);
    expect(plan.total).toBeGreaterThanOrEqual(40);
  });

  it('keeps its figures consistent: the busiest day is the pace, the average is the total over the days left', () => {
    const items = [...unseen(30), ...['a', 'b', 'c', 'd'].map((id, i) => ({ id, card: learnt(10 + i * 5, i % 2) }))];
    const plan = planExam(items, NOW, '2026-03-23');
    expect(plan.daysLeft).toBe(21);
    expect(plan.schedule).toHaveLength(21);
    expect(plan.schedule[0]?.day).toBe('2026-03-02');
    expect(plan.schedule.at(-1)?.day).toBe('2026-03-22');
    expect(plan.schedule.reduce((a, d) => a + d.reviews, 0)).toBe(plan.total);
    expect(Math.max(...plan.schedule.map((d) => d.reviews))).toBe(plan.perDay);
    expect(plan.average).toBe(Math.ceil(plan.total / 21));
    expect(plan.perDay).toBeGreaterThanOrEqual(plan.average);
  });

  it('asks for fewer reviews a day the further away the exam is', () => {
    const items = unseen(40);
    const paces = ['2026-03-04', '2026-03-09', '2026-03-23', '2026-04-20', '2026-07-01'].map((d) => planExam(items, NOW, d).perDay);
    for (let i = 1; i < paces.length; i++) expect(paces[i]).toBeLessThanOrEqual(paces[i - 1] as number);
    expect(paces[0]).toBeGreaterThan(paces.at(-1) as number);
  });

  it('puts every fact short of the target in today’s reviews when the exam is tomorrow', () => {
    const items: PlanItem[] = [{ id: 'weak', card: learnt(20) }, { id: 'strong', card: learnt(40, 4) }, ...unseen(2)];
    const plan = planExam(items, NOW, '2026-03-03');
    expect(plan.daysLeft).toBe(1);
    expect(plan.reachable).toBe(true);
    expect([...plan.today].sort()).toEqual(['u000', 'u001', 'weak']);
    // Never-studied facts come first (nothing to recall), then the weakest.
    expect(plan.today.at(-1)).toBe('weak');
  });

  it('orders reviews by lowest predicted recall on the exam day', () => {
    const exam = examMoment('2026-03-20');
    const items: PlanItem[] = [
      { id: 'old', card: learnt(25) },
      { id: 'recent', card: learnt(1) },
      { id: 'never', card: null },
      { id: 'solid', card: learnt(30, 4) },
    ];
    const order = byRecallAt(items, exam);
    expect(order[0]).toBe('never');
    const recalls = order.map((id) => recallAt(items.find((i) => i.id === id)?.card ?? null, exam));
    for (let i = 1; i < recalls.length; i++) expect(recalls[i]).toBeGreaterThanOrEqual(recalls[i - 1] as number);
  });

  it('gives the same plan for the same inputs', () => {
    const items = [...unseen(12), { id: 'x', card: learnt(8) }];
    expect(planExam(items, NOW, '2026-03-30')).toEqual(planExam(items, NOW, '2026-03-30'));
  });
});
