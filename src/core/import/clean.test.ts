import { describe, expect, it } from 'vitest';
import { dropRunningLines, htmlToMarkdown, rejoinLines, removeFurniture, textToMarkdown } from './clean';
import { cleanDocument } from './pipeline';
import { ImportError } from './errors';

describe('page furniture', () => {
  it('drops sign-ups, cookie and job banners, last-modified footers and photo credits', () => {
    const text = [
      'The mission was set up in 2013.',
      'Sign up for our newsletter to receive updates',
      'Join our mailing list',
      'We use cookies to improve your experience. Accept our cookie policy.',
      'Accept all cookies',
      "We're hiring: see all job openings",
      'Page last modified: 22 November 2017',
      'Photo: UN peacekeepers on patrol',
      'Its headquarters are in Bamako.',
    ].join('\n');
    expect(removeFurniture(text)).toBe('The mission was set up in 2013.\nIts headquarters are in Bamako.');
  });

  it('drops navigation lists on saved pages but keeps lists of sentences', () => {
    const text = ['- Home', '- Missions', '- About us', '', '- The Council renewed the mandate.', '- It set a ceiling of 800 troops.', '- It asked for a report.'].join('\n');
    expect(removeFurniture(text, { navigation: true })).toBe(['', '- The Council renewed the mandate.', '- It set a ceiling of 800 troops.', '- It asked for a report.'].join('\n'));
  });

  it('keeps a paragraph that only mentions cookies in passing', () => {
    const line = 'Troops handed out water and biscuits, not cookies, to the villagers who had walked for 2 days.';
    expect(removeFurniture(line)).toBe(line);
  });
});

describe('PDF text', () => {
  it('rejoins hard-wrapped lines into paragraphs and undoes hyphenation', () => {
    const lines = [
      'The Security Council established the peace-',
      'keeping force on 4 March 1964 and asked it to',
      'prevent a recurrence of fighting between the',
      'two communities on the island.',
      '',
      'It first counted more than 6,000 troops.',
    ];
    expect(rejoinLines(lines)).toBe(
      'The Security Council established the peacekeeping force on 4 March 1964 and asked it to prevent a recurrence of fighting between the two communities on the island.\n\nIt first counted more than 6,000 troops.',
    );
  });

  it('keeps the hyphen of a compound whose second part starts with a capital', () => {
    expect(rejoinLines(['the peacekeepers watched the Turkish-', 'Cypriot side of the line all year long, day and night.'])).toBe(
      'the peacekeepers watched the Turkish-Cypriot side of the line all year long, day and night.',
    );
  });

  it('drops running headers, footers and page numbers', () => {
    const page = (n: number, body: string) => ['UNFICYP briefing — March 2024', body, `Page ${n} of 3`];
    const pages = dropRunningLines([page(1, 'First page text.'), page(2, 'Second page text.'), page(3, 'Third page text.')]);
    expect(pages).toEqual([['First page text.'], ['Second page text.'], ['Third page text.']]);
  });

  it('drops a bare page number even in a short document', () => {
    expect(dropRunningLines([['Some text.', '12']])).toEqual([['Some text.']]);
  });
});

describe('HTML', () => {
  it('keeps headings apart from paragraphs and drops every tag, script and style', () => {
    const md = htmlToMarkdown('<head><title>T</title></head><h2>Mandate</h2><p>The <b>Force</b> was <img src=x onerror="alert(1)">set up.</p><script>alert(1)</script><ul><li>One</li></ul>');
    expect(md).toBe('## Mandate\n\nThe Force was set up.\n\n- One');
    expect(md).not.toMatch(/[<>]/);
  });

  it('a document with nothing readable left is refused', () => {
    expect(() => cleanDocument({ kind: 'html', html: '<nav><a>Home</a></nav><script>x()</script>' })).toThrow(ImportError);
  });
});

describe('plain text', () => {
  it('joins a hard-wrapped paragraph, undoing hyphens at line ends and keeping those of compounds', () => {
    const text = 'Title line\n\nThe good offices mission of the Secretary-\nGeneral supports the peace-\nkeepers and the talks.';
    expect(textToMarkdown(text)).toBe('# Title line\n\nThe good offices mission of the Secretary-General supports the peacekeepers and the talks.');
  });
});
