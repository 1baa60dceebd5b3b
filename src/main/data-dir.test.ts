import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_NAME, userDataDir } from './data-dir';

describe('userDataDir', () => {
  it('is the product name under the per-user app-data folder', () => {
    expect(DATA_DIR_NAME).toBe('Dossier');
    expect(userDataDir('/home/ada/.config', '/home/ada/.config/dossier', ['/opt/Dossier/dossier'])).toBe(
      join('/home/ada/.config', 'Dossier'),
    );
  });

  it('does not depend on the version, the install path or the current default', () => {
    const a = userDataDir('/appdata', '/appdata/Electron', ['/opt/Dossier/dossier']);
    const b = userDataDir('/appdata', '/appdata/dossier', ['/tmp/.mount_Dossier-0.2.0/dossier', '--no-sandbox']);
    expect(a).toBe(b);
    expect(a).not.toMatch(/\d+\.\d+/);
  });

  it('keeps the folder chosen by a --user-data-dir switch (developer and test runs)', () => {
    expect(userDataDir('/appdata', '/tmp/profile', ['electron', '.', '--user-data-dir=/tmp/profile'])).toBe(
      '/tmp/profile',
    );
    expect(userDataDir('/appdata', '/tmp/profile', ['electron', '--user-data-dir', '/tmp/profile'])).toBe(
      '/tmp/profile',
    );
  });
});
