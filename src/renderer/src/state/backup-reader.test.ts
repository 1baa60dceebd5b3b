import { describe, expect, it } from 'vitest';
import { BACKUP_MAX_CHARS, createBackup, serializeBackup, type BackupData } from '../../../core/backup';
import { backupWorkerHandler, type BackupReply, type BackupRequest } from '../workers/backup-read';
import { backupReader, BackupReadError } from './backup-reader';

const NOW = Date.UTC(2026, 2, 2, 9, 0, 0);
const empty = { lessonProgress: [], quizSessions: [], answers: [], cards: [], reviewLogs: [], dailyStats: [], settings: [{ key: 'theme', value: 'dark' }] };

async function validFile(): Promise<Blob> {
  return new Blob([serializeBackup(await createBackup(empty, { now: NOW, appVersion: 'test' }))]);
}

/**
 * A stand-in for backup.worker.ts: the same handler behind asynchronous messages, writing through
 * `written` instead of the store. `log` records what crossed between the window and the worker.
 */
function fakeWorker(log: string[], written: BackupData[], behave: 'work' | 'fail-to-load' | 'fail-to-write' = 'work'): () => Worker {
  return () => {
    let failWrites = behave === 'fail-to-write';
    const handle = backupWorkerHandler(async (data) => {
      if (failWrites) {
        failWrites = false;
        throw new Error('disk full');
      }
      written.push(data);
    });
    const worker = {
      onmessage: null as ((e: MessageEvent<BackupReply>) => void) | null,
      onerror: null as ((e: { preventDefault(): void }) => void) | null,
      postMessage(request: BackupRequest) {
        log.push(request.kind);
        void (async () => {
          if (behave === 'fail-to-load') return worker.onerror?.({ preventDefault() {} });
          const reply = await handle(request);
          log.push('summary' in reply ? 'summary' : 'restored' in reply ? 'restored' : `refused ${reply.code ?? reply.message}`);
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
  it('validates in the worker, which sends only a summary, then restores it there and ends', async () => {
    const log: string[] = [];
    const written: BackupData[] = [];
    const inWindow: BackupData[] = [];
    const backup = await backupReader(fakeWorker(log, written), async (d) => void inWindow.push(d))(await validFile());
    expect(backup.counts).toEqual({ answers: 0, quizzes: 0, cards: 0, lessons: 0 });
    expect(backup.exportedAt).toBe(new Date(NOW).toISOString());
    expect(backup).not.toHaveProperty('data');
    expect(log).toEqual(['read', 'summary']);
    await backup.restore();
    expect(written.map((d) => d.settings)).toEqual([[{ key: 'theme', value: 'dark' }]]);
    expect(inWindow).toEqual([]);
    expect(log).toEqual(['read', 'summary', 'restore', 'restored', 'terminated']);
  });

  it('keeps the backup in the worker after a failed restore, so it can be tried again', async () => {
    const log: string[] = [];
    const written: BackupData[] = [];
    const backup = await backupReader(fakeWorker(log, written, 'fail-to-write'))(await validFile());
    await expect(backup.restore()).rejects.toBeInstanceOf(BackupReadError);
    expect(log).not.toContain('terminated');
    await backup.restore();
    expect(written).toHaveLength(1);
    expect(log.at(-1)).toBe('terminated');
  });

  it('ends the worker when the backup is let go', async () => {
    const log: string[] = [];
    const backup = await backupReader(fakeWorker(log, []))(await validFile());
    backup.close();
    expect(log).toEqual(['read', 'summary', 'terminated']);
    await expect(backup.restore()).rejects.toBeInstanceOf(BackupReadError);
  });

  it("passes on the worker's refusal with its code, and ends the worker", async () => {
    const log: string[] = [];
    const read = backupReader(fakeWorker(log, []));
    await expect(read(new Blob(['{"title":"notes"}']))).rejects.toMatchObject({ name: 'BackupError', code: 'foreign' });
    expect(log).toEqual(['read', 'refused foreign', 'terminated']);
  });

  it('reads and restores in this thread when there is no worker or it cannot start', async () => {
    const inWindow: BackupData[] = [];
    const write = async (d: BackupData): Promise<void> => void inWindow.push(d);
    const here = await backupReader(null, write)(await validFile());
    await here.restore();
    const log: string[] = [];
    const fallback = await backupReader(fakeWorker(log, [], 'fail-to-load'), write)(await validFile());
    await fallback.restore();
    expect(inWindow).toHaveLength(2);
    expect(log).toEqual(['read', 'terminated']);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = { size: BACKUP_MAX_CHARS + 1, text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    await expect(backupReader(null)(huge)).rejects.toMatchObject({ code: 'too-large' });
    const log: string[] = [];
    await expect(backupReader(fakeWorker(log, []))(huge)).rejects.toMatchObject({ code: 'too-large' });
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
