import { describe, expect, it } from 'vitest';
import { buildCourse, findDocumentDate, glossaryOf } from './build';

describe('building a course', () => {
  it('finds acronyms defined as Long Name (ACR), including ones that skip a word', () => {
    const g = glossaryOf('The United Nations Peacekeeping Force in Cyprus (UNFICYP) works with the Committee on Missing Persons (CMP) and the United Nations Police (UNPOL). It met in 1964 (ABC).');
    expect(g.map((e) => [e.term, e.aliases[0]])).toEqual([
      ['CMP', 'Committee on Missing Persons'],
      ['UNFICYP', 'United Nations Peacekeeping Force in Cyprus'],
      ['UNPOL', 'United Nations Police'],
    ]);
  });

  it('reads the date a page gives itself', () => {
    expect(findDocumentDate('Text.\nPage last modified: 14 March 2024')).toBe('2024-03-14');
    expect(findDocumentDate('Published 2023-05-02.')).toBe('2023-05-02');
    expect(findDocumentDate('No date here.')).toBeUndefined();
  });

  it('makes a course with key points from the sentences carrying most facts', () => {
    const md = '# Title\n\n## One\n\nThe Council adopted resolution 186 (1964) on 4 March 1964. The weather was fine that spring in the capital city. More than 6,000 troops served in the first months of the operation.';
    const { course, factCount } = buildCourse({ fileName: 'x.md', markdown: md }, { now: Date.UTC(2026, 0, 1) });
    expect(course.manifest.title).toBe('Title');
    expect(factCount).toBeGreaterThan(1);
    const lesson = course.lessons[0]!;
    expect(lesson.keyPoints[0]).toContain('resolution 186');
    expect(lesson.body).toMatch(/\n## Key points\n\n- /);
    expect(lesson.keyPoints.join(' ')).not.toContain('weather');
  });

  it('still makes a course from a document with no fact', () => {
    const { course, factCount } = buildCourse({ fileName: 'notes.txt', markdown: 'Peacekeepers listen before they act. They talk with everyone in the village.' }, { now: 0 });
    expect(factCount).toBe(0);
    expect(course.manifest.title).toBe('Notes');
    expect(course.lessons[0]!.keyPoints.length).toBeGreaterThan(0);
  });
});
