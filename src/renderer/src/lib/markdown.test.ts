// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../core/course';
import { lessonSections } from '../../../core/search-text';
import type { Fact } from '../../../core/types';
import { courseById } from '../state/course';
import { FACT_LABELS, factElementId, markableFacts, renderLesson, sectionElementId } from './markdown';

const bundle = courseById('minusma')!;
const course = bundle.course;

const fragment = (html: string): HTMLElement => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

const fact = (body: string, text: string, kind: Fact['kind'], id = `f-${text}`): Fact => {
  const start = body.indexOf(text);
  return { id, kind, value: text, text, start, end: start + text.length, sentence: text, about: '' };
};

const glossary: GlossaryEntry[] = [
  { term: 'asymmetric threats', aliases: ['asymmetric threat'], definition: 'Dangers from opponents who do not fight like an army.' },
  { term: 'mandate', aliases: [], definition: 'The tasks & powers given to an operation.' },
];

describe('rendering a lesson', () => {
  it('marks every fact the extractor finds in each shipped lesson, with its kind in words', () => {
    let total = 0;
    for (const lesson of course.lessons) {
      const facts = bundle.factsByLesson.get(lesson.id) ?? [];
      const out = renderLesson(lesson.body, { facts, glossary: course.glossary });
      const dom = fragment(out.html);
      const marked = new Set(out.markedFacts);
      // Every number is marked; a name inside an acronym's long form gives way to the acronym.
      expect(facts.filter((f) => ['date', 'resolution', 'figure'].includes(f.kind)).every((f) => marked.has(f.id))).toBe(true);
      for (const f of markableFacts(facts).filter((g) => marked.has(g.id))) {
        const mark = dom.querySelector(`[id="${factElementId(f.id)}"]`);
        expect(mark, `${lesson.id}: ${f.text}`).not.toBeNull();
        expect(mark!.tagName).toBe('MARK');
        expect(mark!.classList.contains(`fact-${f.kind}`)).toBe(true);
        expect(mark!.textContent).toBe(`${FACT_LABELS[f.kind]}: ${f.text}`);
        expect(mark!.querySelector('.visually-hidden')?.textContent).toMatch(/^(Date|Resolution|Figure|Name|Acronym): $/);
      }
      expect(markableFacts(facts).filter((f) => f.kind === 'name' || f.kind === 'acronym').some((f) => marked.has(f.id))).toBe(true);
      total += marked.size;
    }
    expect(total).toBeGreaterThan(10);
  });

  it('gives headings the anchors the search index uses', () => {
    for (const lesson of course.lessons) {
      const out = renderLesson(lesson.body);
      const dom = fragment(out.html + out.keyPointsHtml);
      const anchors = lessonSections(lesson.body).filter((s) => s.anchor).map((s) => s.anchor);
      expect(out.headings.filter((h) => h.level === 2).map((h) => h.anchor)).toEqual(anchors);
      for (const a of anchors.filter((a) => a !== out.keyPointsAnchor)) {
        expect(dom.querySelector(`[id="${sectionElementId(a)}"]`), a).not.toBeNull();
      }
    }
  });

  it('splits off the key points as their own list', () => {
    const lesson = course.lessons.find((l) => l.id === 'forces-and-footprint')!;
    const out = renderLesson(lesson.body);
    expect(out.keyPointsAnchor).toBe('key-points');
    expect(fragment(out.keyPointsHtml).querySelectorAll('li')).toHaveLength(lesson.keyPoints.length);
    expect(out.html).not.toContain('Key points');
  });

  it('gives a glossary term an accessible definition, once per lesson', () => {
    const body = 'Troops could counter asymmetric threats. Asymmetric threats are hard.\n\n## The mandate\n\nIts mandate was broad; the mandate grew.';
    const dom = fragment(renderLesson(body, { glossary }).html);
    const terms = [...dom.querySelectorAll('button.term')];
    expect(terms.map((t) => t.textContent)).toEqual(['asymmetric threats', 'mandate']);
    for (const term of terms) {
      expect(term.getAttribute('type')).toBe('button');
      const tip = dom.querySelector(`[id="${term.getAttribute('aria-describedby')}"]`);
      expect(tip?.getAttribute('role')).toBe('tooltip');
    }
    expect(dom.querySelector(`[id="${terms[1]!.getAttribute('aria-describedby')}"]`)!.textContent).toBe(
      'The tasks & powers given to an operation.',
    );
    // Not in the heading: the first occurrence in running text gets the definition.
    expect(dom.querySelector('h2 button')).toBeNull();
  });

  it('matches terms by whole word, case-insensitively, never inside a fact', () => {
    const body = 'Mandates differ. On 1 July 2013 the MANDATE changed.';
    const f = fact(body, '1 July 2013', 'date');
    const dom = fragment(renderLesson(body, { facts: [f], glossary: [{ term: 'July', aliases: [], definition: 'A month.' }, ...glossary] }).html);
    expect([...dom.querySelectorAll('button.term')].map((t) => t.textContent)).toEqual(['MANDATE']);
  });

  it('escapes raw HTML written in the Markdown', () => {
    const body = 'Hello <script>alert(1)</script> <img src=x onerror=alert(1)> <b onclick="x()">bold</b>\n\n<div>block</div>';
    const out = renderLesson(body);
    const dom = fragment(out.html);
    expect(dom.querySelector('script, img, b, div')).toBeNull();
    expect(dom.textContent).toContain('<script>alert(1)</script>');
    expect(out.html).not.toMatch(/<(script|img|b|div)[\s>]/);
    expect(dom.querySelector('[onerror], [onclick]')).toBeNull();
  });

  it('drops dangerous links but keeps ordinary ones', () => {
    const dom = fragment(renderLesson('[bad](javascript:alert(1)) and [good](https://example.org/a)').html);
    const hrefs = [...dom.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/a']);
  });

  it('keeps only https and in-app links: relative, protocol-relative and other schemes are dropped', () => {
    const source = '[a](other.md) [b](//evil.example/x) [c](http://example.org) [d](mailto:x@y.z) [e](/index.html) [f](#/library) [g](https://un.org/)';
    const hrefs = [...fragment(renderLesson(source).html).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter(Boolean)).toEqual(['#/library', 'https://un.org/']);
  });

  it('never lets a sentinel character through, even one already in the file', () => {
    const body = 'A stray \uE000\uE011\uE002 sentinel \uE001 and 25 April 2013 in **bold 25 April** too.\n\n[x](http://e.org/\uE000) `code \uE001`';
    const facts = [fact(body, '25 April 2013', 'date', 'd1'), fact(body, 'bold 25', 'figure', 'f1')];
    const out = renderLesson(body, { facts });
    expect(out.html).not.toMatch(/[\uE000-\uE01F]|%EE%80%8/i);
    const dom = fragment(out.html);
    expect(dom.querySelector('#fact-d1')?.textContent).toBe('Date: 25 April 2013');
    expect(dom.querySelectorAll('mark')).toHaveLength(2);
  });

  it('keeps marks well nested when a fact straddles emphasis', () => {
    const body = 'It began on **25 April** 2013 exactly.';
    const f = fact(body, '25 April** 2013', 'date', 'd1');
    const out = renderLesson(body, { facts: [f] });
    const dom = fragment(out.html);
    const marks = [...dom.querySelectorAll('mark[data-fact="d1"]')];
    expect(marks.map((m) => m.textContent).join('')).toBe('Date: 25 April 2013');
    expect(marks.filter((m) => m.id === 'fact-d1')).toHaveLength(1);
    expect(dom.querySelector('strong')?.textContent).toContain('25 April');
  });

  it('skips a fact whose span no longer matches the text, and overlapping facts', () => {
    const body = 'Resolution 2100 was adopted.';
    const good = fact(body, 'Resolution 2100', 'resolution', 'r1');
    const stale: Fact = { ...good, id: 'stale', start: 3 };
    const inner = fact(body, '2100', 'figure', 'inner');
    const out = renderLesson(body, { facts: [stale, inner, good] });
    expect(out.markedFacts).toEqual(['r1']);
  });

  it('keeps the page title the only h1', () => {
    const dom = fragment(renderLesson('# Big\n\ntext').html);
    expect(dom.querySelector('h1')).toBeNull();
    expect(dom.querySelector('h2')?.id).toBe('sec-big');
  });
});
