// Checks the shipped MINUSMA course against its source briefing:
// - it loads with no problems: six lessons in order, each with objectives and key points; the first
//   five follow the 2017 briefing, the sixth (how the mission ended in 2023) is ours, from the record;
// - it says the material is dated (as of November 2017) on its card and in lesson 1;
// - the glossary defines the terms the lessons rely on;
// - no lesson, nor the glossary, shares a run of 12 or more words with the source (our own words);
// - every fact of the source is taught, with the values the quiz extractor looks for;
// - the lessons add no numbers the source does not have.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/core/course';
import { longestSharedRun } from '../../src/core/text-overlap';

const courseDir = path.resolve(__dirname, '../../resources/courses/minusma');
const seedPath = path.resolve(__dirname, '../fixtures/seed/minusma-briefing.txt');

const files = Object.fromEntries(
  readdirSync(courseDir).map((name) => [name, readFileSync(path.join(courseDir, name), 'utf8')]),
);
const seed = readFileSync(seedPath, 'utf8');
const { course, problems } = loadCourse(files);
const lessons = course?.lessons ?? [];
/** The closing lesson tells what happened after the briefing: its figures and dates are not the briefing's. */
const CLOSING = 'how-it-ended';
const lessonText = lessons
  .filter((lesson) => lesson.id !== CLOSING)
  .map((lesson) => [lesson.title, ...lesson.objectives, lesson.body].join('\n'))
  .join('\n\n');

/** The longest run we allow; 12 words would count as copying. */
const MAX_SHARED_RUN = 11;

describe('the MINUSMA course', () => {
  it('loads without problems', () => {
    expect(problems).toEqual([]);
    expect(course).not.toBeNull();
  });

  it('has six lessons in order, matching the manifest', () => {
    expect(lessons.map((lesson) => lesson.id)).toEqual([
      'why-minusma-matters',
      'creating-the-mission',
      'what-came-before',
      'forces-and-footprint',
      'roots-of-the-crisis',
      'how-it-ended',
    ]);
    expect(lessons.map((lesson) => lesson.order)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(course?.manifest.lessons).toEqual(lessons.map((lesson) => lesson.id));
    expect(lessons.map((lesson) => lesson.file)).toEqual([
      '01-why-minusma-matters.md',
      '02-creating-the-mission.md',
      '03-what-came-before.md',
      '04-forces-and-footprint.md',
      '05-roots-of-the-crisis.md',
      '06-how-it-ended.md',
    ]);
  });

  it('is dated: the course card and lesson 1 say it describes the mission as of November 2017', () => {
    expect(course?.manifest.summary).toContain('as of November 2017');
    expect(lessons[0]?.body).toContain('as it stood in November 2017');
    // No present tense about a mission that has ended.
    expect(lessons[0]?.body).not.toMatch(/MINUSMA is the deadliest|It is a peace operation/);
  });

  it('names its source', () => {
    expect(course?.manifest).toMatchObject({ id: 'minusma', version: '1.0.0' });
    expect(course?.manifest.source?.lastModified).toBe('2017-11-22');
  });

  it.each(lessons.map((lesson) => [lesson.id, lesson] as const))(
    '%s has objectives, key points and a plausible reading time',
    (_, lesson) => {
      expect(lesson.objectives.length).toBeGreaterThan(0);
      expect(lesson.keyPoints.length).toBeGreaterThan(0);
      expect(lesson.body.trimEnd()).toMatch(/## Key points\n(?:\n|- .*\n?)+$/);
      const words = lesson.body.split(/\s+/).filter(Boolean).length;
      expect(lesson.minutes).toBeGreaterThanOrEqual(Math.floor(words / 250) || 1);
      expect(lesson.minutes).toBeLessThanOrEqual(Math.ceil(words / 100));
    },
  );

  it('has a glossary entry for every term the lessons rely on', () => {
    const terms = (course?.glossary ?? []).map((entry) => entry.term);
    expect(terms).toEqual(
      expect.arrayContaining([
        'MINUSMA',
        'AFISMA',
        'UNOM',
        'Security Council resolution',
        'rules of engagement',
        'protection of civilians',
        'asymmetric threats',
        'formed police unit',
        'individual police officer',
        'reserve battalion',
        'mandate',
        'State authority',
        'Secretary-General',
        'peacekeeping operation',
        'lines of communication',
        'displaced persons',
        'logistics base',
        'subsumed',
        'contingent',
      ]),
    );
  });
});

describe('the course is written in its own words', () => {
  it.each(Object.keys(files).sort())('%s shares no run of 12 or more words with the source', (name) => {
    const run = longestSharedRun(files[name]!, seed);
    expect(run.length, `shared run: "${run.words.join(' ')}"`).toBeLessThanOrEqual(MAX_SHARED_RUN);
  });

  it('no glossary definition shares a long run with the source', () => {
    for (const entry of course?.glossary ?? []) {
      const run = longestSharedRun(entry.definition, seed);
      expect(run.length, `${entry.term}: "${run.words.join(' ')}"`).toBeLessThanOrEqual(MAX_SHARED_RUN);
    }
  });

  it('the check itself catches a copied sentence', () => {
    const copied = 'The Mission would operate under robust rules of engagement with a mandate to use all necessary means.';
    expect(longestSharedRun(copied, seed).length).toBeGreaterThanOrEqual(12);
  });
});

describe('every fact of the source is taught', () => {
  const lessonById = (id: string) => lessons.find((lesson) => lesson.id === id)?.body ?? '';

  // Grouped by the lesson that teaches them; each string must appear in that lesson as written.
  const facts: Record<string, string[]> = {
    'why-minusma-matters': [
      'United Nations Multidimensional Integrated Stabilization Mission in Mali',
      '118 peacekeepers',
      'four years',
      'deadliest ongoing',
      '16 active',
      'asymmetric threats',
      'deter and counter',
      'terrorist groups',
      "mission's work",
      'civilians',
    ],
    'creating-the-mission': [
      'Security Council',
      'resolution 2100',
      '25 April 2013',
      'mandate',
      'political process',
      'major population centres',
      'lines of communication',
      'protect civilians',
      'monitor human rights',
      'humanitarian assistance',
      'displaced persons',
      'authority of the State',
      'free, inclusive and peaceful',
      'robust rules of engagement',
      'all necessary means',
      'imminent threat of physical violence',
      'United Nations personnel from residual threats',
      'capabilities',
      'areas where it was deployed',
      'Malian defence and security forces',
      'French forces',
      'imminent and serious threat',
      'Secretary-General',
    ],
    'what-came-before': [
      'United Nations Office in Mali',
      'UNOM',
      'resolution 2085',
      '20 December 2012',
      'subsumed into MINUSMA',
      'resolution 2100',
      'African-led International Support Mission in Mali',
      'AFISMA',
      '1 July 2013',
      'further review',
      'security situation',
      'area of operations',
    ],
    'forces-and-footprint': [
      'up to 11,200 military personnel',
      'reserve battalions',
      'quickly',
      '1,440 police',
      'formed police units',
      'individual police officers',
      'north',
      'substantive and support',
      'logistics base',
      'Gao',
      'Sévaré',
      'light presence',
      'Bamako',
      '395',
      'Chinese',
      'the end of May 2017',
      'West Africa',
      'two batches',
      'one year',
      'military engineers, security personnel and medical staff',
      'fifth',
    ],
    'how-it-ended': ['resolution 2690', '30 June 2023', 'terminated', "MINUSMA's mandate", '31 December 2023', 'cease', 'withdraw', '1 January 2024', 'liquidation'],
    'roots-of-the-crisis': [
      'crisis',
      'political',
      'security',
      'social and economic',
      'humanitarian',
      'human rights',
      'structural',
      'weak State institutions',
      'ineffective governance',
      'fragile social cohesion',
      'communities in the north',
      'neglected',
      'marginalised',
      'unfairly',
      'central Government',
      'civil society',
      'vibrant',
      'dependent on outside support',
      'environmental degradation',
      'climate change',
      'economic shocks',
      'corruption',
      'nepotism',
      'abuse of power',
      'internal strife',
      'capacity of the national army',
    ],
  };

  it.each(Object.entries(facts))('%s teaches its facts', (id, expected) => {
    const body = lessonById(id);
    const missing = expected.filter((fact) => !body.includes(fact));
    expect(missing).toEqual([]);
  });

  it('the figures and dates the quiz extracts appear in the course with the source values', () => {
    for (const value of ['118', '16', '395', '2100', '2085', '11,200', '1,440', '25 April 2013', '20 December 2012', '1 July 2013', 'May 2017']) {
      expect(seed, value).toContain(value);
      expect(lessonText, value).toContain(value);
    }
  });

  it('adds no number that is not in the source', () => {
    const seedNumbers = new Set(seed.match(/\d[\d,]*\d|\d/g));
    const courseNumbers = lessonText.match(/\d[\d,]*\d|\d/g) ?? [];
    expect(courseNumbers.filter((value) => !seedNumbers.has(value))).toEqual([]);
  });

  it('uses number words only for the source figures written in words', () => {
    const numberWord =
      /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|single|double|twice|half|dozens?|hundreds?|thousands?)\b(?:\s+\w+)?/gi;
    const allowed = /^(?:four years|two batches|one year|fifth.*)$/i;
    const found = lessonText.match(numberWord) ?? [];
    expect(found.filter((phrase) => !allowed.test(phrase))).toEqual([]);
  });
});
