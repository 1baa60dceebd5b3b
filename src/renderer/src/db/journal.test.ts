import { describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { mulberry32 } from '../../../core/rng';
import { createDb, type DossierDb } from './db';
import { installSafetyCopy, readAllTables, settled, workerKeeper, type KeeperPort } from './journal';
import { journalName, line, readContent, snapshotLines, snapshotName } from './journal-format';
import { journalKeeper, memoryDir, type KeeperOptions } from './journal-keeper';
import { useTestDbs } from './test-db';
import { createSession, recordAnswer } from './quiz';

const fresh = useTestDbs('journal');

const NOW = Date.UTC(2026, 2, 1, 9);
const OPTIONS: KeeperOptions = { limit: Number.MAX_SAFE_INTEGER, firstSnapshotDelayMs: 0 };

/** A store with a safety copy kept in `files`, as the app builds it, with the keeper in-process. */
function withCopy(files: Map<string, string>, options: Partial<KeeperOptions> = {}): { db: DossierDb; copy: ReturnType<typeof installSafetyCopy> } {
  const db = fresh();
  const port: KeeperPort = journalKeeper(memoryDir(files), () => readAllTables(db), { ...OPTIONS, ...options });
  const copy = installSafetyCopy(db, () => port);
  return { db, copy };
}

/** Every table's rows, sorted by key, for comparing two stores. */
async function contents(db: Dexie): Promise<Record<string, unknown[]>> {
  const { tables } = await readAllTables(db);
  return Object.fromEntries(tables);
}

const card = (factId: string, due: number) => ({ factId, courseId: 'c', docId: 'd', kind: 'date' as const, due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: 0 });
const log = (factId: string, reviewedAt: number) => ({ factId, rating: 3, state: 2, due: 0, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, reviewedAt });

/** One random write of the kinds the app makes: puts, adds with generated keys, updates, modifies, deletes by key and by range, clears. */
async function randomWrite(db: DossierDb, rand: () => number, step: number): Promise<void> {
  const pick = Math.floor(rand() * 9);
  const fact = `f${Math.floor(rand() * 12)}`;
  switch (pick) {
    case 0:
      await db.cards.put(card(fact, step));
      break;
    case 1:
      await db.reviewLogs.bulkAdd([log(fact, step), log(fact, step + 0.5)]);
      break;
    case 2:
      await db.transaction('rw', db.cards, db.dailyStats, db.reviewLogs, async () => {
        await db.cards.put(card(fact, step));
        await db.reviewLogs.add(log(fact, step));
        await db.dailyStats.put({ day: `2026-03-${String(1 + (step % 20)).padStart(2, '0')}`, answers: step, correct: 1, totalMs: Infinity });
      });
      break;
    case 3:
      await db.cards.update(fact, { due: -step });
      break;
    case 4:
      await db.cards.where('due').below(step / 2).modify({ lapses: step });
      break;
    case 5:
      await db.cards.delete(fact);
      break;
    case 6:
      await db.reviewLogs.where('reviewedAt').between(step - 10, step - 5).delete();
      break;
    case 7:
      if (rand() < 0.2) await db.reviewLogs.clear();
      else await db.settings.put({ key: `k${step % 3}`, value: { at: step, nested: [1, 'two', null] } });
      break;
    default:
      await db.lessonProgress.put({ courseId: 'c', lessonId: `l${step % 5}`, state: 'in-progress', percent: step % 100, position: 0.5, updatedAt: step });
  }
}

describe('the safety copy', () => {
  it('brings back an emptied store exactly as it was, after random writes of every kind and snapshots between them', async () => {
    const files = new Map<string, string>();
    const { db, copy } = withCopy(files);
    await db.open();
    const rand = mulberry32(13);
    for (let step = 1; step <= 300; step++) {
      await randomWrite(db, rand, step);
      if (step % 97 === 0) await copy.checkpoint();
    }
    await copy.settled();
    const before = await contents(db);
    expect((before['cards'] ?? []).length).toBeGreaterThan(0);
    // A snapshot was taken and the journals before it removed.
    expect([...files.keys()].some((n) => n.startsWith('snapshot-'))).toBe(true);
    expect(files.has(journalName(0))).toBe(false);

    // Chromium deletes the store: a new, empty one opens over the same copy.
    const restored = withCopy(files);
    await restored.db.open();
    const report = await restored.copy.restored;
    expect(report).not.toBeNull();
    expect(await contents(restored.db)).toEqual(before);
  });

  it("keeps quiz answers with their session, card, review log and day, and counts them in the learner's report", async () => {
    const files = new Map<string, string>();
    const { db } = withCopy(files);
    const settings = { courseId: 'c', lessonIds: ['l'], kinds: ['date' as const], types: ['choice' as const], length: 2, mode: 'practice' as const, timing: { kind: 'untimed' as const }, timeFactor: 1 };
    const questions = [0, 1].map((i) => ({ id: `q${i}`, type: 'choice' as const, kind: 'date' as const, prompt: `When ${i}?`, factIds: [`f${i}`], docId: 'l', options: ['a', 'b'], answer: 'a' }));
    const session = await createSession(settings, questions as never, 1, NOW, null, db);
    for (const [i, question] of questions.entries()) {
      await recordAnswer({ sessionId: session.id, question: question as never, response: 'a', correct: true, timedOut: false, elapsedMs: 1000, answeredAt: NOW + i * 1000, progress: { current: i + 1, remainingMs: null, activeMs: (i + 1) * 1000 } }, db);
    }
    const before = await contents(db);

    const restored = withCopy(files);
    await restored.db.open();
    expect(await restored.copy.restored).toMatchObject({ answers: 2 });
    expect(await contents(restored.db)).toEqual(before);
  });

  it('leaves a store that holds rows alone, and restores nothing into a fresh install', async () => {
    const files = new Map<string, string>();
    const first = withCopy(files);
    await first.db.open();
    expect(await first.copy.restored).toBeNull();
    await first.db.cards.put(card('kept', 1));
    await first.copy.settled();

    // Another store that already holds a row of its own, opened with the same copy: it is not replayed into.
    const name = `journal-own-${Math.random().toString(36).slice(2)}`;
    const seed = createDb(name);
    await seed.cards.put(card('own', 1));
    seed.close();
    const own = createDb(name);
    const copy = installSafetyCopy(own, () => journalKeeper(memoryDir(files), () => readAllTables(own), OPTIONS));
    await own.open();
    expect(await copy.restored).toBeNull();
    expect(await own.cards.toCollection().primaryKeys()).toEqual(['own']);
    own.close();
    await Dexie.delete(name);
  });

  it('ignores a journal line cut short by a kill, and falls back to an older snapshot when the newest was never finished', () => {
    const tables: [string, unknown[]][] = [['cards', [card('a', 1)]]];
    const full = [...snapshotLines(3, tables)].join('');
    const cut = [...snapshotLines(3, [['cards', [card('b', 1)]]])].slice(0, -1).join('');
    const files = new Map([
      [snapshotName(1), full],
      [journalName(1), line([{ t: 'cards', put: [card('c', 2)] }])],
      [snapshotName(2), cut],
      [journalName(2), line([{ t: 'cards', del: ['a'] }]) + line([{ t: 'cards', put: [card('d', 3)] }]).slice(0, 20)],
    ]);
    const content = readContent(files);
    expect(content.tables.get('cards')).toEqual([card('a', 1)]);
    expect(content.transactions).toEqual([[{ t: 'cards', put: [card('c', 2)] }], [{ t: 'cards', del: ['a'] }]]);
    expect(content.version).toBe(3);
  });

  it('starts a new generation when the journal grows past its limit, and the old files go once the snapshot is written', async () => {
    const files = new Map<string, string>();
    const { db, copy } = withCopy(files, { limit: 2000 });
    await db.open();
    for (let i = 0; i < 40; i++) await db.cards.put(card(`f${i}`, i));
    await copy.settled();
    await copy.checkpoint();
    const names = [...files.keys()].sort();
    const gens = names.map((n) => Number(/-(\d+)\./.exec(n)?.[1]));
    // Only the newest generation is left: its snapshot and its journal.
    expect(new Set(gens).size).toBe(1);
    expect(gens[0]).toBeGreaterThan(1);
    const restored = withCopy(files);
    await restored.db.open();
    expect(await restored.db.cards.count()).toBe(40);
  });

  it('leaves no timer behind once a write is in the copy', async () => {
    const { db, copy } = withCopy(new Map());
    await db.open();
    await db.cards.put(card('a', 1));
    const set = vi.spyOn(globalThis, 'setTimeout');
    const cleared = vi.spyOn(globalThis, 'clearTimeout');
    try {
      await copy.settled();
      const limits = set.mock.results.filter((_r, i) => set.mock.calls[i]?.[1] === 2_000).map((r) => r.value as unknown);
      expect(limits).toHaveLength(1);
      expect(cleared.mock.calls.map((c) => c[0] as unknown)).toContain(limits[0]);
    } finally {
      set.mockRestore();
      cleared.mockRestore();
    }
  });

  it('lets the app run without a copy where none can be kept, and without waiting on a keeper that failed', async () => {
    const none = fresh();
    const copy = installSafetyCopy(none, () => null);
    await none.cards.put(card('a', 1));
    await copy.settled();
    expect(await copy.restored).toBeNull();

    const broken = fresh();
    const failing = installSafetyCopy(broken, () => async () => ({ type: 'failed', message: 'NotAllowedError: no file system' }));
    await broken.cards.put(card('a', 1));
    await failing.settled();
    await settled(broken);
    expect(await broken.cards.count()).toBe(1);
  });

  it('answers every request of a worker that failed as failed, also those made after it failed', async () => {
    const worker = { postMessage: () => undefined, onmessage: null, onerror: null } as unknown as Parameters<typeof workerKeeper>[0];
    const port = workerKeeper(worker);
    const pending = port({ type: 'read' });
    worker.onerror?.({ message: 'SyntaxError in the worker' } as ErrorEvent);
    expect(await pending).toEqual({ type: 'failed', message: 'SyntaxError in the worker' });
    expect(await port({ type: 'checkpoint' })).toEqual({ type: 'failed', message: 'SyntaxError in the worker' });
  });
});
