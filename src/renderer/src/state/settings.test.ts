import { describe, expect, it, vi } from 'vitest';
import { StorageError } from '../db/errors';
import { SettingsState, type SettingsRepository } from './settings.svelte';

function memoryRepo(initial: Record<string, unknown> = {}): SettingsRepository & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: async <T>(key: string, fallback: T) => (data.has(key) ? (data.get(key) as T) : fallback),
    set: async (key, value) => void data.set(key, value),
  };
}

describe('the settings state', () => {
  it('reads stored choices, puts the theme on the root and writes changes back', async () => {
    const repo = memoryRepo({ theme: 'dark', timeFactor: 1.5 });
    const root = { dataset: {} as DOMStringMap };
    const settings = new SettingsState(repo, root);
    await settings.load();
    expect(settings).toMatchObject({ theme: 'dark', timeFactor: 1.5, loaded: true, error: '' });
    expect(root.dataset['theme']).toBe('dark');
    await settings.setTheme('system');
    expect(root.dataset['theme']).toBeUndefined();
    await settings.setTimeFactor(2);
    expect(repo.data.get('theme')).toBe('system');
    expect(repo.data.get('timeFactor')).toBe(2);
  });

  it('keeps a choice made while the settings are still being read, rather than the older stored value', async () => {
    const repo = memoryRepo({ theme: 'light', timeFactor: 1 });
    let answer = (): void => {};
    const reading = new Promise<void>((r) => (answer = r));
    // The read began before the learner chose: it answers with what the store held then.
    const slow: SettingsRepository = { get: async <T>(key: string, fallback: T) => { const v = repo.data.has(key) ? (repo.data.get(key) as T) : fallback; await reading; return v; }, set: repo.set };
    const root = { dataset: {} as DOMStringMap };
    const settings = new SettingsState(slow, root);
    const loading = settings.load();
    await settings.setTheme('dark');
    await settings.setTimeFactor(1.5);
    answer();
    await loading;
    expect(settings).toMatchObject({ theme: 'dark', timeFactor: 1.5, loaded: true });
    expect(root.dataset['theme']).toBe('dark');
    expect(repo.data.get('theme')).toBe('dark');
  });

  it('falls back to the defaults for values no build writes', async () => {
    const settings = new SettingsState(memoryRepo({ theme: 'sepia', timeFactor: 7 }), null);
    await settings.load();
    expect(settings).toMatchObject({ theme: 'system', timeFactor: 1 });
  });

  it('keeps working on the defaults when the store cannot be read, and says what to do', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken: SettingsRepository = {
      get: () => Promise.reject(new StorageError('unavailable', { cause: new Error('MissingAPIError: IndexedDB API missing') })),
      set: () => Promise.reject(new StorageError('full')),
    };
    const settings = new SettingsState(broken, null);
    await settings.load();
    expect(settings.loaded).toBe(true);
    expect(settings.error).toMatch(/^Your settings could not be read, so the defaults apply\. .*private window/);
    expect(settings.error).not.toMatch(/IndexedDB|MissingAPI/);
    await settings.setTheme('dark');
    expect(settings.theme).toBe('dark');
    expect(settings.error).toMatch(/not saved\. Your disk is full/);
  });
});
