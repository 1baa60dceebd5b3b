// Types for scripts/serve.mjs (imported by playwright.config.ts and the tests).
export declare function identityPath(root: string): string;
export declare function serve(options: { root: string; port: number; host?: string }): Promise<{
  url: string;
  port: number;
  close: () => Promise<void>;
}>;
