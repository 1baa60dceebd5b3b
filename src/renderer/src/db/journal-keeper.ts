// The writing side of the safety copy (see journal-format.ts), run in a worker: it appends each
// committed transaction to the current journal and flushes it before answering, and every so often
// starts a new generation: a new journal first, then a snapshot of every table, then the older files
// go. The files are reached through `CopyDir`, so tests run it over a map in memory.
import { JOURNAL_PREFIX, SNAPSHOT_PREFIX, generationOf, journalName, parseSnapshot, snapshotLines, snapshotName } from './journal-format';

/** A file being appended to; `append` returns once the text is flushed to disk. */
export interface Appender {
  readonly size: number;
  append(text: string): void;
  close(): void;
}

/** The directory the copy lives in. */
export interface CopyDir {
  names(): Promise<string[]>;
  read(name: string): Promise<string>;
  /** Opens a file for appending, creating it when missing. */
  openAppend(name: string): Promise<Appender>;
  /** Writes a whole file from its lines and flushes it, replacing any file of that name. */
  write(name: string, lines: Iterable<string>): Promise<void>;
  remove(name: string): Promise<void>;
}

/** Every table's rows, read in one transaction, and the schema version they were read at. */
export type SnapshotSource = () => Promise<{ version: number; tables: [string, unknown[]][] }>;

export type KeeperRequest =
  | { type: 'read' }
  | { type: 'start'; version: number }
  | { type: 'append'; line: string }
  | { type: 'checkpoint' };

export type KeeperReply = { type: 'read'; files: [string, string][] } | { type: 'done' } | { type: 'failed'; message: string };

export interface KeeperOptions {
  /** A journal this many bytes long starts a new generation. */
  limit: number;
  /** Wait before the first snapshot of a store that has none, so it never competes with the start-up. */
  firstSnapshotDelayMs: number;
  wait?: (ms: number) => Promise<void>;
}

export const KEEPER_DEFAULTS: KeeperOptions = { limit: 8 * 1024 * 1024, firstSnapshotDelayMs: 3000 };

const isCopyFile = (name: string): boolean => generationOf(name, JOURNAL_PREFIX) !== null || generationOf(name, SNAPSHOT_PREFIX) !== null;
const generation = (name: string): number => generationOf(name, JOURNAL_PREFIX) ?? generationOf(name, SNAPSHOT_PREFIX) ?? -1;

/** A keeper's message handler. Requests are handled one at a time, in the order they arrive, except a snapshot's reading of the store, which never holds up an append. */
export function journalKeeper(dir: CopyDir, source: SnapshotSource, options: KeeperOptions = KEEPER_DEFAULTS): (req: KeeperRequest) => Promise<KeeperReply> {
  const wait = options.wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let gen = 0;
  let started = false;
  let journal: Appender | null = null;
  let checkpointing: Promise<void> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs file work after everything asked before it. */
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  }

  async function open(): Promise<Appender> {
    journal ??= await dir.openAppend(journalName(gen));
    return journal;
  }

  async function start(version: number | null): Promise<void> {
    if (started) return;
    started = true;
    const names = (await dir.names()).filter(isCopyFile);
    gen = Math.max(0, ...names.map(generation));
    await open();
    const snapshots = names.filter((n) => generationOf(n, SNAPSHOT_PREFIX) !== null).sort((a, b) => generation(b) - generation(a));
    const latest = snapshots[0] ? parseSnapshot(await dir.read(snapshots[0])) : null;
    // No snapshot yet (a store from before the copy existed, or a fresh one), or one from an older schema (replaying its rows would skip the upgrade): take one.
    if (!latest || (version !== null && latest.version !== version)) void wait(options.firstSnapshotDelayMs).then(() => checkpoint().catch((err: unknown) => console.warn('safety copy: snapshot failed', err)));
  }

  /** A new generation: the new journal takes every transaction from now on, then the snapshot is read and written, then the older files go. */
  function checkpoint(): Promise<void> {
    checkpointing ??= (async () => {
      const next = await serial(async () => {
        journal?.close();
        journal = null;
        gen += 1;
        await open();
        return gen;
      });
      // Read outside the queue: appends go on into the new journal meanwhile. A transaction that commits
      // while the snapshot starts may land in both: replaying it twice gives the same rows.
      const { version, tables } = await source();
      await serial(async () => {
        await dir.write(snapshotName(next), snapshotLines(version, tables));
        for (const name of await dir.names()) if (isCopyFile(name) && generation(name) < next) await dir.remove(name);
      });
    })().finally(() => {
      checkpointing = null;
    });
    return checkpointing;
  }

  return async (req) => {
    try {
      switch (req.type) {
        case 'read':
          return await serial(async () => {
            const files: [string, string][] = [];
            for (const name of await dir.names()) if (isCopyFile(name)) files.push([name, await dir.read(name)]);
            return { type: 'read', files } as const;
          });
        case 'start':
          await serial(() => start(req.version));
          return { type: 'done' };
        case 'append': {
          const size = await serial(async () => {
            // The page starts the keeper before its first write; should it not have, the journal of the
            // current generation must still be the one written to, never generation 0's.
            if (!started) await start(null);
            const file = await open();
            file.append(req.line);
            return file.size;
          });
          if (size > options.limit) void checkpoint().catch(() => undefined);
          return { type: 'done' };
        }
        case 'checkpoint':
          // A snapshot that fails (the store closed under it by a rebuild) costs nothing: the older
          // generation's files stay until a newer snapshot is complete, and the journal goes on.
          await checkpoint().catch((err: unknown) => console.warn('safety copy: snapshot failed', err));
          return { type: 'done' };
      }
    } catch (err) {
      return { type: 'failed', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
    }
  };
}

/** A directory in memory, for tests: its files survive a keeper "crash" (a new keeper over the same map). */
export function memoryDir(files = new Map<string, string>()): CopyDir & { files: Map<string, string> } {
  return {
    files,
    async names() {
      return [...files.keys()];
    },
    async read(name) {
      return files.get(name) ?? '';
    },
    async openAppend(name) {
      if (!files.has(name)) files.set(name, '');
      let open = true;
      return {
        get size() {
          return (files.get(name) ?? '').length;
        },
        append(text) {
          if (!open) throw new Error('closed');
          files.set(name, (files.get(name) ?? '') + text);
        },
        close() {
          open = false;
        },
      };
    },
    async write(name, lines) {
      let text = '';
      for (const l of lines) text += l;
      files.set(name, text);
    },
    async remove(name) {
      files.delete(name);
    },
  };
}
