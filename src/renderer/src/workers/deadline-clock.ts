// The clock inside the deadline worker (see state/deadline-timer.ts), apart from the worker's wiring so
// that it can be tested with fake timers.

/** Asks the worker to call back `delayMs` from now; a newer `token` for the same `id` replaces the older. */
export interface ArmMessage {
  id: number;
  token: number;
  /** Milliseconds to wait; null cancels what is armed for `id`. */
  delayMs: number | null;
}

/** The worker's answer: the call armed as `token` for `id` is due. */
export interface DueMessage {
  id: number;
  token: number;
}

/** Handles arm and cancel messages, posting a DueMessage when each armed call is due. */
export function deadlineClock(post: (due: DueMessage) => void): (message: ArmMessage) => void {
  const armed = new Map<number, ReturnType<typeof setTimeout>>();
  return ({ id, token, delayMs }) => {
    clearTimeout(armed.get(id));
    armed.delete(id);
    if (delayMs === null) return;
    armed.set(
      id,
      setTimeout(() => {
        armed.delete(id);
        post({ id, token });
      }, Math.max(0, delayMs)),
    );
  };
}
