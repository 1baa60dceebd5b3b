// The first screen is drawn from what the build put in the bundle (the shipped courses, their lessons);
// what the store holds (progress, reviews due, settings, an unfinished quiz) fills in a moment later.
// Reading the store opens IndexedDB through Dexie, and the first calls into it compile a good part of
// Dexie: done in the same task as the first render, that work delayed the library's first frame.

/** What `afterFirstPaint` needs from the page: a window in the app, a stand-in in tests. */
export interface PaintHost {
  requestAnimationFrame?: (callback: () => void) => unknown;
  setTimeout: (callback: () => void, ms: number) => unknown;
  document?: { visibilityState?: string };
}

/** The longest the store waits for a frame: a page whose frames never come (hidden, throttled) still loads. */
export const FIRST_PAINT_WAIT_MS = 500;

/**
 * Resolves once the page has presented a frame (in the task after the one that painted), or after
 * {@link FIRST_PAINT_WAIT_MS} when no frame comes: a hidden page draws none, and there the store is
 * read at once.
 */
export function firstPaint(host: PaintHost = globalThis as unknown as PaintHost): Promise<void> {
  return new Promise<void>((resolve) => {
    const raf = host.requestAnimationFrame;
    if (typeof raf !== 'function' || host.document?.visibilityState === 'hidden') {
      resolve();
      return;
    }
    // A frame callback runs before that frame is painted; a task posted from it runs after.
    raf.call(host, () => host.setTimeout(resolve, 0));
    host.setTimeout(resolve, FIRST_PAINT_WAIT_MS);
  });
}

let painted: Promise<void> | undefined;
let done = false;

/** The page's first frame, waited for once: later calls resolve at once. */
export function afterFirstPaint(): Promise<void> {
  return (painted ??= firstPaint().then(() => {
    done = true;
  }));
}

/** True once `afterFirstPaint` has resolved: what waits for it is mounted or read by now. */
export function hasPainted(): boolean {
  return done;
}
