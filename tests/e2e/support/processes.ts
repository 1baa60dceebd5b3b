import { readdirSync, readFileSync } from 'node:fs';

/** The processes of the Chromium using `profile`, the browser process first (it has no --type=). */
export function chromiumPids(profile: string): number[] {
  const out: { pid: number; browser: boolean }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (!args.includes(`--user-data-dir=${profile}`)) continue;
    out.push({ pid: Number(name), browser: !args.some((a) => a.startsWith('--type=')) });
  }
  return out.sort((a, b) => Number(b.browser) - Number(a.browser)).map((p) => p.pid);
}

/** SIGKILLs one process, if it is still there. */
export function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
