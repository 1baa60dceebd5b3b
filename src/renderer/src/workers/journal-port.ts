import { workerKeeper, type KeeperPort } from '../db/journal';

/** The safety copy's keeper (db/journal-keeper.ts) in its worker, where the Origin Private File System can be written to; null where a page has no workers or no such file system. */
export function spawnKeeper(): KeeperPort | null {
  if (typeof Worker === 'undefined' || !globalThis.navigator?.storage?.getDirectory) return null;
  return workerKeeper(new Worker(new URL('./journal.worker.ts', import.meta.url), { type: 'module', name: 'safety-copy' }));
}
