import { describe, expect, it } from 'vitest';
import { MAX_WORDS, MIN_WORDS, splitLessons, wordCount } from './split';

const para = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `The ${topic} ${['report', 'mission', 'council', 'budget'][i % 4]} sentence number ${i} says something.`).join(' ');

describe('lesson splitting', () => {
  it('takes a lone top heading as the title and splits at the next level', () => {
    const md = `# The Force\n\n## Origins\n\n${para('origin', 12)}\n\n## Today\n\n${para('today', 12)}`;
    const doc = splitLessons(md);
    expect(doc.title).toBe('The Force');
    expect(doc.sections.map((s) => s.title)).toEqual(['Origins', 'Today']);
    expect(doc.sections[0]!.body).not.toContain('Today');
  });

  it('joins a very short section to the next one, keeping its heading inside', () => {
    const md = `## Note\n\nShort words here.\n\n## Body\n\n${para('body', 15)}`;
    const doc = splitLessons(md);
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0]!.title).toBe('Body');
    expect(doc.sections[0]!.body).toMatch(/^### Note\n\nShort words here\./);
  });

  it('cuts flat text into pieces of 300 to 800 words at a change of topic', () => {
    const topics = ['elections', 'refugees', 'landmines', 'budgets', 'patrols', 'courts'];
    const md = topics.map((t) => [para(t, 9), para(t, 9), para(t, 9)].join('\n\n')).join('\n\n');
    const doc = splitLessons(md);
    expect(doc.sections.length).toBeGreaterThan(1);
    for (const s of doc.sections.slice(0, -1)) {
      expect(wordCount(s.body)).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(wordCount(s.body)).toBeLessThanOrEqual(MAX_WORDS);
    }
    // Each cut falls between two topics, never inside one.
    const starts = doc.sections.map((s) => s.body.split(' ')[1]);
    const firstOfTopic = new Set(topics);
    for (const w of starts) expect(firstOfTopic.has(w!)).toBe(true);
  });
});
