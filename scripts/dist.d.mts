// Types for scripts/dist.mjs (imported by tests/unit/dist.test.ts).
export declare function isStackLine(line: string): boolean;
export declare function withoutStack(line: string): string;
export declare function explainDistFailure(output: string): string;
export declare function runBuilder(options?: {
  cli?: string;
  args?: string[];
  env?: NodeJS.ProcessEnv;
  write?: (s: string) => void;
}): Promise<number>;
