// Glossary entries as facts: a term and its definition, placed in the lesson that first uses it.
import type { Fact } from './types';
import { fnv1a, hex32 } from './hash';

/** A glossary entry as a course declares it. */
export interface GlossaryTerm {
  term: string;
  definition: string;
  aliases?: readonly string[];
}

/** A lesson's text, to find where a term is first used. */
export interface TermLesson {
  id: string;
  text: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const contentWords = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}]{5,}/gu) ?? []);

/**
 * One `term` fact per entry. Its span is the first use of the term or an alias in the first lesson
 * that uses it; an entry no lesson uses goes with the lesson that shares most words with its
 * definition, without a span (`start === end`, `text` empty).
 */
export function termFacts(glossary: readonly GlossaryTerm[], lessons: readonly TermLesson[]): Fact[] {
  const out: Fact[] = [];
  for (const entry of glossary) {
    const term = entry.term.trim();
    const definition = entry.definition.trim();
    if (!term || !definition || lessons.length === 0) continue;
    const forms = [term, ...(entry.aliases ?? [])].filter((f) => f.trim().length >= 2);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    let docId: string | undefined;
    let start = 0;
    let text = '';
    for (const lesson of lessons) {
      const m = re.exec(lesson.text);
      if (m) {
        docId = lesson.id;
        start = m.index;
        text = m[0];
        break;
      }
    }
    if (docId === undefined) {
      const words = contentWords(definition);
      let best = -1;
      for (const lesson of lessons) {
        const shared = [...contentWords(lesson.text)].filter((w) => words.has(w)).length;
        if (shared > best) {
          best = shared;
          docId = lesson.id;
        }
      }
    }
    out.push({
      id: `${docId}:term:${term}:${hex32(fnv1a(definition))}`,
      kind: 'term',
      value: term,
      text,
      start,
      end: start + text.length,
      sentence: definition,
      about: definition,
      docId: docId as string,
    });
  }
  return out;
}
