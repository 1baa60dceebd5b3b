// Runs the generator as a user would (through tsx) on fixtures and on broken files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../core/quiz-settings';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/briefings');
const SEED = path.resolve(ROOT, 'tests/fixtures/seed/minusma-briefing.txt');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/generate.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Out {
  facts: { id: string; kind: string; value: string | number; text: string; sentence: string; about: string }[];
  questions: { id: string; type: string; prompt: string; options?: string[]; answer: unknown; factIds: string[]; explanation: string }[];
}

describe('generate CLI', () => {
  it.each([SEED, path.join(FIXTURES, 'unmiss.md'), path.join(FIXTURES, 'monusco.html'), path.join(FIXTURES, 'unifil.txt')])(
    'prints exactly one JSON object for %s',
    (file) => {
      const r = run(file, '--json', '--seed', '3', '--count', '8');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as Out;
      expect(out.facts.length).toBeGreaterThan(0);
      expect(out.questions.length).toBeGreaterThan(0);
      for (const f of out.facts) {
        expect(KINDS).toContain(f.kind);
        expect(typeof f.value).toBe(f.kind === 'figure' ? 'number' : 'string');
      }
      for (const q of out.questions) {
        if (q.type === 'choice') expect(q.options).toContain(q.answer);
        if (q.type === 'truefalse') expect(typeof q.answer).toBe('boolean');
        if (q.type === 'order') expect([...(q.options ?? [])].sort()).toEqual([...(q.answer as string[])].sort());
      }
    },
  );

  it('is repeatable for the same seed', () => {
    expect(run(SEED, '--json', '--seed', '5').stdout).toBe(run(SEED, '--json', '--seed', '5').stdout);
  });

  it('prints a readable preview by default', () => {
    const r = run(SEED, '--count', '3');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Facts \(\d+\)/);
    expect(r.stdout).toContain('Questions (3)');
  });

  describe('refuses bad input with one line and no stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-cli-'));
    const empty = path.join(dir, 'empty.txt');
    const binary = path.join(dir, 'binary.txt');
    const big = path.join(dir, 'big.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([72, 105, 0, 1, 2]));
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1, 65));
    it.each([
      [[path.join(dir, 'missing.txt')], 1, 'generate: file not found:'],
      [[empty], 1, 'generate: file is empty:'],
      [[binary], 1, 'generate: file looks binary (NUL bytes):'],
      [[big], 1, 'generate: file is larger than 10 MB:'],
      [[], 2, 'generate: expected one FILE'],
      [[SEED, '--seed', 'abc'], 2, 'generate: --seed must be a whole number'],
      [[SEED, '--bogus'], 2, 'generate: '],
    ])('%j', (args, code, message) => {
      const r = run(...(args as string[]));
      expect(r.code).toBe(code);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    });
  });
});
