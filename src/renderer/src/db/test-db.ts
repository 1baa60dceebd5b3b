import { afterEach } from 'vitest';
import { Dexie } from 'dexie';
import { createDb, type DossierDb } from './db';

/**
 * For tests: returns a maker of fresh, empty databases (fake-indexeddb), each closed and deleted
 * after the test that made it.
 */
export function useTestDbs(prefix = 'test'): () => DossierDb {
  const open: DossierDb[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return () => {
    const db = createDb(`${prefix}-${Math.random().toString(36).slice(2)}`);
    open.push(db);
    return db;
  };
}
