import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isSafeExternalUrl,
  isPermissionAllowed,
  isTrustedSender,
  isValidSaveRequest,
  mimeType,
  safeExternalUrl,
  resolveAppPath,
  resolveAppPathWin32,
} from './policy';

describe('isAppUrl', () => {
  it('allows the app origin only', () => {
    expect(isAppUrl('app://dossier/index.html')).toBe(true);
    expect(isAppUrl('app://dossier/index.html#/quiz')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://example.org/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('allows the local dev server only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/quiz', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('ws://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('https://evil.example/', 'https://evil.example/')).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts plain https links', () => {
    expect(isSafeExternalUrl('https://www.un.org/en/peacekeeping')).toBe(true);
  });

  it('refuses other schemes, credentials, junk and non-strings', () => {
    for (const bad of ['http://un.org', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@un.org', 'smb://host/share', '', 'https://', 42, null]) {
      expect(isSafeExternalUrl(bad), String(bad)).toBe(false);
    }
    expect(isSafeExternalUrl('https://un.org/' + 'a'.repeat(3000))).toBe(false);
  });
});

describe('safeExternalUrl', () => {
  it('passes on the parsed, normalised link', () => {
    expect(safeExternalUrl('https://www.un.org/en/peacekeeping')).toBe('https://www.un.org/en/peacekeeping');
    expect(safeExternalUrl('HTTPS://WWW.UN.ORG')).toBe('https://www.un.org/');
    expect(safeExternalUrl('https://un.org/a b')).toBe('https://un.org/a%20b');
    expect(safeExternalUrl('https://un.org/../x?q=1#f')).toBe('https://un.org/x?q=1#f');
  });

  it('refuses leading or trailing spaces and control characters the parser would drop', () => {
    for (const bad of [' https://un.org/', 'https://un.org/ ', '\thttps://un.org/', 'https://un.org/\n', 'https://u\tn.org/', 'https://un.org/\u0000']) {
      expect(safeExternalUrl(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('refuses https:host without the two slashes', () => {
    for (const bad of ['https:un.org', 'https:/un.org', 'https:\\\\un.org']) expect(safeExternalUrl(bad), bad).toBeNull();
  });

  it('refuses loopback, private and link-local hosts, however the address is written', () => {
    const hosts = [
      'localhost', 'LOCALHOST.', 'app.localhost', '127.0.0.1', '127.1.2.3', '2130706433', '0x7f.1', '0.0.0.0',
      '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
      '[::1]', '[::]', '[fc00::1]', '[fd12:3456::1]', '[fe80::1]', '[febf::1]', '[::ffff:127.0.0.1]', '[::ffff:192.168.0.1]',
    ];
    for (const host of hosts) expect(safeExternalUrl(`https://${host}/`), host).toBeNull();
  });

  it('keeps public addresses just outside the private ranges', () => {
    for (const host of ['172.15.0.1', '172.32.0.1', '11.0.0.1', '192.169.0.1', '[2001:db8::1]', '[fec0::1]', 'localhost.example.org']) {
      expect(safeExternalUrl(`https://${host}/`), host).not.toBeNull();
    }
  });
});

describe('resolveAppPath', () => {
  const root = '/opt/dossier/out/renderer';

  it('serves files under the renderer folder, index.html for the root', () => {
    expect(resolveAppPath('app://dossier/', root)).toBe(`${root}/index.html`);
    expect(resolveAppPath('app://dossier/assets/index-abc.js', root)).toBe(`${root}/assets/index-abc.js`);
    expect(resolveAppPath('app://dossier/index.html?x=1#/quiz', root)).toBe(`${root}/index.html`);
  });

  it('never resolves outside the folder, however the path is encoded', () => {
    const attempts = [
      'app://dossier/../main/index.js',
      'app://dossier/%2e%2e/main/index.js',
      'app://dossier/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      'app://dossier/..%2f..%2fetc/passwd',
      'app://dossier/%2F..%2F..%2Fetc%2Fpasswd',
      'app://dossier/%5c..%5c..%5cetc/passwd',
    ];
    for (const url of attempts) {
      const path = resolveAppPath(url, root);
      expect(path === null || path.startsWith(`${root}/`), `${url} -> ${path}`).toBe(true);
    }
    // Encoded separators survive URL parsing, so these must be refused outright.
    expect(resolveAppPath('app://dossier/..%2f..%2fetc/passwd', root)).toBeNull();
    expect(resolveAppPath('app://dossier/%5c..%5c..%5cetc/passwd', root)).toBeNull();
  });

  it('refuses other hosts and schemes, NUL bytes and malformed escapes', () => {
    for (const bad of ['app://dossier/a%00.js', 'app://dossier/%E0%A4%A', 'app://evil/index.html', 'file:///etc/passwd']) {
      expect(resolveAppPath(bad, root), bad).toBeNull();
    }
  });

  it('refuses escapes on Windows paths too', () => {
    const winRoot = 'C:\\Program Files\\Dossier\\resources\\app.asar\\out\\renderer';
    expect(resolveAppPathWin32('app://dossier/assets/a.js', winRoot)).toBe(`${winRoot}\\assets\\a.js`);
    expect(resolveAppPathWin32('app://dossier/..%2f..%2fmain/index.js', winRoot)).toBeNull();
    const folded = resolveAppPathWin32('app://dossier/%2e%2e/%2e%2e/main/index.js', winRoot);
    expect(folded === null || folded.startsWith(`${winRoot}\\`)).toBe(true);
  });
});

describe('isTrustedSender', () => {
  it('trusts only our own main frame', () => {
    expect(isTrustedSender({ url: 'app://dossier/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://dossier/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval|unsafe-inline/);
  });

  it('is the policy index.html declares', () => {
    const html = readFileSync(resolve(__dirname, '../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });
});

it('serves files with their content type', () => {
  expect(mimeType('/a/index.html')).toBe('text/html; charset=utf-8');
  expect(mimeType('/a/x.WOFF2')).toBe('font/woff2');
  expect(mimeType('/a/unknown.bin')).toBe('application/octet-stream');
});

describe('isValidSaveRequest', () => {
  const limits = { maxBytes: 100, namePattern: /^[\w .-]{1,100}\.json$/ };

  it('accepts a plain .json name with bounded contents', () => {
    expect(isValidSaveRequest('dossier-backup-2026-11-26.json', '{}', limits)).toBe(true);
  });

  it('refuses paths, hidden files, other extensions, non-strings and oversized contents', () => {
    for (const name of ['../evil.json', '/etc/passwd.json', 'a\\b.json', '.bashrc.json', 'backup.exe', '', 42]) {
      expect(isValidSaveRequest(name, '{}', limits), String(name)).toBe(false);
    }
    expect(isValidSaveRequest('b.json', 'x'.repeat(101), limits)).toBe(false);
    expect(isValidSaveRequest('b.json', { toString: () => '' }, limits)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it('grants only persistent storage, and only to the app itself', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://dossier/index.html')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://dossier')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://evil.example/')).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      expect(isPermissionAllowed(p, 'app://dossier/index.html'), p).toBe(false);
    }
  });
});

it('measures a save request in bytes, not characters', () => {
  const limits = { maxBytes: 4, namePattern: /^[\w .-]{1,100}\.json$/ };
  expect(isValidSaveRequest('a.json', 'abcd', limits)).toBe(true);
  expect(isValidSaveRequest('a.json', 'ééé', limits)).toBe(false);
});
