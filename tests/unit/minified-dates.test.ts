// Issue 13: date extraction works in a minified bundle, where class names are mangled.
// dates.ts is bundled with chrono exactly as the renderer build does it (Vite, minify: true), then run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type * as DatesModule from '../../src/core/dates';

type Dates = typeof DatesModule;

const scratch = mkdtempSync(join(tmpdir(), 'dossier-minified-'));
let dates: Dates;
let code = '';

beforeAll(async () => {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2023',
      lib: { entry: resolve(__dirname, '../../src/core/dates.ts'), formats: ['es'], fileName: 'dates' },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const chunk = (Array.isArray(out) ? out[0] : out)?.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle');
  code = chunk.code;
  const file = join(scratch, 'dates.mjs');
  writeFileSync(file, code);
  dates = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Dates;
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('is really minified: chrono parser class names are gone', () => {
  expect(code).not.toMatch(/class ENYearMonthDayParser\b/);
  expect(dates.calendarParserChoice().map((p) => p.constructor.name)).not.toContain('ENYearMonthDayParser');
});

it('keeps only the calendar parsers, as the unminified module does', async () => {
  const source = await import('../../src/core/dates');
  expect(dates.calendarParserChoice()).toHaveLength(source.calendarParserChoice().length);
  expect(source.calendarParserChoice().map((p) => p.constructor.name).sort()).toEqual([
    'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser', 'ENSlashMonthFormatParser',
    'ENYearMonthDayParser', 'ENYearMonthNameParser', 'ISOFormatParser', 'SlashDateFormatParser',
  ]);
});

it('reads calendar dates at their precision and ignores relative phrases', () => {
  const values = (s: string) => dates.parseSnippet(s).map((d) => [d.value, d.precision]);
  expect(values('on 25 April 2013')).toEqual([['2013-04-25', 'day']]);
  expect(values('April 25, 2013')).toEqual([['2013-04-25', 'day']]);
  expect(values('in June 2013')).toEqual([['2013-06', 'month']]);
  expect(values('2013-04-25')).toEqual([['2013-04-25', 'day']]);
  for (const phrase of ['tomorrow', 'next week', 'in two weeks', 'at 5pm', 'on Monday', 'end of the month']) {
    expect(values(phrase), phrase).toEqual([]);
  }
});
