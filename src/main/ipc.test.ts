// Issue 13: every IPC handler, run with Electron mocked: a foreign sender and bad arguments are refused
// before anything happens; good calls do what the contract says.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../shared/ipc';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  openExternal: vi.fn(async () => {}),
  showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/ada/Documents/b.json' })),
  showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
  fromWebContents: vi.fn(() => null as unknown),
  writeFile: vi.fn(async () => {}),
}));

vi.mock('electron', () => ({
  app: { getVersion: () => '0.1.0', getPath: (name: string) => `/home/ada/${name === 'documents' ? 'Documents' : name}` },
  ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => electron.handlers.set(channel, fn) },
  shell: { openExternal: electron.openExternal },
  dialog: { showSaveDialog: electron.showSaveDialog, showOpenDialog: electron.showOpenDialog },
  BrowserWindow: { fromWebContents: electron.fromWebContents },
}));
vi.mock('node:fs/promises', () => ({ writeFile: electron.writeFile }));

const { registerIpc } = await import('./ipc');

const ours = { senderFrame: { url: 'app://dossier/index.html', parent: null }, sender: {} };
const foreign = [
  { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} },
  { senderFrame: { url: 'app://dossier/index.html', parent: { url: 'app://dossier/index.html' } }, sender: {} },
  { senderFrame: { url: 'app://other/index.html', parent: null }, sender: {} },
  { senderFrame: { url: 'http://localhost:5173/', parent: null }, sender: {} },
  { senderFrame: null, sender: {} },
];
const good: Record<keyof typeof channels, unknown[]> = {
  appVersion: [],
  openExternal: ['https://www.un.org/'],
  saveFile: ['dossier-backup.json', '{}'],
  openBriefing: [],
};
const call = (channel: string, event: unknown, ...args: unknown[]) => {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(event, ...args));
};
const sideEffects = () => [electron.openExternal, electron.showSaveDialog, electron.showOpenDialog, electron.writeFile].map((f) => f.mock.calls.length);

beforeEach(() => {
  electron.handlers.clear();
  vi.clearAllMocks();
  registerIpc();
});

it('registers exactly one handler per contract channel', () => {
  expect([...electron.handlers.keys()].sort()).toEqual(Object.values(channels).sort());
});

describe.each(Object.keys(channels) as (keyof typeof channels)[])('%s', (method) => {
  it('refuses a foreign sender before doing anything', async () => {
    for (const event of foreign) {
      await expect(call(channels[method], event, ...good[method]), JSON.stringify(event.senderFrame)).rejects.toThrow(/untrusted sender/);
    }
    expect(sideEffects()).toEqual([0, 0, 0, 0]);
  });

  it('refuses a call with too many or too few arguments', async () => {
    await expect(call(channels[method], ours, ...good[method], 'extra')).rejects.toThrow(/number of arguments/);
    if (good[method].length > 0) await expect(call(channels[method], ours)).rejects.toThrow(/number of arguments/);
    expect(sideEffects()).toEqual([0, 0, 0, 0]);
  });
});

it('appVersion answers the app version', async () => {
  await expect(call(channels.appVersion, ours)).resolves.toBe('0.1.0');
});

describe('openExternal', () => {
  it('refuses bad links without opening anything', async () => {
    for (const bad of ['http://un.org', 'https://127.0.0.1/', ' https://un.org', 'https:un.org', 'javascript:alert(1)', 42, null, { href: 'https://un.org' }]) {
      await expect(call(channels.openExternal, ours, bad), String(bad)).resolves.toBe(false);
    }
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('opens the normalised link, not the raw string', async () => {
    await expect(call(channels.openExternal, ours, 'HTTPS://WWW.UN.ORG/a b')).resolves.toBe(true);
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.un.org/a%20b');
  });
});

describe('saveFile', () => {
  it('refuses bad names and contents without asking or writing', async () => {
    for (const [name, contents] of [['../x.json', '{}'], ['x.exe', '{}'], ['x.json', 42], [7, '{}'], ['.x.json', '{}']]) {
      await expect(call(channels.saveFile, ours, name, contents), String(name)).rejects.toThrow(/invalid save request/);
    }
    expect(sideEffects()).toEqual([0, 0, 0, 0]);
  });

  it('asks where to save, starting in the documents folder, and writes there', async () => {
    await expect(call(channels.saveFile, ours, 'dossier-backup.json', '{"a":1}')).resolves.toEqual({
      saved: true,
      path: '/home/ada/Documents/b.json',
    });
    expect(electron.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/home/ada/Documents/dossier-backup.json' }));
    expect(electron.writeFile).toHaveBeenCalledWith('/home/ada/Documents/b.json', '{"a":1}', 'utf8');
  });

  it('writes nothing when the learner cancels', async () => {
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(call(channels.saveFile, ours, 'dossier-backup.json', '{}')).resolves.toEqual({ saved: false });
    expect(electron.writeFile).not.toHaveBeenCalled();
  });
});

it('trusts the dev server only when one is given', async () => {
  electron.handlers.clear();
  registerIpc('http://localhost:5173');
  await expect(call(channels.appVersion, { senderFrame: { url: 'http://localhost:5173/', parent: null } })).resolves.toBe('0.1.0');
});
