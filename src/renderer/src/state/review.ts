// What to review today and the questions that ask it: pure functions over the course, the cards and
// the lessons studied, so they can be tested without a store or a screen.
import type { Fact } from '../../../core/types';
import { byRecallAt, examMoment, planExam, type ExamPlan, type PlanItem } from '../../../core/exam-plan';
import { retrievability, State, type CardState } from '../../../core/scheduling';
import { addDays, dayStart, localDay, type TrackedFact } from '../../../core/stats';
import { cardState } from '../db/cards';
import type { CardRecord } from '../db/db';
import type { CourseBundle } from './course';

/** New facts a learner meets in a day's reviews, at most, unless an exam plan asks for more. */
export const NEW_FACTS_PER_DAY = 10;
/** Questions in one review session, at most; what is left stays due for the next. */
export const REVIEW_SESSION_MAX = 40;

const askableCache = new WeakMap<CourseBundle, Map<string, Fact[]>>();

/**
 * The facts of each lesson that some question asks about. The engine asks once per value and lesson
 * (a value repeated in a lesson is one question), so these are the facts a learner can be quizzed on,
 * and the ones mastery is measured over.
 */
export function askableFacts(bundle: CourseBundle): Map<string, Fact[]> {
  const cached = askableCache.get(bundle);
  if (cached) return cached;
  const byId = new Map(bundle.facts.map((f) => [f.id, f]));
  // Worked out with the facts (at build, at import): the question engine is not loaded to know it.
  const asked = bundle.asked;
  const out = new Map<string, Fact[]>();
  for (const lesson of bundle.course.lessons) {
    out.set(
      lesson.id,
      (bundle.factsByLesson.get(lesson.id) ?? []).filter((f) => asked.has(f.id) && byId.has(f.id)),
    );
  }
  askableCache.set(bundle, out);
  return out;
}

/** Stored cards as FSRS states, by fact id (of one course when `courseId` is given). */
export function cardsById(cards: readonly CardRecord[], courseId?: string): Map<string, CardState> {
  return new Map(cards.filter((c) => courseId === undefined || c.courseId === courseId).map((c) => [c.factId, cardState(c)]));
}

/** The lessons of a course marked studied. */
export function studiedIn(studied: readonly { courseId: string; lessonId: string }[], courseId: string): Set<string> {
  return new Set(studied.filter((s) => s.courseId === courseId).map((s) => s.lessonId));
}

/** Every askable fact of the courses with its card, and where each comes from, for the dashboard. */
export function trackFacts(
  bundles: readonly CourseBundle[],
  cards: ReadonlyMap<string, CardState>,
  ratings?: ReadonlyMap<string, readonly number[]>,
): { tracked: TrackedFact[]; lessonOf: Map<string, { bundle: CourseBundle; lessonId: string }>; factById: Map<string, Fact> } {
  const tracked: TrackedFact[] = [];
  const lessonOf = new Map<string, { bundle: CourseBundle; lessonId: string }>();
  const factById = new Map<string, Fact>();
  for (const bundle of bundles) {
    for (const [lessonId, facts] of askableFacts(bundle)) {
      for (const f of facts) {
        // Keyed by course too, so two courses with a lesson of the same id stay apart.
        tracked.push({
          factId: f.id,
          lessonId: `${bundle.course.manifest.id}/${lessonId}`,
          kind: f.kind,
          card: cards.get(f.id),
          ratings: ratings?.get(f.id),
        });
        lessonOf.set(f.id, { bundle, lessonId });
        factById.set(f.id, f);
      }
    }
  }
  return { tracked, lessonOf, factById };
}

export interface ReviewQueueInput {
  bundle: CourseBundle;
  /** Cards of this course, by fact id. */
  cards: ReadonlyMap<string, CardState>;
  /** Lessons of this course the learner marked as studied. */
  studied: ReadonlySet<string>;
  now: number;
  /** New facts already started today (their first review was today). */
  startedToday: number;
  /** With an exam date: today's part of the plan, and the exam day to order by. */
  exam?: { day: string; plan: Pick<ExamPlan, 'today'> } | undefined;
}

export interface ReviewQueue {
  /** Fact ids in the order to review them. */
  factIds: string[];
  /** Facts with a card due by the end of today. */
  due: number;
  /** Facts never reviewed, from studied lessons, in the queue. */
  fresh: number;
  /** Facts the exam plan brings forward although not yet due. */
  early: number;
  /** New facts from studied lessons left for another day by the daily allowance. */
  waiting: number;
}

/**
 * Today's reviews for one course: every card due by the end of the day, plus a few facts never
 * reviewed from the lessons studied. With an exam date, the plan's facts for today join in (reviews
 * brought forward, more new facts) and everything is ordered by lowest predicted recall on the exam
 * day; otherwise by lowest predicted recall now, new facts last.
 */
export function reviewQueue(input: ReviewQueueInput): ReviewQueue {
  const { bundle, cards, studied, now, exam } = input;
  const endOfDay = dayStart(addDays(localDay(now), 1));
  const askable = askableFacts(bundle);
  const planned = new Set(exam?.plan.today ?? []);
  const due: string[] = [];
  const early: string[] = [];
  const unseen: string[] = [];
  for (const lesson of bundle.course.lessons) {
    for (const fact of askable.get(lesson.id) ?? []) {
      const card = cards.get(fact.id);
      if (!card || card.state === State.New) {
        if (studied.has(lesson.id)) unseen.push(fact.id);
      } else if (card.due < endOfDay) due.push(fact.id);
      else if (planned.has(fact.id)) early.push(fact.id);
    }
  }
  const plannedNew = unseen.filter((id) => planned.has(id)).length;
  const allowance = Math.max(0, Math.max(NEW_FACTS_PER_DAY, plannedNew) - input.startedToday);
  // Planned new facts first, then the rest in reading order.
  const fresh = [...unseen.filter((id) => planned.has(id)), ...unseen.filter((id) => !planned.has(id))].slice(0, allowance);
  let factIds: string[];
  if (exam) {
    const items = [...due, ...early, ...fresh].map((id) => ({ id, card: cards.get(id) ?? null }));
    factIds = byRecallAt(items, examMoment(exam.day));
  } else {
    const recall = (id: string): number => {
      const card = cards.get(id);
      return card ? retrievability(card, now) : 0;
    };
    factIds = [...due.sort((a, b) => recall(a) - recall(b) || (a < b ? -1 : 1)), ...fresh];
  }
  return { factIds, due: due.length, fresh: fresh.length, early: early.length, waiting: unseen.length - fresh.length };
}

let lastPlan: { key: string; plan: ExamPlan } | undefined;

/**
 * The exam plan for these facts, worked out once for a given state of their cards and minute: the
 * dashboard and the review panel both need it when the Progress screen opens.
 */
export function planFor(items: readonly PlanItem[], now: number, examDay: string): ExamPlan {
  const cards = items.map((i) => `${i.id}:${i.card?.lastReview ?? ''}:${i.card?.due ?? ''}:${i.card?.reps ?? ''}:${i.ratings?.join('') ?? ''}`).join('|');
  const key = `${examDay}|${Math.floor(now / 60_000)}|${cards}`;
  if (lastPlan?.key !== key) lastPlan = { key, plan: planExam(items, now, examDay) };
  return lastPlan.plan;
}

/** The exam-date plan over every askable fact of a course (facts never reviewed included). */
export function examPlanFor(
  bundle: CourseBundle,
  cards: ReadonlyMap<string, CardState>,
  now: number,
  examDay: string,
  ratings?: ReadonlyMap<string, readonly number[]>,
): ExamPlan {
  const items = [...askableFacts(bundle).values()].flat().map((f) => ({ id: f.id, card: cards.get(f.id) ?? null, ratings: ratings?.get(f.id) }));
  return planFor(items, now, examDay);
}
