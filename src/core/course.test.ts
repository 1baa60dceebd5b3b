import { describe, expect, it } from 'vitest';
import { loadCourse, type CourseProblem } from './course';

const manifest = {
  id: 'demo',
  title: 'Demo course',
  version: '1.0.0',
  summary: 'A small course for tests.',
  source: { title: 'A briefing', publisher: 'public web page', lastModified: '2017-11-22' },
  lessons: ['alpha', 'beta', 'gamma'],
  glossary: 'glossary.json',
};

function lesson(fields: Record<string, string>, body = 'Text.\n\n## Key points\n\n- A point.\n'): string {
  const defaults: Record<string, string> = {
    title: 'A lesson',
    objectives: '\n  - Learn something',
    minutes: '2',
  };
  const lines = Object.entries({ ...defaults, ...fields }).map(([key, value]) =>
    value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`,
  );
  return ['---', ...lines, '---', body].join('\n');
}

const glossary = [
  { term: 'UNOM', aliases: ['United Nations Office in Mali'], definition: 'A UN office.' },
  { term: 'mandate', definition: 'The tasks of a mission.' },
];

function courseFiles(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const files: Record<string, string | undefined> = {
    'course.json': JSON.stringify(manifest),
    // Listed out of order on purpose: lessons are sorted by their `order` field.
    '03-gamma.md': lesson({ id: 'gamma', order: '3' }),
    '01-alpha.md': lesson(
      { id: 'alpha', order: '1', title: 'Alpha', objectives: '\n  - Know A\n  - Know B', minutes: '4' },
      'Intro.\n\n## Background\n\nMore.\n\n## Key points\n\n- First point\n  continues here.\n* Second point\n\n',
    ),
    '02-beta.md': lesson({ id: 'beta', order: '2', objectives: '[One, "Two, three"]' }),
    'glossary.json': JSON.stringify(glossary),
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

const ids = (files: Record<string, string>) => loadCourse(files).course?.lessons.map((item) => item.id);

describe('loadCourse with a valid course', () => {
  const { course, problems } = loadCourse(courseFiles());

  it('reports no problems', () => {
    expect(problems).toEqual([]);
  });

  it('reads the manifest', () => {
    expect(course?.manifest).toEqual(manifest);
  });

  it('sorts lessons by order and reads their front matter', () => {
    expect(course?.lessons.map((item) => item.id)).toEqual(['alpha', 'beta', 'gamma']);
    const alpha = course!.lessons[0]!;
    expect(alpha).toMatchObject({
      id: 'alpha',
      title: 'Alpha',
      order: 1,
      objectives: ['Know A', 'Know B'],
      minutes: 4,
      file: '01-alpha.md',
    });
    expect(course!.lessons[1]!.objectives).toEqual(['One', 'Two, three']);
  });

  it('keeps the whole body, key points included, and extracts the key points', () => {
    const alpha = course!.lessons[0]!;
    expect(alpha.body).toBe('Intro.\n\n## Background\n\nMore.\n\n## Key points\n\n- First point\n  continues here.\n* Second point\n\n');
    expect(alpha.keyPoints).toEqual(['First point continues here.', 'Second point']);
  });

  it('reads the glossary and gives entries without aliases an empty list', () => {
    expect(course?.glossary).toEqual([
      { term: 'UNOM', aliases: ['United Nations Office in Mali'], definition: 'A UN office.' },
      { term: 'mandate', aliases: [], definition: 'The tasks of a mission.' },
    ]);
  });
});

describe('loadCourse with a broken manifest', () => {
  it('returns no course when course.json is missing', () => {
    const result = loadCourse(courseFiles({ 'course.json': undefined }));
    expect(result.course).toBeNull();
    expect(result.problems).toEqual([{ file: 'course.json', message: 'the course has no course.json' }]);
  });

  it('returns no course when course.json is not JSON', () => {
    const result = loadCourse(courseFiles({ 'course.json': '{ "id": "demo", ' }));
    expect(result.course).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'course.json' });
    expect(result.problems[0]!.message).toMatch(/^course\.json is not valid JSON/);
  });

  it('returns no course when course.json is not an object', () => {
    const result = loadCourse(courseFiles({ 'course.json': '["alpha"]' }));
    expect(result.course).toBeNull();
    expect(result.problems).toEqual([{ file: 'course.json', message: 'course.json must hold a JSON object' }]);
  });

  it('reports bad manifest fields by name and still loads the lessons and glossary', () => {
    const broken = {
      ...manifest,
      version: '1.0',
      summary: '   ',
      source: { ...manifest.source, lastModified: '22-11-2017' },
      lessons: ['alpha', 'Beta Lesson', 'gamma', 'alpha'],
    };
    const { course, problems } = loadCourse(courseFiles({ 'course.json': JSON.stringify(broken) }));
    expect(problems).toEqual<CourseProblem[]>([
      { file: 'course.json', field: 'version', message: 'version must look like 1.0.0' },
      { file: 'course.json', field: 'summary', message: 'summary must not be empty' },
      { file: 'course.json', field: 'source.lastModified', message: 'source.lastModified must be a date written YYYY-MM-DD' },
      {
        file: 'course.json',
        field: 'lessons[1]',
        message: 'lessons[1] must be lowercase letters, digits and single hyphens, like "what-came-before"',
      },
      { file: 'course.json', field: 'lessons[3]', message: 'lesson "alpha" is listed twice' },
      { file: '02-beta.md', field: 'id', message: 'lesson "beta" is not listed in course.json "lessons"' },
    ]);
    expect(course?.manifest).toMatchObject({ id: 'demo', version: '0.0.0', summary: '', lessons: ['alpha', 'gamma'] });
    expect(course?.manifest.source).toBeUndefined();
    expect(course?.lessons).toHaveLength(3);
    expect(course?.glossary).toHaveLength(2);
  });

  it('reports a missing required field as missing', () => {
    const { id: _id, ...withoutId } = manifest;
    const { course, problems } = loadCourse(courseFiles({ 'course.json': JSON.stringify(withoutId) }));
    expect(problems).toEqual([{ file: 'course.json', field: 'id', message: 'id is missing' }]);
    expect(course?.manifest.id).toBe('');
  });

  it('rejects a date that does not exist', () => {
    const broken = { ...manifest, source: { ...manifest.source, lastModified: '2017-02-30' } };
    const { problems } = loadCourse(courseFiles({ 'course.json': JSON.stringify(broken) }));
    expect(problems).toEqual([
      { file: 'course.json', field: 'source.lastModified', message: 'source.lastModified must be a real calendar date' },
    ]);
  });

  it('falls back to the loaded lessons when the lessons list is unusable', () => {
    const { course, problems } = loadCourse(
      courseFiles({ 'course.json': JSON.stringify({ ...manifest, lessons: 'alpha, beta' }) }),
    );
    expect(problems).toEqual([{ file: 'course.json', field: 'lessons', message: 'lessons must be a list of lesson ids' }]);
    expect(course?.manifest.lessons).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('reports lessons listed in a different order from their order fields', () => {
    const reordered = { ...manifest, lessons: ['beta', 'alpha', 'gamma'] };
    const { course, problems } = loadCourse(courseFiles({ 'course.json': JSON.stringify(reordered) }));
    expect(problems).toEqual([
      {
        file: 'course.json',
        field: 'lessons',
        message: '"lessons" lists the lessons in a different order from their "order" fields (alpha, beta, gamma)',
      },
    ]);
    expect(course?.lessons).toHaveLength(3);
  });
});

describe('loadCourse with a broken lesson', () => {
  it('reports a bad minutes field by file and field, skips the lesson and loads the rest', () => {
    const { course, problems } = loadCourse(courseFiles({ '02-beta.md': lesson({ id: 'beta', order: '2', minutes: 'five' }) }));
    expect(problems).toEqual([
      { file: '02-beta.md', field: 'minutes', message: 'minutes must be a positive whole number' },
      { file: 'course.json', field: 'lessons[1]', message: 'lesson "beta" is listed but no lesson with that id loaded' },
    ]);
    expect(course?.lessons.map((item) => item.id)).toEqual(['alpha', 'gamma']);
    expect(course?.glossary).toHaveLength(2);
  });

  it.each([
    ['minutes', { minutes: '0' }, 'minutes must be a positive whole number'],
    ['minutes', { minutes: '2.5' }, 'minutes must be a positive whole number'],
    ['order', { order: '-1' }, 'order must be a positive whole number'],
    ['objectives', { objectives: 'Learn it all' }, 'objectives must be a list'],
    ['objectives', { objectives: '[]' }, 'objectives must list at least one item'],
    ['objectives', { objectives: '' }, 'objectives must be a list'],
    ['objectives[1]', { objectives: '[ok, "  "]' }, 'each of objectives must not be empty'],
    ['title', { title: '7' }, 'title must be text'],
    ['id', { id: 'Beta_Lesson' }, 'id must be lowercase letters, digits and single hyphens, like "what-came-before"'],
  ])('reports %s in %j', (field, fields, message) => {
    const files = courseFiles({ '02-beta.md': lesson({ id: 'beta', order: '2', ...fields }) });
    expect(loadCourse(files).problems).toContainEqual({ file: '02-beta.md', field, message });
    expect(ids(files)).toEqual(['alpha', 'gamma']);
  });

  it('reports every bad field of a lesson, not only the first', () => {
    const source = '---\nid: beta\norder: 2\n---\nText.\n\n## Key points\n\n- A point.\n';
    const { problems } = loadCourse(courseFiles({ '02-beta.md': source }));
    expect(problems.filter((problem) => problem.file === '02-beta.md')).toEqual([
      { file: '02-beta.md', field: 'title', message: 'title is missing' },
      { file: '02-beta.md', field: 'objectives', message: 'objectives is missing' },
      { file: '02-beta.md', field: 'minutes', message: 'minutes is missing' },
    ]);
  });

  it('reports malformed front matter with its line and skips the lesson', () => {
    const source = '---\nid: beta\norder: 2\ntitle "Beta"\n---\nText.\n';
    const { course, problems } = loadCourse(courseFiles({ '02-beta.md': source }));
    expect(problems[0]).toEqual({
      file: '02-beta.md',
      line: 4,
      message: 'front matter, line 4: expected "key: value" but found "title "Beta""; this lesson was skipped',
    });
    expect(course?.lessons.map((item) => item.id)).toEqual(['alpha', 'gamma']);
  });

  it('reports a lesson without front matter', () => {
    const { problems } = loadCourse(courseFiles({ '02-beta.md': '# Beta\n\nNo front matter here.\n' }));
    expect(problems[0]).toMatchObject({ file: '02-beta.md' });
    expect(problems[0]!.message).toMatch(/has no front matter/);
  });

  it('skips a lesson whose id is already taken', () => {
    const { course, problems } = loadCourse(courseFiles({ '04-alpha.md': lesson({ id: 'alpha', order: '4' }) }));
    expect(problems).toEqual([
      { file: '04-alpha.md', field: 'id', message: 'id "alpha" is already used by 01-alpha.md; this lesson was skipped' },
    ]);
    expect(course?.lessons).toHaveLength(3);
  });

  it('reports two lessons with the same order but loads both', () => {
    const { course, problems } = loadCourse(courseFiles({ '03-gamma.md': lesson({ id: 'gamma', order: '2' }) }));
    expect(problems).toContainEqual({ file: '03-gamma.md', field: 'order', message: 'order 2 is also used by 02-beta.md' });
    expect(course?.lessons.map((item) => item.id)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('reports an id that does not match the file name but loads the lesson', () => {
    const { course, problems } = loadCourse(
      courseFiles({ '03-gamma.md': undefined, '03-gamma-old.md': lesson({ id: 'gamma', order: '3' }) }),
    );
    expect(problems).toEqual([
      { file: '03-gamma-old.md', field: 'id', message: 'id "gamma" does not match the file name; name the file NN-gamma.md' },
    ]);
    expect(course?.lessons).toHaveLength(3);
  });

  it('loads a lesson missing from the manifest and says so', () => {
    const { course, problems } = loadCourse(courseFiles({ '04-delta.md': lesson({ id: 'delta', order: '4' }) }));
    expect(problems).toEqual([
      { file: '04-delta.md', field: 'id', message: 'lesson "delta" is not listed in course.json "lessons"' },
    ]);
    expect(course?.lessons.map((item) => item.id)).toEqual(['alpha', 'beta', 'gamma', 'delta']);
  });
});

describe('loadCourse key points', () => {
  const withBody = (body: string) => courseFiles({ '03-gamma.md': lesson({ id: 'gamma', order: '3' }, body) });

  it('reports a lesson without a Key points section and loads it with none', () => {
    const { course, problems } = loadCourse(withBody('Just text.\n'));
    expect(problems).toEqual([
      { file: '03-gamma.md', field: 'keyPoints', message: 'the lesson must end with a "## Key points" section of bullet points' },
    ]);
    expect(course?.lessons[2]?.keyPoints).toEqual([]);
  });

  it('reports a Key points section with no bullets', () => {
    const { problems } = loadCourse(withBody('Text.\n\n## Key points\n\nA paragraph, not a list.\n'));
    expect(problems).toEqual([
      { file: '03-gamma.md', field: 'keyPoints', message: 'the "## Key points" section has no bullet points' },
    ]);
  });

  it('reports a Key points section that is not the last section', () => {
    const { course, problems } = loadCourse(withBody('## Key points\n\n- A point.\n\n## More\n\n- Not a key point.\n'));
    expect(problems).toEqual([
      { file: '03-gamma.md', field: 'keyPoints', message: 'the "## Key points" section must be the last section of the lesson' },
    ]);
    expect(course?.lessons[2]?.keyPoints).toEqual(['A point.']);
  });

  it('ignores headings inside fenced code and accepts a closing-hash heading', () => {
    const body = 'Text.\n\n```\n## Key points\n- not this\n```\n\n## Key Points ##\n\n+ The real point\n';
    const { course, problems } = loadCourse(withBody(body));
    expect(problems).toEqual([]);
    expect(course?.lessons[2]?.keyPoints).toEqual(['The real point']);
  });
});

describe('loadCourse with a broken glossary', () => {
  it('skips a bad entry, reporting it by index and field, and keeps the rest', () => {
    const entries = [glossary[0], { term: 'AFISMA', definition: '' }, { term: 'AFISMA', aliases: 'x', definition: 'y' }, glossary[1]];
    const { course, problems } = loadCourse(courseFiles({ 'glossary.json': JSON.stringify(entries) }));
    expect(problems).toEqual([
      { file: 'glossary.json', field: '[1].definition', message: 'definition must not be empty' },
      { file: 'glossary.json', field: '[2].aliases', message: 'aliases must be a list' },
    ]);
    expect(course?.glossary.map((entry) => entry.term)).toEqual(['UNOM', 'mandate']);
    expect(course?.lessons).toHaveLength(3);
  });

  it('reports an entry that is not an object', () => {
    const { course, problems } = loadCourse(courseFiles({ 'glossary.json': JSON.stringify(['UNOM', glossary[1]]) }));
    expect(problems[0]).toMatchObject({ file: 'glossary.json', field: '[0]' });
    expect(course?.glossary).toHaveLength(1);
  });

  it('skips an entry whose term or alias is already defined, ignoring case', () => {
    const entries = [...glossary, { term: 'united nations office in mali', definition: 'Again.' }];
    const { course, problems } = loadCourse(courseFiles({ 'glossary.json': JSON.stringify(entries) }));
    expect(problems).toEqual([
      {
        file: 'glossary.json',
        field: '[2].term',
        message: '"united nations office in mali" is already defined by the entry "UNOM"; this entry was skipped',
      },
    ]);
    expect(course?.glossary).toHaveLength(2);
  });

  it('reports a glossary that is not a list, and still loads the lessons', () => {
    const { course, problems } = loadCourse(courseFiles({ 'glossary.json': '{"UNOM": "A UN office."}' }));
    expect(problems).toEqual([{ file: 'glossary.json', message: 'the glossary must be a JSON list of entries' }]);
    expect(course?.glossary).toEqual([]);
    expect(course?.lessons).toHaveLength(3);
  });

  it('reports a glossary that is not JSON', () => {
    const { course, problems } = loadCourse(courseFiles({ 'glossary.json': '[{' }));
    expect(problems[0]).toMatchObject({ file: 'glossary.json' });
    expect(problems[0]!.message).toMatch(/^glossary\.json is not valid JSON/);
    expect(course?.glossary).toEqual([]);
  });

  it('reports a glossary file named in the manifest but absent', () => {
    const { course, problems } = loadCourse(courseFiles({ 'glossary.json': undefined }));
    expect(problems).toEqual([
      { file: 'course.json', field: 'glossary', message: 'the glossary file "glossary.json" is missing' },
    ]);
    expect(course?.glossary).toEqual([]);
  });

  it('loads no glossary when the manifest names none', () => {
    const { glossary: _glossary, ...withoutGlossary } = manifest;
    const { course, problems } = loadCourse(courseFiles({ 'course.json': JSON.stringify(withoutGlossary) }));
    expect(problems).toEqual([]);
    expect(course?.glossary).toEqual([]);
  });
});
