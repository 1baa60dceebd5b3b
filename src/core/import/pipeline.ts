// The import's steps after reading: what each format's reader hands over, cleaned into one Markdown text.
import { dropRunningLines, htmlToMarkdown, rejoinLines, removeFurniture, textToMarkdown } from './clean';
import { ImportError } from './errors';

/** A document as its format's reader returns it, before any clean-up. */
export type ExtractedDocument =
  | { kind: 'text'; text: string }
  | { kind: 'markdown'; text: string }
  /** Saved web pages (Readability's article) and .docx files (mammoth's conversion). */
  | { kind: 'html'; html: string; title?: string; page?: boolean }
  /** PDF: the lines of each page, in reading order. */
  | { kind: 'pages'; pages: string[][]; title?: string };

export interface CleanDocument {
  markdown: string;
  /** The text before furniture was removed, where the document's own date may stand. */
  original: string;
  title?: string;
}

/** Applies the clean-up rules for the document's kind; throws `no-text` when nothing readable is left. */
export function cleanDocument(doc: ExtractedDocument): CleanDocument {
  let original: string;
  let markdown: string;
  let title: string | undefined;
  switch (doc.kind) {
    case 'text':
      original = doc.text;
      markdown = textToMarkdown(removeFurniture(doc.text));
      break;
    case 'markdown':
      original = doc.text;
      markdown = removeFurniture(doc.text.replace(/\r\n?/g, '\n'), { navigation: true });
      break;
    case 'html': {
      // The whole page, footer included: where "Page last modified" usually stands.
      original = doc.html.replace(/<[^>]*>/g, '\n');
      markdown = removeFurniture(htmlToMarkdown(doc.html), { navigation: doc.page ?? false });
      title = doc.title;
      break;
    }
    case 'pages': {
      original = doc.pages.map((p) => p.join('\n')).join('\n');
      const pages = dropRunningLines(doc.pages);
      // Pages are joined before rejoining so a paragraph that runs over a page break stays whole.
      const lines = pages.flat().filter((line) => !isFurnitureLine(line));
      markdown = rejoinLines(lines);
      title = doc.title;
      break;
    }
  }
  markdown = markdown.replace(/\n{3,}/g, '\n\n').trim();
  if (!/[\p{L}\p{N}]/u.test(markdown)) throw new ImportError('no-text');
  return { markdown, original, ...(title?.trim() ? { title: title.trim() } : {}) };
}

function isFurnitureLine(line: string): boolean {
  return removeFurniture(line) === '' && line.trim() !== '';
}
