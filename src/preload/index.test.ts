// Issue 13: the preload exposes exactly one function per contract method, and nothing of ipcRenderer.
import { expect, it, vi } from 'vitest';
import { channels } from '../shared/ipc';

const electron = vi.hoisted(() => ({
  exposed: [] as [string, Record<string, unknown>][],
  invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => electron.exposed.push([key, api]) },
  ipcRenderer: { invoke: electron.invoke },
}));

await import('./index');

it('exposes one object, window.api, with exactly the contract methods as functions', () => {
  expect(electron.exposed.map(([key]) => key)).toEqual(['api']);
  const api = electron.exposed[0]?.[1] ?? {};
  expect(Object.keys(api).sort()).toEqual(Object.keys(channels).sort());
  for (const value of Object.values(api)) expect(typeof value).toBe('function');
});

it('forwards each method to its own channel with its arguments, and nothing else', async () => {
  const api = (electron.exposed[0]?.[1] ?? {}) as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const args: Record<keyof typeof channels, unknown[]> = {
    appVersion: [],
    openExternal: ['https://www.un.org/'],
    saveFile: ['b.json', '{}'],
    openBriefing: [],
  };
  for (const method of Object.keys(channels) as (keyof typeof channels)[]) {
    electron.invoke.mockClear();
    await expect(api[method]?.(...args[method])).resolves.toBe('answer');
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(channels[method], ...args[method]);
  }
});
