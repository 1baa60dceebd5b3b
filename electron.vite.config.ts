import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { courseFolders, shippedCourses, shippedCoursesModule, type ShippedCourses } from './src/core/course-module';
import type { PurifyWindow } from './src/renderer/src/lib/markdown';

/**
 * The dev server injects styles as inline <style> elements for hot reload, which the app's
 * `style-src 'self'` forbids. Only while serving in development, allow them; builds keep the strict policy.
 */
const devInlineStyles: Plugin = {
  name: 'dossier-dev-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
};

/**
 * The interface's font (Inter, its Latin subset) is otherwise requested only once the first layout finds
 * text that needs it: that layout is then done with a fallback font and done again when Inter arrives.
 * Preloaded, it arrives while the scripts run, and the first frame is drawn in it.
 */
const preloadFont: Plugin = {
  name: 'dossier-preload-font',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, ctx) => {
      const font = Object.keys(ctx.bundle ?? {}).find((file) => /inter-latin-wght-normal-[^/]*\.woff2$/.test(file));
      if (!font) return [];
      return [{ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${font}` }, injectTo: 'head' }];
    },
  },
};

const COURSE_FACTS = 'virtual:dossier-course-facts';
const LESSON_HTML = 'virtual:dossier-lesson-html';

/**
 * Loads the bundled courses once, at build time, and works out their facts, as a JSON module: the app
 * then starts without parsing the courses' Markdown or running the fact extractor. The facts are keyed
 * by course, lesson and the hash of the lesson's text; a lesson whose text does not match (or a build
 * without this plugin) has no facts at run time, and says so.
 * It also renders every shipped lesson to HTML (a second module, loaded with the lesson screen), so that
 * reading one loads neither markdown-it nor DOMPurify; DOMPurify works here in jsdom's DOM.
 */
const courseFacts: Plugin = (() => {
  let shipped: ShippedCourses | undefined;
  const load = (ctx: { addWatchFile(file: string): void }): ShippedCourses => {
    const root = resolve('resources/courses');
    const byPath: Record<string, string> = {};
    for (const folder of readdirSync(root).sort()) {
      for (const file of readdirSync(resolve(root, folder)).sort()) {
        if (/\.(md|json)$/.test(file)) {
          byPath[`courses/${folder}/${file}`] = readFileSync(resolve(root, folder, file), 'utf8');
          ctx.addWatchFile(resolve(root, folder, file));
        }
      }
    }
    return shippedCourses(courseFolders(byPath));
  };
  return {
    name: 'dossier-course-facts',
    buildStart() {
      shipped = undefined;
    },
    watchChange() {
      shipped = undefined;
    },
    resolveId: (id) => (id === COURSE_FACTS || id === LESSON_HTML ? `\0${id}` : undefined),
    async load(id) {
      if (id !== `\0${COURSE_FACTS}` && id !== `\0${LESSON_HTML}`) return undefined;
      const fresh = !shipped;
      shipped ??= load(this);
      if (fresh) {
        for (const problems of shipped.failed) {
          for (const p of problems) this.warn(`course: ${p.file}${p.field ? ` (${p.field})` : ''}: ${p.message}`);
        }
      }
      if (id === `\0${COURSE_FACTS}`) return shippedCoursesModule(shipped);
      const [{ JSDOM }, { prerenderLessons, prerenderedModule }] = await Promise.all([import('jsdom'), import('./src/renderer/src/lib/lesson-prerender')]);
      const { window } = new JSDOM('');
      try {
        const courses = shipped.courses.map((c) => c.course);
        return prerenderedModule(prerenderLessons(courses, shipped.table, window as unknown as PurifyWindow));
      } finally {
        window.close();
      }
    },
  };
})();

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
    plugins: [svelte({ configFile: false }), devInlineStyles, courseFacts, preloadFont],
    // The import worker loads its PDF and Word readers on first use, which needs module workers.
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default; the shipped bundle is minified, and
      // tests/unit/minified-dates.test.ts proves date extraction does not depend on the names it mangles.
      // DOSSIER_MINIFY=0 keeps names readable for a CPU profile; the shipped build is always minified.
      minify: process.env.DOSSIER_MINIFY !== "0",
      sourcemap: process.env.DOSSIER_SOURCEMAP === "1",
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html') },
        output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } },
      },
    },
  },
});
