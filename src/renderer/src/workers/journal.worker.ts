// Keeps the safety copy (db/journal-keeper.ts) in the Origin Private File System, a store of its own
// beside IndexedDB. Only a dedicated worker may open a file for synchronous access, and only such a
// handle can flush a write to disk before the page is told it is kept.
import { Dexie } from 'dexie';
import { DB_NAME, declareSchema } from '../db/db';
import { readAllTables } from '../db/journal';
import { journalKeeper, type Appender, type CopyDir, type KeeperRequest } from '../db/journal-keeper';

// The sync access handle's API (not yet in TypeScript's worker library).
interface SyncHandle {
  getSize(): number;
  write(data: Uint8Array, options?: { at?: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}
type FileHandle = FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncHandle> };

const encoder = new TextEncoder();

/**
 * Runs `open`, again while the file is locked: the worker of a page just closed or reloaded lets go of
 * its handle a moment after the next page's worker asks for one. After two seconds, the lock is another
 * tab's, and the error stands.
 */
async function whenUnlocked<T>(open: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await open();
    } catch (err) {
      const locked = err instanceof DOMException && (err.name === 'NoModificationAllowedError' || err.name === 'InvalidStateError');
      if (!locked || attempt >= 40) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

async function opfsDir(): Promise<CopyDir> {
  const root = await navigator.storage.getDirectory();
  const dir = await root.getDirectoryHandle('safety-copy', { create: true });
  const file = (name: string): Promise<FileHandle> => dir.getFileHandle(name, { create: true }) as Promise<FileHandle>;
  return {
    async names() {
      const out: string[] = [];
      for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) out.push(name);
      return out;
    },
    async read(name) {
      return whenUnlocked(async () => (await (await file(name)).getFile()).text());
    },
    async openAppend(name): Promise<Appender> {
      const handle = await whenUnlocked(async () => (await file(name)).createSyncAccessHandle());
      let size = handle.getSize();
      return {
        get size() {
          return size;
        },
        append(text) {
          size += handle.write(encoder.encode(text), { at: size });
          handle.flush();
        },
        close() {
          handle.close();
        },
      };
    },
    async write(name, lines) {
      const handle = await whenUnlocked(async () => (await file(name)).createSyncAccessHandle());
      try {
        handle.truncate(0);
        let at = 0;
        for (const l of lines) at += handle.write(encoder.encode(l), { at });
        handle.flush();
      } finally {
        handle.close();
      }
    },
    async remove(name) {
      await whenUnlocked(() => dir.removeEntry(name));
    },
  };
}

const db = new Dexie(DB_NAME);
declareSchema(db);
const source = async (): Promise<{ version: number; tables: [string, unknown[]][] }> => {
  try {
    return await readAllTables(db);
  } finally {
    // Never hold the store open between snapshots: a restore's rebuild deletes it.
    db.close();
  }
};

const keeper = opfsDir().then((dir) => journalKeeper(dir, source));
self.onmessage = async (event: MessageEvent<{ id: number; req: KeeperRequest }>): Promise<void> => {
  const { id, req } = event.data;
  try {
    self.postMessage({ id, reply: await (await keeper)(req) });
  } catch (err) {
    self.postMessage({ id, reply: { type: 'failed', message: err instanceof Error ? err.message : String(err) } });
  }
};
