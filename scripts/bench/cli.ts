// The whole-process time of the CLI (`npm run generate` on the seed briefing, through tsx as the script
// runs it), against the same runner starting an empty script: what the learner waits for at a terminal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SEED = resolve(ROOT, 'tests/fixtures/seed/minusma-briefing.txt');

function wall(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}`);
  return performance.now() - t;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-cli-'));
  const empty = join(dir, 'empty.ts');
  writeFileSync(empty, 'export {};\n');
  const tsx = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
  try {
    const cli: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < 5; i++) {
      cli.push(wall([tsx, 'src/cli/generate.ts', SEED]));
      base.push(wall([tsx, empty]));
    }
    const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    console.log(
      `cli  generate on the seed briefing, whole process (5 runs, alternating): median ${med(cli).toFixed(0)} ms min ${Math.min(...cli).toFixed(0)} ms; ` +
        `empty script ${med(base).toFixed(0)} ms; ratio ${(med(cli) / med(base)).toFixed(1)}x`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
