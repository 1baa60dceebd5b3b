// A timer for a quiz's deadline that fires on time in a hidden window: the call is timed both by a
// dedicated worker (whose timers Chromium does not throttle; see workers/deadline.worker.ts) and by the
// window's own setTimeout, and runs once, at whichever comes first. Where there is no worker (unit
// tests) or it cannot start, the window's timer alone does the work.
import type { ArmMessage, DueMessage } from '../workers/deadline-clock';

/** One pending call at a time: arming again replaces it. */
export interface DeadlineTimer {
  /** Calls `fire` once, `delayMs` from now, in place of anything armed before. */
  arm(delayMs: number, fire: () => void): void;
  /** Forgets what is armed. */
  cancel(): void;
}

/** The part of a Worker this module uses. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener'>;

/**
 * A factory of deadline timers sharing one worker, made by `makeWorker` on the first `arm` (so the app
 * starts no worker before a timed quiz does). With `makeWorker` null, or when it throws, the timers
 * use the window's setTimeout alone.
 */
export function deadlineTimers(makeWorker: (() => WorkerLike) | null): () => DeadlineTimer {
  let worker: WorkerLike | null | undefined;
  const due = new Map<number, (token: number) => void>();
  let nextId = 0;
  const workerOf = (): WorkerLike | null => {
    if (worker !== undefined) return worker;
    try {
      worker = makeWorker?.() ?? null;
    } catch {
      worker = null;
    }
    worker?.addEventListener('message', (event) => {
      const { id, token } = (event as MessageEvent<DueMessage>).data;
      due.get(id)?.(token);
    });
    worker?.addEventListener('error', () => {
      // A worker that failed to load never answers; the window's timer still fires every call.
      worker = null;
    });
    return worker;
  };

  return () => {
    const id = nextId++;
    let token = 0;
    let armed: { token: number; fire: () => void; fallback: ReturnType<typeof setTimeout> } | null = null;
    const run = (t: number): void => {
      if (!armed || armed.token !== t) return;
      const { fire, fallback } = armed;
      clearTimeout(fallback);
      armed = null;
      due.delete(id);
      fire();
    };
    const post = (message: ArmMessage): void => workerOf()?.postMessage(message);
    return {
      arm(delayMs, fire) {
        if (armed) clearTimeout(armed.fallback);
        const t = ++token;
        const delay = Math.max(0, delayMs);
        armed = { token: t, fire, fallback: setTimeout(() => run(t), delay) };
        due.set(id, run);
        post({ id, token: t, delayMs: delay });
      },
      cancel() {
        if (!armed) return;
        clearTimeout(armed.fallback);
        armed = null;
        due.delete(id);
        post({ id, token: ++token, delayMs: null });
      },
    };
  };
}

function defaultWorker(): (() => WorkerLike) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('../workers/deadline.worker.ts', import.meta.url), { type: 'module' });
}

/** Deadline timers of the app: one worker for every quiz clock. */
export const deadlineTimer: () => DeadlineTimer = deadlineTimers(defaultWorker());
