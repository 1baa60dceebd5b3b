// Issue 13: `npm run dist` offline ends with a sentence, not electron-builder's stack trace.
// The wrapper runs here against a stand-in CLI that prints what electron-builder 26 printed on this machine offline.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explainDistFailure, runBuilder } from '../../scripts/dist.mjs';

const OFFLINE = `  • electron-builder  version=26.17.0 os=6.18.44
  • loaded configuration  file=/p/electron-builder.config.cjs
  • packaging       platform=linux arch=x64 electron=45.5.0 appOutDir=dist/linux-unpacked
  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build stackTrace=RequestError: getaddrinfo ENOTFOUND github.com
    at ClientRequest.<anonymous> (/p/node_modules/got/dist/source/core/index.js:970:111)
    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:122:26)
`;

const scratch = mkdtempSync(join(tmpdir(), 'dossier-dist-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A stand-in for electron-builder's cli.js: prints `text` (split across stdout and stderr) and exits with `code`. */
function standIn(text: string, code: number): string {
  const file = join(scratch, `cli-${code}-${text.length}.cjs`);
  const [head, ...tail] = text.split('\n  ⨯');
  const err = tail.length ? `  ⨯${tail.join('\n  ⨯')}` : '';
  writeFileSync(file, `process.stdout.write(${JSON.stringify(head + '\n')}); process.stderr.write(${JSON.stringify(err)}); process.exit(${code});`);
  return file;
}

describe('explainDistFailure', () => {
  it('offline: says what could not be downloaded, from where, and how to fix it', () => {
    const text = explainDistFailure(OFFLINE);
    expect(text).toMatch(/could not download .* from github\.com: this computer seems to be offline/);
    expect(text).toContain('run `npm run dist` again');
    expect(text).toContain('ELECTRON_BUILDER_BINARIES_MIRROR');
    expect(text).toContain('"getaddrinfo ENOTFOUND github.com  failedTask=build"');
    expect(text).not.toMatch(/\n|stackTrace|\bat\s+\S+\s+\(/);
  });

  it('any other failure: the builder message, without its stack', () => {
    const text = explainDistFailure('  ⨯ Cannot find module out/main/index.js  stackTrace=Error: Cannot find\n    at x (y.js:1:1)');
    expect(text).toBe('electron-builder could not package Dossier: Cannot find module out/main/index.js. Fix what it reports above and run `npm run dist` again.');
  });
});

describe('runBuilder', () => {
  it('passes progress through, drops the stack and ends with the sentence and a failing exit code', async () => {
    let printed = '';
    const code = await runBuilder({ cli: standIn(OFFLINE, 1), write: (s) => (printed += s) });
    expect(code).toBe(1);
    expect(printed).toContain('• packaging       platform=linux');
    expect(printed).not.toMatch(/^\s+at\s/m);
    expect(printed).not.toContain('stackTrace');
    expect(printed.trim().split('\n').at(-1)).toBe(explainDistFailure(OFFLINE));
  });

  it('prints nothing extra when packaging succeeds', async () => {
    let printed = '';
    const code = await runBuilder({ cli: standIn('  • building        target=AppImage\n', 0), write: (s) => (printed += s) });
    expect(code).toBe(0);
    expect(printed.trim()).toBe('• building        target=AppImage');
  });
});
