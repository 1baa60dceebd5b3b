import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deadlineClock, type ArmMessage, type DueMessage } from '../workers/deadline-clock';
import { deadlineTimers, type WorkerLike } from './deadline-timer';

/** A stand-in for deadline.worker.ts: the same clock, behind messages, answering synchronously. */
function fakeWorker(log: string[]): WorkerLike {
  let listener: ((e: MessageEvent<DueMessage>) => void) | null = null;
  const clock = deadlineClock((due) => {
    log.push(`due ${due.id}/${due.token}`);
    listener?.({ data: due } as MessageEvent<DueMessage>);
  });
  return {
    postMessage(message: ArmMessage) {
      log.push(message.delayMs === null ? `cancel ${message.id}` : `arm ${message.id}/${message.token} in ${message.delayMs}`);
      clock(message);
    },
    addEventListener(type: string, fn: EventListenerOrEventListenerObject) {
      if (type === 'message') listener = fn as unknown as (e: MessageEvent<DueMessage>) => void;
    },
  } as WorkerLike;
}

describe('a deadline timer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], now: Date.UTC(2026, 2, 2, 9, 0, 0) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires once at its deadline, timed by the worker, which starts on the first arm only', () => {
    const log: string[] = [];
    let made = 0;
    const timers = deadlineTimers(() => {
      made++;
      return fakeWorker(log);
    });
    const timer = timers();
    expect(made).toBe(0);
    const fire = vi.fn();
    timer.arm(1_000, fire);
    expect(made).toBe(1);
    vi.advanceTimersByTime(999);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    // The worker's answer and the window's own timer both came due; the call ran once.
    expect(fire).toHaveBeenCalledTimes(1);
    expect(log).toEqual(['arm 0/1 in 1000', 'due 0/1']);
  });

  it('fires from the worker when the window timers are held back, as in a hidden page', () => {
    const log: string[] = [];
    let workerSide: ((m: ArmMessage) => void) | null = null;
    let listener: ((e: MessageEvent<DueMessage>) => void) | null = null;
    // The worker's clock runs on a timer of its own, here a manual one: the window's fake timers never advance.
    const worker = {
      postMessage: (m: ArmMessage) => workerSide?.(m),
      addEventListener: (type: string, fn: unknown) => {
        if (type === 'message') listener = fn as (e: MessageEvent<DueMessage>) => void;
      },
    } as WorkerLike;
    const pending: ArmMessage[] = [];
    workerSide = (m) => {
      log.push(`arm ${m.token}`);
      pending.push(m);
    };
    const fire = vi.fn();
    deadlineTimers(() => worker)().arm(60_000, fire);
    const m = pending[0] as ArmMessage;
    listener!({ data: { id: m.id, token: m.token } } as MessageEvent<DueMessage>);
    expect(fire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('arming again replaces the call armed before, and a late answer for it does nothing', () => {
    const log: string[] = [];
    const timer = deadlineTimers(() => fakeWorker(log))();
    const first = vi.fn();
    const second = vi.fn();
    timer.arm(1_000, first);
    vi.advanceTimersByTime(500);
    timer.arm(2_000, second);
    vi.advanceTimersByTime(2_000);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(log).toEqual(['arm 0/1 in 1000', 'arm 0/2 in 2000', 'due 0/2']);
  });

  it('a cancelled call never fires', () => {
    const log: string[] = [];
    const timer = deadlineTimers(() => fakeWorker(log))();
    const fire = vi.fn();
    timer.arm(1_000, fire);
    timer.cancel();
    vi.advanceTimersByTime(5_000);
    expect(fire).not.toHaveBeenCalled();
    expect(log).toEqual(['arm 0/1 in 1000', 'cancel 0']);
  });

  it('keeps the timers of two clocks apart on one worker', () => {
    const log: string[] = [];
    let made = 0;
    const timers = deadlineTimers(() => {
      made++;
      return fakeWorker(log);
    });
    const a = vi.fn();
    const b = vi.fn();
    timers().arm(1_000, a);
    timers().arm(2_000, b);
    vi.advanceTimersByTime(1_000);
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 0]);
    vi.advanceTimersByTime(1_000);
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1]);
    expect(made).toBe(1);
  });

  it("uses the window's timer alone where there is no worker or it cannot start", () => {
    for (const make of [null, () => { throw new Error('no workers here'); }]) {
      const fire = vi.fn();
      const timer = deadlineTimers(make)();
      timer.arm(-5, fire);
      vi.advanceTimersByTime(0);
      expect(fire).toHaveBeenCalledTimes(1);
    }
  });
});

describe("the deadline worker's clock", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('posts each armed call when due, with its token, and forgets cancelled ones', () => {
    const posted: DueMessage[] = [];
    const handle = deadlineClock((d) => posted.push(d));
    handle({ id: 1, token: 1, delayMs: 300 });
    handle({ id: 2, token: 1, delayMs: 100 });
    handle({ id: 2, token: 2, delayMs: 200 });
    handle({ id: 3, token: 1, delayMs: 50 });
    handle({ id: 3, token: 2, delayMs: null });
    vi.advanceTimersByTime(1_000);
    expect(posted).toEqual([
      { id: 2, token: 2 },
      { id: 1, token: 1 },
    ]);
  });
});
