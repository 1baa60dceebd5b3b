// The backup part of the composition root, loaded on first use (see composition.ts).
import { backupRepository } from './db/backup';
import type { DossierDb } from './db/db';
import { BackupState, type BackupDeps } from './state/backup.svelte';
import { backupReader } from './state/backup-reader';

/** The backup state over the real store, with the platform, clock and reload the root gives it. */
export function createBackupState(db: DossierDb, deps: Pick<BackupDeps, 'platform' | 'now' | 'reload'>): BackupState {
  const repo = backupRepository(db);
  // Where no worker runs, the restore goes through the repository (and its storage-error sentences).
  return new BackupState({ ...deps, repo, read: backupReader(undefined, (data) => repo.replace(data)) });
}
