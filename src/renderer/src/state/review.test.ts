import { describe, expect, it } from 'vitest';
import { newCardState, Rating, reviewCard, type CardState } from '../../../core/scheduling';
import { bundledCourses, type CourseBundle } from './course';
import { askableFacts, examPlanFor, NEW_FACTS_PER_DAY, reviewQueue } from './review';
import { reviewQuestions } from './review-questions';

const NOW = new Date(2026, 2, 2, 10, 0, 0).getTime();
const DAY = 86_400_000;
const bundle = bundledCourses()[0] as CourseBundle;
const askable = askableFacts(bundle);
const allIds = [...askable.values()].flat().map((f) => f.id);

/** A card learnt `daysAgo` days ago with one Easy answer (due some days after). */
function learnt(daysAgo: number): CardState {
  return reviewCard(newCardState(NOW - daysAgo * DAY), Rating.Easy, NOW - daysAgo * DAY).card;
}

describe('askableFacts', () => {
  it('keeps, per lesson, the facts some question asks about', () => {
    expect(allIds.length).toBeGreaterThan(0);
    for (const lesson of bundle.course.lessons) {
      const extracted = new Set((bundle.factsByLesson.get(lesson.id) ?? []).map((f) => f.id));
      for (const f of askable.get(lesson.id) ?? []) expect(extracted.has(f.id)).toBe(true);
    }
    const asked = new Set(reviewQuestions(bundle, allIds, 1, 1000).flatMap((q) => q.factIds));
    for (const id of allIds) expect(asked.has(id), id).toBe(true);
  });
});

describe('reviewQueue', () => {
  const lesson = bundle.course.lessons.find((l) => (askable.get(l.id) ?? []).length > 1) as CourseBundle['course']['lessons'][number];
  const lessonFacts = (askable.get(lesson.id) ?? []).map((f) => f.id);

  it('is empty before any lesson is studied or any question answered', () => {
    expect(reviewQueue({ bundle, cards: new Map(), studied: new Set(), now: NOW, startedToday: 0 })).toEqual({ factIds: [], due: 0, fresh: 0, early: 0, waiting: 0 });
  });

  it('brings new facts only from studied lessons, in reading order, up to the daily allowance', () => {
    const q = reviewQueue({ bundle, cards: new Map(), studied: new Set([lesson.id]), now: NOW, startedToday: 0 });
    expect(q.factIds).toEqual(lessonFacts.slice(0, NEW_FACTS_PER_DAY));
    expect(q.fresh).toBe(q.factIds.length);
    const later = reviewQueue({ bundle, cards: new Map(), studied: new Set([lesson.id]), now: NOW, startedToday: NEW_FACTS_PER_DAY - 1 });
    expect(later.factIds).toEqual(lessonFacts.slice(0, 1));
    expect(later.waiting).toBe(lessonFacts.length - 1);
  });

  it('puts cards due today first, least recalled first, and leaves out cards not yet due', () => {
    const [a, b, c] = allIds as [string, string, string];
    const cards = new Map<string, CardState>([
      [a, learnt(10)], // overdue by a couple of days
      [b, learnt(40)], // long overdue: lowest recall
      [c, learnt(0)], // just learnt: due in days
    ]);
    const q = reviewQueue({ bundle, cards, studied: new Set(), now: NOW, startedToday: 0 });
    expect(q.factIds).toEqual([b, a]);
    expect(q.due).toBe(2);
  });

  it('with an exam date, adds the plan’s reviews for today and orders by recall on the exam day', () => {
    const [a, b, c] = allIds as [string, string, string];
    const cards = new Map<string, CardState>([
      [a, learnt(10)],
      [b, learnt(40)],
      [c, learnt(0)],
    ]);
    const q = reviewQueue({ bundle, cards, studied: new Set(), now: NOW, startedToday: 0, exam: { day: '2026-03-04', plan: { today: [c] } } });
    expect(new Set(q.factIds)).toEqual(new Set([a, b, c]));
    expect(q.factIds[0]).toBe(b);
    expect(q.early).toBe(1);
  });
});

describe('reviewQuestions', () => {
  it('asks one question per fact, in the order given, and only about those facts', () => {
    const ids = allIds.slice(0, 3);
    const qs = reviewQuestions(bundle, ids, 42);
    const covered = qs.flatMap((q) => q.factIds);
    expect(new Set(covered)).toEqual(new Set(ids));
    expect(qs[0]?.factIds).toContain(ids[0]);
    expect(reviewQuestions(bundle, ids, 42)).toEqual(qs);
  });

  it('uses a question about several facts only when all of them are due, and stops at the limit', () => {
    // The course has more facts than one session holds: lift the limit to see every fact covered.
    const qs = reviewQuestions(bundle, allIds, 7, allIds.length);
    for (const q of qs) for (const id of q.factIds) expect(allIds).toContain(id);
    expect(new Set(qs.flatMap((q) => q.factIds)).size).toBe(allIds.length);
    expect(reviewQuestions(bundle, allIds, 7, 2)).toHaveLength(2);
  });
});

describe('examPlanFor', () => {
  it('plans every askable fact of the course, studied or not', () => {
    const plan = examPlanFor(bundle, new Map([[allIds[0] as string, learnt(3)]]), NOW, '2026-04-01');
    expect(plan.unseen + plan.atRisk + plan.ready).toBe(allIds.length);
    expect(plan.unseen).toBe(allIds.length - 1);
    expect(plan.status).toBe('planned');
  });

  it('works a plan out once for the same cards and minute, and again when a card changes', () => {
    const cards = new Map([[allIds[0] as string, learnt(3)]]);
    const first = examPlanFor(bundle, cards, NOW, '2026-04-01');
    expect(examPlanFor(bundle, new Map(cards), NOW + 1000, '2026-04-01')).toBe(first);
    expect(examPlanFor(bundle, new Map([[allIds[0] as string, learnt(5)]]), NOW, '2026-04-01')).not.toBe(first);
    expect(examPlanFor(bundle, cards, NOW, '2026-04-02')).not.toBe(first);
  });
});
