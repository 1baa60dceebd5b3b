import MiniSearch from 'minisearch';
import { foldText, isNumberTerm, lessonSections, searchWords, slugify, snippet, type SnippetPart } from '../../../core/search-text';
import type { CourseBundle } from './course';
import { links } from './links';
import { hrefFor } from './route';

/** One searchable place: a section of a lesson, or a glossary entry. */
export interface SearchDoc {
  id: string;
  kind: 'section' | 'glossary';
  courseId: string;
  /** The lesson title, or the glossary term. */
  title: string;
  /** The section heading (empty for a lesson's opening text), or `Glossary`. */
  heading: string;
  text: string;
  /** Where the result opens. */
  href: string;
}

export interface SearchHit {
  doc: SearchDoc;
  /** An excerpt of the text with the matched words flagged. */
  snippet: SnippetPart[];
}

/** The glossary page, scrolled to one term. */
export const glossaryHref = (courseId: string, term: string): string =>
  hrefFor('library', [courseId, 'glossary'], { at: slugify(term) });

/**
 * The documents to index: every lesson section (split at `##` headings; the closing key points
 * only repeat the lesson and are left out) and every glossary entry.
 */
export function searchDocs(bundles: readonly CourseBundle[]): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const { course } of bundles) {
    const courseId = course.manifest.id;
    for (const lesson of course.lessons) {
      for (const section of lessonSections(lesson.body)) {
        if (section.keyPoints) continue;
        docs.push({
          id: `${courseId}/${lesson.id}#${section.anchor}`,
          kind: 'section',
          courseId,
          title: lesson.title,
          heading: section.heading,
          text: section.text,
          href: links.lesson(courseId, lesson.id, section.anchor ? { anchor: section.anchor } : {}),
        });
      }
    }
    for (const entry of course.glossary) {
      docs.push({
        id: `${courseId}/glossary/${slugify(entry.term)}`,
        kind: 'glossary',
        courseId,
        title: entry.term,
        heading: 'Glossary',
        text: [entry.aliases.length ? `Also: ${entry.aliases.join(', ')}.` : '', entry.definition].filter(Boolean).join(' '),
        href: glossaryHref(courseId, entry.term),
      });
    }
  }
  return docs;
}

/**
 * A full-text index over the documents, blind to case and diacritics (`Sevare` finds `Sévaré`) and to
 * thousands grouping (`11200` finds `11,200`); a number matches only a whole number.
 */
export function createSearchIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'heading', 'text'],
    storeFields: ['id'],
    tokenize: (text) => searchWords(text),
    processTerm: (term) => foldText(term),
    searchOptions: {
      prefix: (term) => !isNumberTerm(term),
      fuzzy: (term) => (isNumberTerm(term) ? false : 0.2),
      boost: { title: 2, heading: 1.5 },
      combineWith: 'AND',
    },
  });
  index.addAll(docs);
  return index;
}

/** An index with its documents, ready to answer queries. */
export class SearchIndex {
  readonly #index: MiniSearch<SearchDoc>;
  readonly #docs: Map<string, SearchDoc>;

  constructor(docs: readonly SearchDoc[]) {
    this.#index = createSearchIndex(docs);
    this.#docs = new Map(docs.map((d) => [d.id, d]));
  }

  find(query: string, limit?: number): SearchHit[] {
    return runSearch(this.#index, this.#docs, query, limit);
  }
}

/** Searches the index; results carry their document and a snippet. */
export function runSearch(
  index: MiniSearch<SearchDoc>,
  docs: ReadonlyMap<string, SearchDoc>,
  query: string,
  limit = 12,
): SearchHit[] {
  if (!query.trim()) return [];
  return index
    .search(query)
    .slice(0, limit)
    .flatMap((result) => {
      const doc = docs.get(String(result.id));
      return doc ? [{ doc, snippet: snippet(doc.text, result.terms) }] : [];
    });
}
