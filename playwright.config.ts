import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import { findChromium } from './tests/e2e/support/browsers';

const PORT = Number(process.env['E2E_PORT'] ?? 4173);

export default defineConfig<{ appKind: 'web' | 'electron' }>({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  // One retry on CI, where a loaded machine can starve a clock-driven test; Playwright still reports it as flaky.
  retries: process.env['CI'] ? 1 : 0,
  forbidOnly: !!process.env['CI'],
  // Limits that catch a hang, not a slow machine: on a 2-core machine at load 15-20 one axe pass takes 15-20 s
  // and a 10-question quiz 25 s, so 30 s per test and 5 s per expectation failed tests that were only slow.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: process.env['E2E_OUTPUT'] ?? 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  webServer: {
    // The server leaves when Playwright does (its stdin closes), even when a run is killed. One an older run
    // left behind anyway is reused only if it is scripts/serve.mjs serving this very build folder: the
    // probe below answers 204 from such a server and 404 from anything else, which then fails with a sentence.
    command: `node scripts/serve.mjs out/renderer --exit-with-stdin`,
    url: `http://127.0.0.1:${PORT}/__dossier-serve?root=${encodeURIComponent(resolve(__dirname, 'out/renderer'))}`,
    env: { PORT: String(PORT) },
    reuseExistingServer: true,
    timeout: 20_000,
  },
  projects: [
    {
      name: 'web',
      use: {
        appKind: 'web',
        launchOptions: {
          executablePath: findChromium(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      name: 'electron',
      use: { appKind: 'electron' },
    },
  ],
});
