// Reads and validates a backup file off the window's thread, so a 50 MB file never freezes the
// screen: it receives the File itself (no copy of its text on the window's side) and answers with
// the validated backup or the refusal's code and sentence.
import { BackupError } from '../../../core/backup';
import { readBackupHere, type BackupReply } from './backup-read';

self.onmessage = async (event: MessageEvent<Blob>): Promise<void> => {
  let reply: BackupReply;
  try {
    reply = { ok: true, file: await readBackupHere(event.data) };
  } catch (err) {
    reply = err instanceof BackupError ? { ok: false, code: err.code, message: err.message } : { ok: false, code: null, message: String(err) };
  }
  self.postMessage(reply);
};
