// pdfjs-dist's legacy build, as the import worker runs it, on the PDF fixtures (made by tests/fixtures/import/make-pdfs.mjs).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/core/import/pipeline';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { readPdf } from '../../src/renderer/src/features/import/read-pdf';

// Node has no module workers for pdfjs: it runs its worker code in this thread when it finds it here.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/import', name)));

async function markdownOf(name: string): Promise<string> {
  const read = await readPdf(fixture(name), () => {});
  return cleanDocument({ kind: 'pages', ...read }).markdown;
}

describe('reading a PDF', () => {
  it('rejoins hard-wrapped, hyphenated lines and drops the running header and page numbers', async () => {
    const md = await markdownOf('hard-wrapped.pdf');
    expect(md.startsWith('# The United Nations Force in Cyprus\n\n## How the Force began\n\nFighting between')).toBe(true);
    expect(md).toContain('three years after the island became independent. The Security Council answered on 4 March 1964');
    expect(md).toContain('the good offices mission of the Secretary-General, which');
    expect(md).not.toMatch(/Peace Operations Notes|Page \d+ of \d+|\w- \w/);
  });

  it('reads a two-column PDF column by column, across its pages', async () => {
    const md = await markdownOf('two-column.pdf');
    expect(md).toContain('The Security Council answered on 4 March 1964, when it adopted resolution 186 (1964)');
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# The United Nations Force in Cyprus',
      '## How the Force began',
      '## The events of 1974',
      '## The buffer zone',
      '## Civil affairs and the police',
      '## The Force today',
    ]);
    expect(md).not.toMatch(/Peace Operations Notes|^\d+$/m);
  });

  it('reports each page as it is read', async () => {
    const seen: string[] = [];
    await readPdf(fixture('two-column.pdf'), (done, total) => seen.push(`${done}/${total}`));
    expect(seen).toEqual(['1/2', '2/2']);
  });

  it('says a scanned PDF has no text layer', async () => {
    await expect(readPdf(fixture('scanned.pdf'), () => {})).rejects.toMatchObject({ name: 'ImportError', code: 'no-text-layer' });
  });

  it('says an encrypted PDF needs its password', async () => {
    await expect(readPdf(fixture('encrypted.pdf'), () => {})).rejects.toMatchObject({ name: 'ImportError', code: 'encrypted' });
  });
});
