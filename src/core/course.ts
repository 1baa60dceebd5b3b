/**
 * A course on disk is a folder: `course.json` (the manifest), one Markdown file per lesson with
 * front matter, and an optional glossary JSON file. `loadCourse` turns the folder's text into a
 * typed `Course`, reporting every problem by file and field instead of stopping at the first.
 */
import * as v from 'valibot';
import { FrontMatterError, parseFrontMatter } from './frontmatter';

/** Where the course's facts come from. */
export interface CourseSource {
  title: string;
  publisher: string;
  /** ISO date (`2017-11-22`). */
  lastModified: string;
  url?: string;
}

/** `course.json`. */
export interface CourseManifest {
  /** A slug (`minusma`). Empty only when the manifest's own id was invalid (see the problems). */
  id: string;
  title: string;
  /** `major.minor.patch`. */
  version: string;
  summary: string;
  /** Absent only when the manifest's own source was invalid (see the problems). */
  source?: CourseSource;
  /** Lesson ids in reading order. */
  lessons: string[];
  /** File name of the glossary, relative to the course folder. */
  glossary?: string;
}

export interface Lesson {
  /** A slug; the lesson's file is named `NN-<id>.md` or `<id>.md`. */
  id: string;
  title: string;
  /** Position in the course, from 1. */
  order: number;
  objectives: string[];
  /** Estimated reading time in whole minutes. */
  minutes: number;
  /** The Markdown after the front matter, exactly as in the file (including `## Key points`). */
  body: string;
  /** The bullets of the body's closing `## Key points` section, as inline Markdown. */
  keyPoints: string[];
  /** The lesson's file name, relative to the course folder. */
  file: string;
}

export interface GlossaryEntry {
  term: string;
  /** Other spellings or expansions that refer to the term; may be empty. */
  aliases: string[];
  definition: string;
}

export interface Course {
  manifest: CourseManifest;
  /** Sorted by `order`. */
  lessons: Lesson[];
  glossary: GlossaryEntry[];
}

/** Something wrong with a course file, said so an author can fix it. */
export interface CourseProblem {
  /** File name relative to the course folder (`03-what-came-before.md`). */
  file: string;
  /** The field at fault: `minutes`, `source.lastModified`, `lessons[2]`, `[4].definition`. */
  field?: string;
  /** 1-based line in the file, when known (front matter syntax errors). */
  line?: number;
  message: string;
}

export interface LoadedCourse {
  /** Null only when `course.json` is missing, is not JSON, or is not a JSON object. */
  course: Course | null;
  problems: CourseProblem[];
}

export const MANIFEST_FILE = 'course.json';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (name: string) =>
  v.pipe(v.string(`${name} must be text`), v.trim(), v.nonEmpty(`${name} must not be empty`));

const slug = (name: string) =>
  v.pipe(
    v.string(`${name} must be text`),
    v.regex(SLUG, `${name} must be lowercase letters, digits and single hyphens, like "what-came-before"`),
  );

const positiveWholeNumber = (name: string) => {
  const message = `${name} must be a positive whole number`;
  return v.pipe(v.number(message), v.integer(message), v.minValue(1, message));
};

const textList = (name: string) =>
  v.pipe(
    v.array(text(`each of ${name}`), `${name} must be a list`),
    v.minLength(1, `${name} must list at least one item`),
  );

const isoDay = (name: string) =>
  v.pipe(
    v.string(`${name} must be text`),
    v.isoDate(`${name} must be a date written YYYY-MM-DD`),
    v.check((value) => isCalendarDay(value), `${name} must be a real calendar date`),
  );

const sourceSchema = v.object(
  {
    title: text('source.title'),
    publisher: text('source.publisher'),
    lastModified: isoDay('source.lastModified'),
    url: v.optional(v.pipe(v.string('source.url must be text'), v.url('source.url must be a URL'))),
  },
  'source must be an object with title, publisher and lastModified',
);

const manifestFields = {
  id: slug('id'),
  title: text('title'),
  version: v.pipe(
    v.string('version must be text'),
    v.regex(/^\d+\.\d+\.\d+$/, 'version must look like 1.0.0'),
  ),
  summary: text('summary'),
  source: sourceSchema,
  lessons: v.pipe(
    v.array(v.unknown(), 'lessons must be a list of lesson ids'),
    v.minLength(1, 'lessons must list at least one lesson id'),
  ),
  glossary: v.optional(text('glossary')),
};

const lessonFields = {
  id: slug('id'),
  title: text('title'),
  order: positiveWholeNumber('order'),
  objectives: textList('objectives'),
  minutes: positiveWholeNumber('minutes'),
};

const glossaryFields = {
  term: text('term'),
  aliases: v.optional(v.array(text('each alias'), 'aliases must be a list'), []),
  definition: text('definition'),
};

/**
 * Loads a course from its files, keyed by file name relative to the course folder
 * (`course.json`, `01-why-minusma-matters.md`, `glossary.json`). Every `.md` file is a lesson.
 * A lesson with a bad front matter field is skipped, as is a bad glossary entry; the rest loads.
 */
export function loadCourse(files: Record<string, string>): LoadedCourse {
  const problems: CourseProblem[] = [];
  const manifest = loadManifest(files, problems);
  if (!manifest) return { course: null, problems };

  const lessons = loadLessons(files, problems);
  checkLessonListing(manifest, lessons, problems);
  if (manifest.lessons.length === 0) manifest.lessons = lessons.map((lesson) => lesson.id);

  const glossary = manifest.glossary === undefined ? [] : loadGlossary(manifest.glossary, files, problems);
  return { course: { manifest, lessons, glossary }, problems };
}

function loadManifest(files: Record<string, string>, problems: CourseProblem[]): CourseManifest | null {
  const file = MANIFEST_FILE;
  const source = files[file];
  if (source === undefined) {
    problems.push({ file, message: `the course has no ${file}` });
    return null;
  }
  const json = parseJson(file, source, problems);
  if (json === undefined) return null;
  if (!isRecord(json)) {
    problems.push({ file, message: `${file} must hold a JSON object` });
    return null;
  }

  const fields = readFields(file, json, manifestFields, problems);
  const lessons: string[] = [];
  (fields.lessons ?? []).forEach((id, index) => {
    const field = `lessons[${index}]`;
    const result = v.safeParse(slug(field), id);
    if (!result.success) problems.push({ file, field, message: firstMessage(result.issues) });
    else if (lessons.includes(result.output)) {
      problems.push({ file, field, message: `lesson "${result.output}" is listed twice` });
    } else lessons.push(result.output);
  });

  const manifest: CourseManifest = {
    id: fields.id ?? '',
    title: fields.title ?? 'Untitled course',
    version: fields.version ?? '0.0.0',
    summary: fields.summary ?? '',
    lessons,
  };
  if (fields.source) manifest.source = fields.source;
  if (fields.glossary !== undefined) manifest.glossary = fields.glossary;
  return manifest;
}

function loadLessons(files: Record<string, string>, problems: CourseProblem[]): Lesson[] {
  const lessons: Lesson[] = [];
  const byId = new Map<string, Lesson>();
  const lessonFiles = Object.keys(files)
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .sort();

  for (const file of lessonFiles) {
    const lesson = loadLesson(file, files[file]!, problems);
    if (!lesson) continue;
    const clash = byId.get(lesson.id);
    if (clash) {
      problems.push({
        file,
        field: 'id',
        message: `id "${lesson.id}" is already used by ${clash.file}; this lesson was skipped`,
      });
      continue;
    }
    byId.set(lesson.id, lesson);
    lessons.push(lesson);
  }

  lessons.sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
  lessons.forEach((lesson, index) => {
    const previous = lessons[index - 1];
    if (previous && previous.order === lesson.order) {
      problems.push({
        file: lesson.file,
        field: 'order',
        message: `order ${lesson.order} is also used by ${previous.file}`,
      });
    }
  });
  return lessons;
}

function loadLesson(file: string, source: string, problems: CourseProblem[]): Lesson | null {
  let parsed;
  try {
    parsed = parseFrontMatter(source);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    problems.push({
      file,
      line: error.line,
      message: `front matter, ${error.message}; this lesson was skipped`,
    });
    return null;
  }
  if (Object.keys(parsed.data).length === 0) {
    problems.push({
      file,
      message: 'the lesson has no front matter (id, title, order, objectives, minutes between --- lines at the top); it was skipped',
    });
    return null;
  }

  const before = problems.length;
  const fields = readFields(file, parsed.data, lessonFields, problems);
  if (problems.length > before || !isComplete(fields, lessonFields)) return null;

  const { id, title, order, objectives, minutes } = fields;
  const baseName = file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  if (baseName !== id && !new RegExp(`^\\d+-${id}$`).test(baseName)) {
    problems.push({ file, field: 'id', message: `id "${id}" does not match the file name; name the file NN-${id}.md` });
  }

  const section = findKeyPoints(parsed.body);
  if (!section.found) {
    problems.push({ file, field: 'keyPoints', message: 'the lesson must end with a "## Key points" section of bullet points' });
  } else if (section.keyPoints.length === 0) {
    problems.push({ file, field: 'keyPoints', message: 'the "## Key points" section has no bullet points' });
  } else if (!section.last) {
    problems.push({ file, field: 'keyPoints', message: 'the "## Key points" section must be the last section of the lesson' });
  }

  return { id, title, order, objectives, minutes, body: parsed.body, keyPoints: section.keyPoints, file };
}

/** Cross-checks the manifest's `lessons` list against the lessons that loaded. */
function checkLessonListing(manifest: CourseManifest, lessons: Lesson[], problems: CourseProblem[]): void {
  if (manifest.lessons.length === 0) return;
  const loaded = new Set(lessons.map((lesson) => lesson.id));
  manifest.lessons.forEach((id, index) => {
    if (!loaded.has(id)) {
      problems.push({
        file: MANIFEST_FILE,
        field: `lessons[${index}]`,
        message: `lesson "${id}" is listed but no lesson with that id loaded`,
      });
    }
  });
  const listed = new Set(manifest.lessons);
  for (const lesson of lessons) {
    if (!listed.has(lesson.id)) {
      problems.push({
        file: lesson.file,
        field: 'id',
        message: `lesson "${lesson.id}" is not listed in ${MANIFEST_FILE} "lessons"`,
      });
    }
  }
  const listedOrder = manifest.lessons.filter((id) => loaded.has(id));
  const actualOrder = lessons.map((lesson) => lesson.id).filter((id) => listed.has(id));
  if (listedOrder.join('\n') !== actualOrder.join('\n')) {
    problems.push({
      file: MANIFEST_FILE,
      field: 'lessons',
      message: `"lessons" lists the lessons in a different order from their "order" fields (${actualOrder.join(', ')})`,
    });
  }
}

function loadGlossary(file: string, files: Record<string, string>, problems: CourseProblem[]): GlossaryEntry[] {
  const source = files[file];
  if (source === undefined) {
    problems.push({ file: MANIFEST_FILE, field: 'glossary', message: `the glossary file "${file}" is missing` });
    return [];
  }
  const json = parseJson(file, source, problems);
  if (json === undefined) return [];
  if (!Array.isArray(json)) {
    problems.push({ file, message: 'the glossary must be a JSON list of entries' });
    return [];
  }

  const entries: GlossaryEntry[] = [];
  const owners = new Map<string, string>();
  json.forEach((raw, index) => {
    const prefix = `[${index}]`;
    if (!isRecord(raw)) {
      problems.push({ file, field: prefix, message: 'each glossary entry must be an object with term and definition; this entry was skipped' });
      return;
    }
    const before = problems.length;
    const fields = readFields(file, raw, glossaryFields, problems, prefix);
    if (problems.length > before || !isComplete(fields, glossaryFields)) return;

    const names = [fields.term, ...fields.aliases];
    const taken = names.find((name) => owners.has(name.toLowerCase()));
    if (taken !== undefined) {
      problems.push({
        file,
        field: `${prefix}.term`,
        message: `"${taken}" is already defined by the entry "${owners.get(taken.toLowerCase())}"; this entry was skipped`,
      });
      return;
    }
    for (const name of names) owners.set(name.toLowerCase(), fields.term);
    entries.push({ term: fields.term, aliases: fields.aliases, definition: fields.definition });
  });
  return entries;
}

type Schemas = Record<string, v.GenericSchema<unknown, unknown>>;
type Outputs<S extends Schemas> = { [K in keyof S]?: v.InferOutput<S[K]> };

/**
 * Validates each field on its own so one bad field does not hide another, and so a missing field
 * says "missing" rather than valibot's generic object message.
 */
function readFields<S extends Schemas>(
  file: string,
  data: Record<string, unknown>,
  schemas: S,
  problems: CourseProblem[],
  prefix?: string,
): Outputs<S> {
  const output: Outputs<S> = {};
  for (const key of Object.keys(schemas) as (keyof S & string)[]) {
    const field = prefix ? `${prefix}.${key}` : key;
    const value = Object.hasOwn(data, key) ? data[key] : undefined;
    const result = v.safeParse(schemas[key]!, value);
    if (result.success) {
      output[key] = result.output as v.InferOutput<S[typeof key]>;
      continue;
    }
    const issue = result.issues[0];
    const path = issue.path?.map((item) => item.key).filter((item) => item !== undefined) ?? [];
    problems.push({
      file,
      field: nestedField(field, path),
      message: value === undefined ? `${key} is missing` : issue.message,
    });
  }
  return output;
}

function isComplete<S extends Schemas>(
  fields: Outputs<S>,
  schemas: S,
): fields is { [K in keyof S]: v.InferOutput<S[K]> } {
  return Object.keys(schemas).every((key) => key in fields);
}

function nestedField(field: string, path: unknown[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : `${name}.${String(key)}`),
    field,
  );
}

function firstMessage(issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  return issues[0].message;
}

function parseJson(file: string, source: string, problems: CourseProblem[]): unknown {
  try {
    return JSON.parse(source.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.push({ file, message: `${file} is not valid JSON (${detail})` });
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const FENCE = /^ {0,3}(```|~~~)/;

interface KeyPointsSection {
  found: boolean;
  keyPoints: string[];
  /** No heading follows the section. */
  last: boolean;
}

/** Reads the bullets of the `## Key points` section; indented lines continue the bullet above. */
function findKeyPoints(body: string): KeyPointsSection {
  const keyPoints: string[] = [];
  let found = false;
  let inSection = false;
  let last = true;
  let fence: string | null = null;

  for (const line of body.split(/\r\n|\n|\r/)) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      fence = fence === null ? fenceMatch[1]! : fence === fenceMatch[1] ? null : fence;
      continue;
    }
    if (fence !== null) continue;

    const heading = HEADING.exec(line);
    if (heading) {
      const isKeyPoints = heading[1] === '##' && heading[2]!.trim().toLowerCase() === 'key points';
      if (found) last = false;
      inSection = isKeyPoints && !found;
      if (isKeyPoints) found = true;
      continue;
    }
    if (!inSection) continue;

    const bullet = BULLET.exec(line);
    if (bullet) {
      keyPoints.push(bullet[1]!.trim());
    } else if (/^\s+\S/.test(line) && keyPoints.length > 0) {
      keyPoints[keyPoints.length - 1] += ` ${line.trim()}`;
    }
  }
  return { found, keyPoints: keyPoints.filter((point) => point !== ''), last };
}
