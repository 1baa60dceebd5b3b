// Captures every place in light and dark from the built renderer, for review and for the README.
// Usage: npm run build && node scripts/screenshots.mjs [outDir] [hash ...]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const outDir = process.argv[2] ?? 'test-results/screens';
const hashes = process.argv.slice(3).length ? process.argv.slice(3) : ['#/library', '#/quiz', '#/progress', '#/settings'];
const port = 4179;
mkdirSync(outDir, { recursive: true });

const server = spawn(process.execPath, ['scripts/serve.mjs', 'out/renderer'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, colorScheme: scheme });
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    for (const hash of hashes) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.waitForTimeout(400);
      const name = hash.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      await page.screenshot({ path: `${outDir}/${name}-${scheme}.png` });
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`screenshots in ${outDir}`);
