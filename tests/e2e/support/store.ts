import type { Page } from '@playwright/test';

/** Reads every row of one object store of the app's own database, straight from IndexedDB. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('dossier');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction(name, 'readonly').objectStore(name).getAll();
          get.onsuccess = () => {
            resolve(get.result as T[]);
            req.result.close();
          };
        };
      }),
    store,
  );
}
