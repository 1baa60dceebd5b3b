import { db as defaultDb, type DossierDb } from './db';

/** Reads a setting, or `fallback` when it was never written. */
export async function getSetting<T>(key: string, fallback: T, db: DossierDb = defaultDb): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

/** Writes a setting. */
export async function setSetting(key: string, value: unknown, db: DossierDb = defaultDb): Promise<void> {
  await db.settings.put({ key, value });
}
