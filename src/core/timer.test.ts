import { describe, expect, it } from 'vitest';
import {
  chainDeadlines,
  announcementThresholds,
  crossedThreshold,
  deadlineFrom,
  describeRemaining,
  formatClock,
  formatDuration,
  isWarning,
  limitMs,
  remaining,
} from './timer';

const START = Date.UTC(2025, 2, 3, 9, 0, 0);

describe('limits', () => {
  it('turns a timing into milliseconds, stretched by the extended-time factor', () => {
    expect(limitMs({ kind: 'per-question', seconds: 30 })).toBe(30_000);
    expect(limitMs({ kind: 'per-question', seconds: 15 }, 1.5)).toBe(22_500);
    expect(limitMs({ kind: 'whole-quiz', minutes: 10 }, 2)).toBe(1_200_000);
    expect(limitMs({ kind: 'untimed' }, 2)).toBeNull();
  });

  it('ignores a nonsensical factor rather than producing a zero or negative limit', () => {
    expect(limitMs({ kind: 'per-question', seconds: 30 }, 0)).toBe(30_000);
    expect(limitMs({ kind: 'per-question', seconds: 30 }, Number.NaN)).toBe(30_000);
  });
});

describe('the countdown', () => {
  it('is the deadline minus now, however rarely it is read', () => {
    const deadline = deadlineFrom(START, 30_000);
    expect(remaining(START, deadline)).toBe(30_000);
    // A window hidden for 20 s, then read once: no ticks were counted, the value is still right.
    expect(remaining(START + 20_000, deadline)).toBe(10_000);
    expect(remaining(START + 45_000, deadline)).toBe(0);
  });

  it('resumes with the time that was left, not the time that passed while closed', () => {
    const stored = remaining(START + 12_000, deadlineFrom(START, 30_000));
    const reopened = START + 3_600_000;
    expect(remaining(reopened, deadlineFrom(reopened, stored))).toBe(18_000);
  });
});

describe('announcements', () => {
  it('speaks at half time, 30 s and 10 s for a question, skipping those at or above the limit', () => {
    expect(announcementThresholds({ kind: 'per-question', seconds: 60 }, 60_000)).toEqual([30_000, 10_000]);
    expect(announcementThresholds({ kind: 'per-question', seconds: 30 }, 30_000)).toEqual([15_000, 10_000]);
    expect(announcementThresholds({ kind: 'per-question', seconds: 15 }, 22_500)).toEqual([11_000]);
  });

  it('speaks at half time, 5 min, 1 min and 30 s for a whole quiz', () => {
    expect(announcementThresholds({ kind: 'whole-quiz', minutes: 20 }, 1_200_000)).toEqual([600_000, 300_000, 60_000, 30_000]);
    expect(announcementThresholds({ kind: 'whole-quiz', minutes: 5 }, 300_000)).toEqual([150_000, 60_000, 30_000]);
  });

  it('reports the lowest threshold crossed between two readings, once', () => {
    const t = [30_000, 10_000];
    expect(crossedThreshold(31_000, 29_750, t)).toBe(30_000);
    expect(crossedThreshold(29_750, 29_500, t)).toBeNull();
    // A busy machine skipped from 40 s to 5 s: only the latest news.
    expect(crossedThreshold(40_000, 5_000, t)).toBe(10_000);
  });
});

describe('warning state', () => {
  it('starts at 20% of the limit or ten seconds, whichever is longer', () => {
    expect(isWarning(10_001, 15_000)).toBe(false);
    expect(isWarning(10_000, 15_000)).toBe(true);
    expect(isWarning(4 * 60_000 + 1, 1_200_000)).toBe(false);
    expect(isWarning(4 * 60_000, 1_200_000)).toBe(true);
  });
});

describe('display', () => {
  it('rounds up so that 0:00 means time is up', () => {
    expect(formatClock(30_000)).toBe('0:30');
    expect(formatClock(29_001)).toBe('0:30');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(245_000)).toBe('4:05');
    expect(formatClock(3_720_000)).toBe('1:02:00');
  });

  it('says the time left in words', () => {
    expect(describeRemaining(10_000)).toBe('10 seconds left');
    expect(describeRemaining(60_000)).toBe('1 minute left');
    expect(describeRemaining(270_000)).toBe('4 minutes 30 seconds left');
    expect(describeRemaining(1_000)).toBe('1 second left');
    expect(describeRemaining(0)).toBe('Time is up');
  });

  it('writes durations for results', () => {
    expect(formatDuration(42_400)).toBe('42 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
  });
});

describe('chained per-question deadlines', () => {
  const T = Date.UTC(2025, 2, 3, 9, 0, 0);

  it('starts the next clock at the deadline of the one that ran out, not when a late timer fired', () => {
    // The timer fired 40 s late (a hidden window); the second question still ends 15 s after the first.
    expect(chainDeadlines(T, [15_000, 15_000], T + 40_000)).toEqual({
      closedAt: [T + 15_000, T + 30_000],
      running: null,
    });
    expect(chainDeadlines(T, [15_000, 15_000, 15_000], T + 40_000)).toEqual({
      closedAt: [T + 15_000, T + 30_000],
      running: { index: 2, deadline: T + 45_000 },
    });
  });

  it('closes nothing when the first clock is still running, and uses each question its own time left', () => {
    expect(chainDeadlines(T, [15_000, 4_000], T + 14_999)).toEqual({ closedAt: [], running: { index: 0, deadline: T + 15_000 } });
    expect(chainDeadlines(T, [15_000, 4_000, 9_000], T + 19_000)).toEqual({
      closedAt: [T + 15_000, T + 19_000],
      running: { index: 2, deadline: T + 28_000 },
    });
  });

  it('treats a negative or missing budget as already run out', () => {
    expect(chainDeadlines(T, [-5, 0], T)).toEqual({ closedAt: [T, T], running: null });
  });
});
