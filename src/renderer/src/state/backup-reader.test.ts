import { describe, expect, it } from 'vitest';
import { BACKUP_MAX_CHARS, BackupError, createBackup, serializeBackup } from '../../../core/backup';
import { readBackupHere, type BackupReply } from '../workers/backup-read';
import { backupReader, BackupReadError } from './backup-reader';

const NOW = Date.UTC(2026, 2, 2, 9, 0, 0);
const empty = { lessonProgress: [], quizSessions: [], answers: [], cards: [], reviewLogs: [], dailyStats: [], settings: [{ key: 'theme', value: 'dark' }] };

async function validFile(): Promise<Blob> {
  return new Blob([serializeBackup(await createBackup(empty, { now: NOW, appVersion: 'test' }))]);
}

/** A stand-in for the worker: answers each message as backup.worker.ts does, asynchronously. */
function fakeWorker(log: string[], behave: 'work' | 'fail-to-load' = 'work'): () => Worker {
  return () => {
    const worker = {
      onmessage: null as ((e: MessageEvent<BackupReply>) => void) | null,
      onerror: null as ((e: { preventDefault(): void }) => void) | null,
      postMessage(file: Blob) {
        log.push('posted');
        void (async () => {
          if (behave === 'fail-to-load') return worker.onerror?.({ preventDefault() {} });
          let reply: BackupReply;
          try {
            reply = { ok: true, file: await readBackupHere(file) };
          } catch (err) {
            reply = err instanceof BackupError ? { ok: false, code: err.code, message: err.message } : { ok: false, code: null, message: String(err) };
          }
          worker.onmessage?.({ data: reply } as MessageEvent<BackupReply>);
        })();
      },
      terminate() {
        log.push('terminated');
      },
    };
    return worker as unknown as Worker;
  };
}

describe('reading a chosen backup file', () => {
  it('validates in the worker and ends it afterwards', async () => {
    const log: string[] = [];
    const file = await backupReader(fakeWorker(log))(await validFile());
    expect(file.data.settings).toEqual([{ key: 'theme', value: 'dark' }]);
    expect(log).toEqual(['posted', 'terminated']);
  });

  it("passes on the worker's refusal with its code", async () => {
    const log: string[] = [];
    const read = backupReader(fakeWorker(log));
    await expect(read(new Blob(['{"title":"notes"}']))).rejects.toMatchObject({ name: 'BackupError', code: 'foreign' });
  });

  it('reads in this thread when there is no worker or it cannot start', async () => {
    expect((await backupReader(null)(await validFile())).version).toBe(1);
    const log: string[] = [];
    expect((await backupReader(fakeWorker(log, 'fail-to-load'))(await validFile())).version).toBe(1);
    expect(log).toEqual(['posted', 'terminated']);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = { size: BACKUP_MAX_CHARS + 1, text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    await expect(backupReader(null)(huge)).rejects.toMatchObject({ code: 'too-large' });
    const log: string[] = [];
    await expect(backupReader(fakeWorker(log))(huge)).rejects.toMatchObject({ code: 'too-large' });
    expect(log).toEqual([]);
  });

  it('reports a worker that failed for another reason as a read error', async () => {
    const crashing = (() => ({
      onmessage: null as ((e: MessageEvent<BackupReply>) => void) | null,
      postMessage() {
        queueMicrotask(() => this.onmessage?.({ data: { ok: false, code: null, message: 'out of memory' } } as MessageEvent<BackupReply>));
      },
      terminate() {},
    })) as unknown as () => Worker;
    await expect(backupReader(crashing)(await validFile())).rejects.toBeInstanceOf(BackupReadError);
  });
});
