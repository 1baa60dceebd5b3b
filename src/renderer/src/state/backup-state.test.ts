import { describe, expect, it, vi } from 'vitest';
import { BackupError, type BackupData, type BackupInput } from '../../../core/backup';
import { StorageError } from '../db/errors';
import { BackupState, type BackupDeps } from './backup.svelte';

const NOW = Date.UTC(2026, 2, 10, 15, 30);
const empty: BackupInput = { lessonProgress: [], quizSessions: [], answers: [], cards: [], reviewLogs: [], dailyStats: [], settings: [] };

function setup(over: Partial<BackupDeps> = {}) {
  const saved: { name: string; text: string }[] = [];
  const reload = vi.fn(async () => {});
  const replaced: BackupData[] = [];
  const deps: BackupDeps = {
    repo: { read: async () => empty, replace: async (data) => void replaced.push(data), reset: async () => {} },
    platform: { desktop: false, appVersion: async () => 'web', saveFile: async (name, text) => (saved.push({ name, text }), { saved: true }) },
    // A checked file restores through the store, as the reader's fallback does in the app.
    read: async () => ({
      exportedAt: new Date(NOW).toISOString(),
      counts: { answers: 2, quizzes: 0, cards: 0, lessons: 0 },
      restore: () => deps.repo.replace({ ...empty, answers: [{}, {}] } as unknown as BackupData),
      close: () => {},
    }),
    reload,
    now: () => NOW,
    ...over,
  };
  return { backup: new BackupState(deps), saved, reload, replaced };
}

const file = (name = 'dossier-progress.json') => new File(['{}'], name);

describe('the backup state', () => {
  it('names the export after the clock’s day and says where it went', async () => {
    const { backup, saved } = setup();
    expect(await backup.exportProgress()).toBe(true);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toContain('2026-03-10');
    expect(JSON.parse(saved[0]!.text)).toMatchObject({ format: 'dossier-backup', exportedAt: new Date(NOW).toISOString() });
    expect(backup.status).toMatch(/is in your downloads/);
  });

  it('restores a chosen file only once confirmed, then reloads every screen', async () => {
    const { backup, reload, replaced } = setup();
    await backup.chooseFile(file());
    expect(backup.pending?.counts.answers).toBe(2);
    expect(replaced).toHaveLength(0);
    expect(await backup.confirmImport()).toBe(true);
    expect(replaced).toHaveLength(1);
    expect(reload).toHaveBeenCalledOnce();
    expect(backup.status).toMatch(/^Progress restored from dossier-progress\.json/);
  });

  it('refuses a damaged file with the sentence core wrote for it', async () => {
    const { backup } = setup({ read: () => Promise.reject(new BackupError('checksum', 'The backup has been altered; export it again.')) });
    await backup.chooseFile(file('old.json'));
    expect(backup.pending).toBeNull();
    expect(backup.error).toBe('old.json was not imported and your progress is unchanged: the backup has been altered; export it again.');
  });

  it('says what to do when the store fails, never what Dexie said', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const dexieText = 'AbortError: QuotaExceededError: Transaction aborted';
    const { backup } = setup({
      repo: {
        read: () => Promise.reject(new StorageError('full', { cause: new Error(dexieText) })),
        replace: () => Promise.reject(new StorageError('full', { cause: new Error(dexieText) })),
        reset: () => Promise.reject(new StorageError('closed')),
      },
    });
    expect(await backup.exportProgress()).toBe(false);
    expect(backup.error).toBe('The export failed and no file was written. Your disk is full: free some space, then try again; nothing already saved was lost.');
    await backup.chooseFile(file());
    expect(await backup.confirmImport()).toBe(false);
    expect(backup.error).toMatch(/^The import could not be written and your progress is unchanged\. Your disk is full/);
    expect(await backup.reset()).toBe(false);
    expect(backup.error).toMatch(/^The reset did not finish\. .*reload Dossier/);
    expect(backup.error).not.toContain(dexieText);
  });
});
