import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { loadCourse, type Course } from './src/core/course';
import { courseAskedTable, courseFactsTable } from './src/core/course-facts';

/**
 * The dev server injects styles as inline <style> elements for hot reload, which the app's
 * `style-src 'self'` forbids. Only while serving in development, allow them; builds keep the strict policy.
 */
const devInlineStyles: Plugin = {
  name: 'dossier-dev-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
};

const COURSE_FACTS = 'virtual:dossier-course-facts';

/**
 * Works out the bundled courses' facts once, at build time, as a JSON module keyed by course, lesson and
 * the hash of the lesson's text: the app then starts without running the fact extractor. A lesson whose
 * text does not match (or a build without this plugin) has its facts extracted at run time instead.
 */
const courseFacts: Plugin = {
  name: 'dossier-course-facts',
  resolveId: (id) => (id === COURSE_FACTS ? `\0${COURSE_FACTS}` : undefined),
  load(id) {
    if (id !== `\0${COURSE_FACTS}`) return undefined;
    const root = resolve('resources/courses');
    const courses: Course[] = [];
    for (const folder of readdirSync(root)) {
      const files: Record<string, string> = {};
      for (const file of readdirSync(resolve(root, folder))) {
        if (/\.(md|json)$/.test(file)) {
          files[file] = readFileSync(resolve(root, folder, file), 'utf8');
          this.addWatchFile(resolve(root, folder, file));
        }
      }
      const { course } = loadCourse(files);
      if (course) courses.push(course);
    }
    const table = courseFactsTable(courses);
    const asked = courseAskedTable(courses, table);
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(table))});\nexport const asked = JSON.parse(${JSON.stringify(JSON.stringify(asked))});`;
  },
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
    plugins: [svelte({ configFile: false }), devInlineStyles, courseFacts],
    // The import worker loads its PDF and Word readers on first use, which needs module workers.
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default; the shipped bundle is minified, and
      // tests/unit/minified-dates.test.ts proves date extraction does not depend on the names it mangles.
      // DOSSIER_MINIFY=0 keeps names readable for a CPU profile; the shipped build is always minified.
      minify: process.env.DOSSIER_MINIFY !== "0",
      sourcemap: process.env.DOSSIER_SOURCEMAP === "1",
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
