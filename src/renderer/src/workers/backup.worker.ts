// Reads, validates and restores a backup file off the window's thread, so a 50 MB file never freezes
// the screen: it receives the File itself (no copy of its text on the window's side), answers with a
// summary for the confirmation, keeps the validated backup, and on "restore" writes it to the store
// itself. The window never holds the backup's rows: taking them back from a worker (a structured
// clone of every row) blocked it for 6.9 s with a 50 MB file.
import { replaceProgress } from '../db/backup';
import { backupWorkerHandler, type BackupRequest } from './backup-read';

const handle = backupWorkerHandler((data) => replaceProgress(data));
self.onmessage = async (event: MessageEvent<BackupRequest>): Promise<void> => {
  self.postMessage(await handle(event.data));
};
