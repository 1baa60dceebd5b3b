// The page's side of the safety copy (see journal-format.ts): a Dexie DBCore middleware notes every
// write of every read-write transaction and, once the transaction has committed, sends the
// transaction's writes to the keeper (journal-keeper.ts, in a worker) as one journal line. When the
// database first opens and is empty while the copy is not, Chromium has deleted a corrupt store: the
// copy is replayed, in one transaction, before anything else reads or writes.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Dexie } from 'dexie';
import type { KeeperReply, KeeperRequest } from './journal-keeper';
import { hasContent, line, readContent, type JournalContent, type JournalOp, type JournalRange } from './journal-format';

/** How the page talks to the keeper: one request, one reply, in order. */
export type KeeperPort = (req: KeeperRequest) => Promise<KeeperReply>;

/** What a restore brought back, for the sentence the learner reads. */
export interface RestoreReport {
  rows: number;
  answers: number;
}

export interface SafetyCopy {
  /** Resolves once every transaction committed so far is in the copy (at once when there is no copy). */
  settled(): Promise<void>;
  /** Starts a new generation from the store as it is now: after a restore from a backup or a rebuild, which the middleware did not see. */
  checkpoint(): Promise<void>;
  /** Resolves after the first open: with what was restored, or null. */
  readonly restored: Promise<RestoreReport | null>;
}

interface Pending {
  ops: JournalOp[];
}

/**
 * Installs the copy on `db` (before it opens). `port` is made on first use, and returns null where the
 * copy cannot be kept (no Origin Private File System, no workers): the app then runs without it.
 */
export function installSafetyCopy(db: Dexie, port: () => KeeperPort | null): SafetyCopy {
  let keeper: KeeperPort | null | undefined;
  let disabled = false;
  let replaying = false;
  const getKeeper = (): KeeperPort | null => {
    if (keeper === undefined) {
      try {
        keeper = port();
      } catch (err) {
        console.error('safety copy: no keeper', err);
        keeper = null;
      }
    }
    return keeper;
  };
  const pending = new WeakMap<DBCoreTransaction, Pending>();
  let last: Promise<void> = Promise.resolve();

  const fail = (why: unknown): void => {
    if (!disabled) console.error('safety copy: turned off for this session', why);
    disabled = true;
  };
  const send = (req: KeeperRequest): Promise<KeeperReply | null> => {
    const k = disabled ? null : getKeeper();
    if (!k) return Promise.resolve(null);
    return k(req).then(
      (reply) => {
        if (reply.type === 'failed') fail(reply.message);
        return reply;
      },
      (err) => {
        fail(err);
        return null;
      },
    );
  };

  let resolveRestored: (r: RestoreReport | null) => void = () => undefined;
  const restored = new Promise<RestoreReport | null>((r) => (resolveRestored = r));

  db.use({
    stack: 'dbcore',
    name: 'SafetyCopy',
    create(down: DBCore): DBCore {
      return {
        ...down,
        transaction(stores, mode, options) {
          const trans = down.transaction(stores, mode, options);
          if (mode === 'readwrite' && !replaying) {
            const entry: Pending = { ops: [] };
            pending.set(trans, entry);
            const idb = trans as unknown as IDBTransaction;
            idb.addEventListener?.('complete', () => {
              if (!entry.ops.length) return;
              const text = line(entry.ops);
              last = send({ type: 'append', line: text }).then(() => undefined);
            });
          }
          return trans;
        },
        table(name: string): DBCoreTable {
          const table = down.table(name);
          const keyPath = table.schema.primaryKey.keyPath;
          const withKey = (value: unknown, key: unknown): unknown => {
            // A generated key is on the result, not always on the value: keep it with the row.
            if (typeof keyPath === 'string' && value && typeof value === 'object' && !(keyPath in value)) return { ...value, [keyPath]: key };
            return value;
          };
          return {
            ...table,
            mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
              const entry = pending.get(req.trans);
              if (!entry) return table.mutate(req);
              // Noted in the order issued (IndexedDB runs them in that order); filled once the keys are known.
              const op: { t: string; put?: unknown[]; del?: unknown[]; range?: JournalRange } = { t: name };
              entry.ops.push(op as JournalOp);
              if (req.type === 'delete') op.del = [...req.keys];
              else if (req.type === 'deleteRange') {
                const r = req.range;
                op.range = r.type === 3 ? { lower: null, upper: null, all: true } : { lower: r.lower, upper: r.upper, lowerOpen: r.lowerOpen, upperOpen: r.upperOpen };
              }
              return table.mutate(req).then((res) => {
                if (req.type === 'add' || req.type === 'put') {
                  const failed = res.failures;
                  op.put = req.values.flatMap((value, i) => (failed[i] ? [] : [withKey(value, res.results?.[i] ?? req.keys?.[i])]));
                } else if (req.type === 'delete' && Object.keys(res.failures).length) {
                  op.del = req.keys.filter((_, i) => !res.failures[i]);
                }
                return res;
              });
            },
          };
        },
      };
    },
  });

  db.on('ready', async (vip: Dexie) => {
    let report: RestoreReport | null = null;
    try {
      report = await restoreIfWiped(vip, () => send({ type: 'read' }), (on) => (replaying = on));
    } catch (err) {
      // A copy that cannot be replayed must not stop the app from opening its store.
      console.error('safety copy: restore failed', err);
    }
    resolveRestored(report);
    void send({ type: 'start', version: vip.verno });
  });

  const copy: SafetyCopy = {
    // Never wait long on a copy that stopped answering: the answer is already in the store.
    settled: () => {
      // The limit's timer is cleared once the flush answers, so an answer leaves no timer behind.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const limit = new Promise<void>((r) => (timer = setTimeout(r, SETTLE_LIMIT_MS)));
      return Promise.race([last, limit]).finally(() => clearTimeout(timer));
    },
    checkpoint: async () => {
      await last;
      await send({ type: 'checkpoint' });
    },
    restored,
  };
  copies.set(db, copy);
  return copy;
}

/** How long the first open waits for the copy's files before it goes on without them. */
const READ_LIMIT_MS = 10_000;

/** How long an answer waits for its copy before it is shown as counted anyway. */
const SETTLE_LIMIT_MS = 2000;

const copies = new WeakMap<Dexie, SafetyCopy>();

/** Resolves once every transaction committed on `db` is in its safety copy; at once for a store without one (tests, benchmarks). */
export function settled(db: Dexie): Promise<void> {
  return copies.get(db)?.settled() ?? Promise.resolve();
}

interface WorkerLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A keeper in a worker: requests carry an id, replies come back with it. A worker that fails answers every request left as failed. */
export function workerKeeper(worker: WorkerLike): KeeperPort {
  let next = 0;
  let dead: string | null = null;
  const waiting = new Map<number, (reply: KeeperReply) => void>();
  worker.onmessage = (event: MessageEvent<{ id: number; reply: KeeperReply }>) => {
    waiting.get(event.data.id)?.(event.data.reply);
    waiting.delete(event.data.id);
  };
  worker.onerror = (event) => {
    dead = event.message || 'the safety copy worker failed';
    for (const done of waiting.values()) done({ type: 'failed', message: dead });
    waiting.clear();
  };
  return (req) =>
    new Promise((resolve) => {
      if (dead) return resolve({ type: 'failed', message: dead });
      const id = ++next;
      waiting.set(id, resolve);
      worker.postMessage({ id, req });
    });
}

/** Whether no table of the store holds a row. */
async function isEmpty(db: Dexie): Promise<boolean> {
  return db.transaction('r', db.tables, async () => {
    const firsts = await Promise.all(db.tables.map((t) => t.limit(1).primaryKeys()));
    return firsts.every((keys) => keys.length === 0);
  });
}

/** An empty store, while the copy holds rows: the copy is replayed. */
async function restoreIfWiped(db: Dexie, read: () => Promise<KeeperReply | null>, replaying: (on: boolean) => void): Promise<RestoreReport | null> {
  if (!(await isEmpty(db))) return null;
  // The store waits for this: a keeper that never answers must not keep it shut.
  const reply = await Promise.race([read(), new Promise<null>((r) => setTimeout(() => r(null), READ_LIMIT_MS))]);
  if (reply?.type !== 'read') return null;
  const content = readContent(new Map(reply.files));
  if (!hasContent(content)) return null;
  replaying(true);
  try {
    return await replay(db, content);
  } finally {
    replaying(false);
  }
}

/** Writes a copy's content into `db`, in one transaction: the snapshot's rows, then each journalled transaction in order. */
export async function replay(db: Dexie, content: JournalContent): Promise<RestoreReport> {
  const known = new Set(db.tables.map((t) => t.name));
  await db.transaction('rw', db.tables, async () => {
    for (const [t, rows] of content.tables) if (known.has(t) && rows.length) await db.table(t).bulkPut(rows);
    for (const ops of content.transactions) {
      for (const op of ops) {
        if (!known.has(op.t)) continue;
        const table = db.table(op.t);
        if ('put' in op) {
          if (op.put.length) await table.bulkPut(op.put);
        } else if ('del' in op) {
          if (op.del.length) await table.bulkDelete(op.del as never[]);
        } else if (op.range.all) await table.clear();
        else await table.where(':id').between(op.range.lower, op.range.upper, !op.range.lowerOpen, !op.range.upperOpen).delete();
      }
    }
  });
  const answers = known.has('answers') ? await db.table('answers').count() : 0;
  const rows = (await Promise.all(db.tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
  return { rows, answers };
}

/** Every table's rows, read in one transaction: what a snapshot holds. */
export async function readAllTables(db: Dexie): Promise<{ version: number; tables: [string, unknown[]][] }> {
  if (!db.isOpen()) await db.open();
  const tables = await db.transaction('r', db.tables, () => Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as [string, unknown[]])));
  return { version: db.verno, tables };
}
