import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';

/**
 * The dev server injects styles as inline <style> elements for hot reload, which the app's
 * `style-src 'self'` forbids. Only while serving in development, allow them; builds keep the strict policy.
 */
const devInlineStyles: Plugin = {
  name: 'dossier-dev-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
};

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot `require` anything but a few Electron modules:
      // build it as one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    publicDir: resolve('src/renderer/public'),
    resolve: {
      alias: {
        $core: resolve('src/core'),
        $shared: resolve('src/shared'),
        $resources: resolve('resources'),
      },
    },
    plugins: [svelte({ configFile: false }), devInlineStyles],
    // The import worker loads its PDF and Word readers on first use, which needs module workers.
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
