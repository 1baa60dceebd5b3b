import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  plugins: [svelte({ configFile: false }), svelteTesting()],
  resolve: {
    alias: {
      $core: resolve('src/core'),
      $shared: resolve('src/shared'),
      $resources: resolve('resources'),
      // No build runs here: the app falls back to extracting every lesson's facts at run time.
      'virtual:dossier-course-facts': resolve('src/renderer/src/state/course-facts.none.ts'),
      'virtual:dossier-lesson-html': resolve('src/renderer/src/lib/lesson-html.none.ts'),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/packaging/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./tests/setup/vitest.setup.ts'],
    testTimeout: 20000,
  },
});
