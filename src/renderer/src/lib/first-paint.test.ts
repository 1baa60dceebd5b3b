import { describe, expect, it } from 'vitest';
import { FIRST_PAINT_WAIT_MS, firstPaint, type PaintHost } from './first-paint';

/** A page whose frames and timers run only when the test says. */
function fakeHost(visibilityState = 'visible') {
  const frames: (() => void)[] = [];
  const timers: { at: number; run: () => void }[] = [];
  let now = 0;
  const host: PaintHost = {
    requestAnimationFrame: (cb) => frames.push(cb),
    setTimeout: (cb, ms) => timers.push({ at: now + ms, run: cb }),
    document: { visibilityState },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.run();
    }
  };
  return { host, frames, advance };
}

const settled = async (p: Promise<void>): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe('firstPaint', () => {
  it('waits for a frame, then for the task after it (the frame painted)', async () => {
    const { host, frames, advance } = fakeHost();
    const p = firstPaint(host);
    expect(await settled(p)).toBe(false);
    frames.shift()?.();
    expect(await settled(p)).toBe(false);
    advance(0);
    expect(await settled(p)).toBe(true);
  });

  it('gives up waiting when no frame comes', async () => {
    const { host, advance } = fakeHost();
    const p = firstPaint(host);
    advance(FIRST_PAINT_WAIT_MS - 1);
    expect(await settled(p)).toBe(false);
    advance(1);
    expect(await settled(p)).toBe(true);
  });

  it('does not wait in a hidden page, which draws no frame, or without frames at all', async () => {
    expect(await settled(firstPaint(fakeHost('hidden').host))).toBe(true);
    expect(await settled(firstPaint({ setTimeout: () => undefined }))).toBe(true);
  });
});

describe('afterFirstPaint', () => {
  it('says, once its frame has come, that it has come', async () => {
    const { afterFirstPaint, hasPainted } = await import('./first-paint');
    expect(hasPainted()).toBe(false);
    await afterFirstPaint();
    expect(hasPainted()).toBe(true);
    // Later callers are not kept waiting.
    expect(await settled(afterFirstPaint())).toBe(true);
  });
});
