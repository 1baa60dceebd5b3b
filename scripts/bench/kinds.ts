// What the word kinds (names, acronyms, lists, terms, which came first) cost the start-up path, in
// the app as built (`out/renderer`, built by index.ts):
//   word-kind code in the initial JS   which of their modules the entry script and its modulepreloads
//                                       carry (each found by a string only it holds), and their weight
//                                       gzipped, built alone with the same toolchain;
//   word facts at start-up              how many of the bundled courses' lessons and glossaries the app
//                                       would work out when it starts (those the build-time table lacks),
//                                       and what working them all out costs, which the table saves.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { loadCourse, type Course } from '../../src/core/course';
import { courseFacts, courseFactsTable } from '../../src/core/course-facts';

const ROOT = resolve(__dirname, '../..');

/** Each word-kind module with a string that survives minification and stands in no other module. */
const MODULES: { file: string; marker: string }[] = [
  { file: 'names.ts', marker: 'Special Representative' },
  { file: 'acronyms.ts', marker: String.raw`short\s+for` },
  { file: 'lists.ts', marker: 'key points|summary|contents' },
  // Not `:term:`, which also stands in the fact ids of the build-time table (data, not the module).
  { file: 'terms.ts', marker: '(?<![\\\\p{L}\\\\p{N}])(?:${' },
  { file: 'gazetteer.ts', marker: 'Mopti|Timbuktu' },
  { file: 'kinds.ts', marker: 'notes and references' },
  { file: 'questions-kinds.ts', marker: 'fills the gap' },
  { file: 'lint-kinds.ts', marker: 'is a generic word' },
  { file: 'event-phrase.ts', marker: 'overseeing' },
];

/** The scripts a page loads before anything else: its entry and its modulepreloads. */
function initialScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] as string);
  return srcs.map((src) => readFileSync(join(outDir, src), 'utf8'));
}

/** The gzipped weight of some core modules built alone, minified, everything else left out. */
async function weight(files: readonly string[]): Promise<number> {
  if (files.length === 0) return 0;
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'out/bench-kinds-'));
  try {
    const core = resolve(ROOT, 'src/core');
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, files.map((f, i) => `export * as m${i} from ${JSON.stringify(join(core, f))};`).join('\n'));
    const own = new Set(files.map((f) => join(core, f)));
    const output = (await build({
      configFile: false,
      logLevel: 'error',
      build: {
        write: false,
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'kinds' },
        rollupOptions: {
          // Only the word-kind modules count: what they share with the rest of the engine is left out.
          external: (id, importer) => importer !== undefined && !own.has(resolve(importer, '..', id).replace(/(?<!\.ts)$/, '.ts')) && !own.has(id),
        },
      },
    })) as { output: { code?: string }[] }[] | { output: { code?: string }[] };
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
    return chunks.reduce((n, c) => n + (c.code ? gzipSync(c.code).length : 0), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function bundledCourses(): Course[] {
  const root = join(ROOT, 'resources/courses');
  const out: Course[] = [];
  for (const folder of readdirSync(root)) {
    const files: Record<string, string> = {};
    for (const f of readdirSync(join(root, folder))) if (/\.(md|json)$/.test(f)) files[f] = readFileSync(join(root, folder, f), 'utf8');
    const { course } = loadCourse(files);
    if (course) out.push(course);
  }
  return out;
}

export async function run(): Promise<void> {
  const scripts = initialScripts(join(ROOT, 'out/renderer'));
  const present = MODULES.filter((m) => scripts.some((s) => s.includes(m.marker))).map((m) => m.file);
  const kb = (await weight(present)) / 1024;
  console.log(
    `kinds  word-kind code in the initial JS: ${present.length} of ${MODULES.length} modules${present.length ? ` (${present.join(', ')})` : ''}, ` +
      `${kb.toFixed(1)} KB gzipped (target 0: ${present.length === 0 ? 'met' : 'MISSED'})`,
  );

  // The table the build makes is the one the app reads: a lesson is worked out at start-up only when
  // its text's hash is not in it. Timing every lesson's extraction says what the table saves.
  const courses = bundledCourses();
  const table = courseFactsTable(courses);
  let entries = 0;
  let missing = 0;
  for (const course of courses) {
    const stored = table[course.manifest.id] ?? {};
    entries += course.lessons.length + 1;
    missing += course.lessons.filter((l) => !stored[l.id]).length + (stored['#glossary'] ? 0 : 1);
  }
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    for (const course of courses) courseFacts(course, {});
    times.push(performance.now() - t);
  }
  const median = [...times].sort((a, b) => a - b)[2] as number;
  console.log(`kinds  word facts worked out at start-up: ${missing} of ${entries} lessons and glossaries (build-time table); working out every lesson's numbers and words would take ${median.toFixed(1)} ms here (target 0: ${missing === 0 ? 'met' : 'MISSED'})`);
}
