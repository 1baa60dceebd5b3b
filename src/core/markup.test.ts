import { describe, expect, it } from 'vitest';
import { htmlToText, markdownToText } from './index';
import { maskMarkdown } from './markup';
import { splitSentences } from './sentences';

describe('htmlToText', () => {
  it('drops scripts, styles and navigation and keeps paragraphs apart', () => {
    const html = '<html><head><style>p{}</style></head><body><nav>Home</nav><p>One.</p><script>x=1</script><p>Two &amp; three&nbsp;&#8212; four.</p></body></html>';
    expect(htmlToText(html)).toBe('One.\n\nTwo & three — four.');
  });

  it('survives unclosed tags and stray angle brackets', () => {
    expect(htmlToText('<p>a < b <script>never closed')).toBe('a < b');
  });
});

describe('markdownToText', () => {
  it('strips syntax and keeps the words', () => {
    expect(markdownToText('# Title\n\nSome **bold** and [a link](http://x.org).\n')).toBe('Title\n\nSome bold and a link .');
  });

  it('keeps every character at its offset in the mask', () => {
    const md = '## Head\n\n* item `code` _em_\n';
    expect(maskMarkdown(md).length).toBe(md.length);
  });
});

describe('splitSentences', () => {
  const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
  it('does not break after U.N., Dec., No. or inside decimals', () => {
    expect(split('The U.N. mission grew by 2.5 per cent. On Dec. 14 it met. See No. 5 here.')).toEqual([
      'The U.N. mission grew by 2.5 per cent.',
      'On Dec. 14 it met.',
      'See No. 5 here.',
    ]);
  });

  it('treats a short heading line as its own sentence', () => {
    expect(split('Key facts\nThe mission had 900 police.')).toEqual(['Key facts', 'The mission had 900 police.']);
  });
});
