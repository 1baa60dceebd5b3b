// Types for scripts/start-plan.mjs (imported by tests/unit/start.test.ts).
export type InstallFailure = 'offline' | 'http' | 'checksum' | 'node' | 'disk' | 'unknown';
export type StartProblem = InstallFailure | 'no-display' | 'electron-crashed';
type Env = Record<string, string | undefined>;
export declare const NODE_FOR_ELECTRON: string;
export declare function electronStatus(io: {
  electronDir: string;
  exists: (p: string) => boolean;
  read: (p: string) => string;
  env?: Env;
}): { installed: true; bin: string } | { installed: false; reason: string };
export declare function parseVersion(version: string): number[];
export declare function atLeast(version: string, min: string): boolean;
export declare function classifyInstallFailure(output: string): InstallFailure;
export declare function firstErrorLine(output: string): string;
export declare function explain(why: { kind: StartProblem; detail?: string; nodeVersion: string }): string;
export declare function hasDisplay(platform: string, env: Env): boolean;
export declare function browserCommand(platform: string, env: Env, onPath: (cmd: string) => boolean): { cmd: string; args: string[] } | null;
export declare function wrap(text: string, width?: number): string;
