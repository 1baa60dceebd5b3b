import { describe, expect, it, vi } from 'vitest';
import { newCardState, Rating, reviewCard } from '../../../core/scheduling';
import type { CardRecord } from '../db/db';
import type { DashboardSource } from '../db/stats';
import { bundledCourses } from './course';
import { buildDashboard, examDateProblem, ProgressState, type DashboardRepository } from './progress.svelte';
import { askableFacts } from './review';

const NOW = new Date(2026, 2, 10, 15, 0, 0).getTime();
const DAY = 86_400_000;
const bundles = bundledCourses();
const bundle = bundles[0]!;
const facts = [...askableFacts(bundle).values()].flat();

const source = (over: Partial<DashboardSource> = {}): DashboardSource => ({ dailyStats: [], cards: [], lessonProgress: [], examDate: null, ...over });

function card(factId: string, at: number, rating: Rating): CardRecord {
  const f = facts.find((x) => x.id === factId)!;
  const state = reviewCard(newCardState(at), rating as Exclude<Rating, Rating.Manual>, at).card;
  return { factId, courseId: bundle.course.manifest.id, docId: f.docId ?? '', kind: f.kind, ...state };
}

describe('buildDashboard', () => {
  it('is empty, with every lesson at zero, before anything is answered', () => {
    const d = buildDashboard(source(), bundles, NOW);
    expect(d.empty).toBe(true);
    expect(d.today).toBe('2026-03-10');
    expect(d.facts).toEqual({ total: facts.length, seen: 0 });
    expect(d.byLesson).toHaveLength(bundle.course.lessons.length);
    expect(d.byLesson.every((l) => l.mastery === 0 && l.seen === 0)).toBe(true);
    expect(d.weakest).toEqual([]);
    expect(d.exam).toBeNull();
    expect(d.totals.accuracy).toBeNull();
  });

  it('joins cards and daily aggregates into the figures', () => {
    const [a, b] = facts as [(typeof facts)[number], (typeof facts)[number]];
    const d = buildDashboard(
      source({
        dailyStats: [
          { day: '2026-03-09', answers: 4, correct: 3, totalMs: 20000, byType: { choice: { answers: 4, correct: 3, totalMs: 20000 } } },
          { day: '2026-03-10', answers: 2, correct: 1, totalMs: 9000 },
        ],
        cards: [card(a.id, NOW - 2 * DAY, Rating.Good), card(b.id, NOW - DAY, Rating.Again)],
        examDate: '2026-04-01',
      }),
      bundles,
      NOW,
    );
    expect(d.empty).toBe(false);
    expect(d.totals).toEqual({ answers: 6, correct: 4, totalMs: 29000, days: 2, accuracy: 4 / 6 });
    expect(d.streak.current).toBe(2);
    expect(d.facts.seen).toBe(2);
    expect(d.responseTimes).toEqual([{ type: 'choice', label: 'Multiple choice', answers: 4, meanSeconds: 5, fastSeconds: 4, slowSeconds: 12 }]);
    const lessonA = d.byLesson.find((l) => l.lessonId === a.docId)!;
    expect(lessonA.seen).toBeGreaterThanOrEqual(1);
    expect(lessonA.mastery).toBeGreaterThan(0);
    expect(d.weakest.map((w) => w.factId).sort()).toEqual([a.id, b.id].sort());
    expect(d.weakest[0]?.href).toMatch(/^#\/library\/minusma\/lesson\/[a-z-]+\?fact=/);
    expect(d.forecast.reduce((n, f) => n + f.due, 0)).toBe(2);
    expect(d.exam?.day).toBe('2026-04-01');
    expect(d.exam?.plan.status).toBe('planned');
  });

  it('ignores a stored exam date that is not a day', () => {
    expect(buildDashboard(source({ examDate: 'soon' }), bundles, NOW).exam).toBeNull();
  });
});

describe('examDateProblem', () => {
  it('accepts today (cram) or a day after it within two years and says what is wrong otherwise', () => {
    expect(examDateProblem('2026-03-11', '2026-03-10')).toBe('');
    expect(examDateProblem('2026-03-10', '2026-03-10')).toBe('');
    expect(examDateProblem('2026-03-09', '2026-03-10')).toBe('Choose today or a day after it.');
    expect(examDateProblem('2026-02-30', '2026-03-10')).toMatch(/^Enter the exam date as a day/);
    expect(examDateProblem('2029-01-01', '2026-03-10')).toMatch(/^Choose a day within two years/);
  });
});

describe('the progress state', () => {
  const DAY_MS = 86_400_000;
  function setup(over: Partial<DashboardRepository> = {}) {
    let now = NOW;
    let stored: string | null = null;
    const repo: DashboardRepository = {
      source: async () => source({ examDate: stored }),
      saveExamDate: async (day) => void (stored = day),
      ...over,
    };
    return { progress: new ProgressState(repo, () => bundles, () => now), stored: () => stored, tick: (ms: number) => (now += ms) };
  }

  it('computes the dashboard as of its clock, and counts each load', async () => {
    const { progress, tick } = setup();
    await progress.load();
    expect(progress.dashboard?.today).toBe('2026-03-10');
    tick(DAY_MS);
    await progress.load();
    expect(progress.dashboard?.today).toBe('2026-03-11');
    expect(progress.loads).toBe(2);
  });

  it('checks the exam date against the clock’s today, and saves one that fits', async () => {
    const { progress, stored } = setup();
    expect(await progress.setExamDate('2026-03-09')).toBe(false);
    expect(progress.examError).toBe('Choose today or a day after it.');
    expect(await progress.setExamDate('2026-03-10')).toBe(true);
    expect(stored()).toBe('2026-03-10');
    expect(progress.dashboard?.exam?.day).toBe('2026-03-10');
  });

  it('says what to do when the store fails, never what Dexie said', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const quota = Object.assign(new Error('QuotaExceededError: The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const { progress } = setup({ source: () => Promise.reject(new Error('Dexie internal 0x1')), saveExamDate: () => Promise.reject(quota) });
    await progress.load();
    expect(progress.error).toBe('Your progress could not be read. Something unexpected went wrong: try again, and if it happens again reload Dossier.');
    expect(await progress.setExamDate('2026-04-01')).toBe(false);
    expect(progress.examError).toBe('The exam date was not saved. Your disk is full: free some space, then try again; nothing already saved was lost.');
  });
});
