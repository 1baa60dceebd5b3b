// Runs every benchmark in turn and prints figures with their in-run baselines and ratios.
// Each module exports `run(): Promise<void>`; a module not yet written is skipped. BENCH_ONLY=ui,answers
// runs only the modules it names.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

const modules = ['engine.ts', 'cli.ts', 'answers.ts', 'dashboard.ts', 'ui.ts', 'kinds.ts', 'kill.ts'];

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

async function main(): Promise<void> {
  console.log(`bench  load average (1, 5, 15 min) at start: ${load()}`);
  // The interface rows time the built app: build it as it ships.
  if (!process.env['BENCH_NO_BUILD']) {
    const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: resolve(__dirname, '../..'), stdio: 'ignore' });
    if (built.status !== 0) throw new Error('the app could not be built');
  }
  const only = process.env['BENCH_ONLY']?.split(',').map((m) => m.trim().replace(/(\.ts)?$/, '.ts'));
  for (const m of modules) {
    if (only && !only.includes(m)) continue;
    const file = join(__dirname, m);
    if (!existsSync(file)) continue;
    const mod = (await import(file)) as { run: () => Promise<void> };
    await mod.run();
  }
  console.log(`bench  load average (1, 5, 15 min) at end: ${load()}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
