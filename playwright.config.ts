import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/support/browsers';

const PORT = Number(process.env['E2E_PORT'] ?? 4173);

export default defineConfig<{ appKind: 'web' | 'electron' }>({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  // One retry on CI, where a loaded machine can starve a clock-driven test; Playwright still reports it as flaky.
  retries: process.env['CI'] ? 1 : 0,
  forbidOnly: !!process.env['CI'],
  timeout: 30_000,
  reporter: [['list']],
  outputDir: process.env['E2E_OUTPUT'] ?? 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node scripts/serve.mjs out/renderer`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    env: { PORT: String(PORT) },
    reuseExistingServer: false,
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
