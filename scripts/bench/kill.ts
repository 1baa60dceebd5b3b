// The kill test at bench size: tests/e2e/kill.spec.ts (a Chromium on a persistent profile, SIGKILLed at
// seeded random moments while answering, then relaunched and its store checked) run for 200 trials
// instead of the 20 of `npm test`. Prints the trials, how many were killed around a write, the
// failures and the time. BENCH_KILL_TRIALS and KILL_SEED change the run; E2E_PORT the server's port.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const TRIALS = Number(process.env['BENCH_KILL_TRIALS'] ?? 200);

export async function run(): Promise<void> {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
    const built = spawnSync(npx, ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('The kill bench needs the web build, and `electron-vite build` failed.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-kill-bench-'));
  const report = join(dir, 'kill.json');
  try {
    const result = spawnSync(npx, ['playwright', 'test', 'tests/e2e/kill.spec.ts', '--project=web', '--retries=0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      env: { ...process.env, KILL_TRIALS: String(TRIALS), KILL_REPORT: report },
    });
    const figures = existsSync(report)
      ? (JSON.parse(readFileSync(report, 'utf8')) as { trials: number; aroundWrites: number; failures: number; failedTrials?: number[]; wipes?: number[]; restores?: number[]; answersCounted: number; seconds: number; failed: string[] })
      : null;
    if (!figures) {
      console.log(result.stdout);
      throw new Error('The kill bench stopped before it could report (see the Playwright output above).');
    }
    console.log(
      `kill test: ${figures.trials} trials (${figures.aroundWrites} killed a few ms after an answer was submitted), ` +
        `${figures.answersCounted} answers counted before the kills, ${figures.failures} failures ` +
        `(found after ${figures.failedTrials?.length ?? '?'} kills${figures.failedTrials?.length ? `: before trials ${figures.failedTrials.join(', ')}` : ''}), ` +
        `${figures.wipes?.length ?? '?'} stores deleted by Chromium as corrupt${figures.wipes?.length ? ` (before trials ${figures.wipes.join(', ')})` : ''}, ` +
        `${figures.restores?.length ?? '?'} restored from the safety copy, ${figures.seconds} s ` +
        `(${(figures.seconds / figures.trials).toFixed(1)} s a trial)`,
    );
    for (const f of figures.failed.slice(0, 20)) console.log(`  ${f}`);
    if (figures.failures > 0 || result.status !== 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
