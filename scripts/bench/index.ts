// Runs every benchmark in turn and prints figures with their in-run baselines and ratios.
// Each module exports `run(): Promise<void>`; a module not yet written is skipped.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const modules = ['engine.ts', 'answers.ts', 'dashboard.ts', 'kill.ts'];

async function main(): Promise<void> {
  for (const m of modules) {
    const file = join(__dirname, m);
    if (!existsSync(file)) continue;
    const mod = (await import(file)) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
