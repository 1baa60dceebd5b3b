// Flashcards from a course: pure functions over its facts and the fronts the question engine wrote for
// them (flashcard-fronts.ts), testable without a store.
import { formatFactValue } from '../../../core/format';
import type { FactKind } from '../../../core/types';
import type { CardBase } from '../db/cards';
import type { CourseBundle } from './course';
import { links } from './links';

/** One fact to recall: the question on the front, the answer and where it is taught on the back. */
export interface Flashcard {
  base: CardBase;
  front: string;
  back: string;
  /** The sentence of the lesson the fact stands in. */
  source: string;
  lessonTitle: string;
  href: string;
}

const KIND_ASK: Record<FactKind, string> = {
  date: 'When?',
  resolution: 'Which resolution?',
  figure: 'How many?',
  name: 'Who or where?',
  acronym: 'What does it stand for?',
  list: 'Which list is it in?',
  term: 'What does it mean?',
};

/** The flashcards of `factIds`, in that order; a fact without a front in `prompts` is asked by its kind. */
export function flashcardsFor(bundle: CourseBundle, factIds: readonly string[], prompts: ReadonlyMap<string, string>): Flashcard[] {
  const byId = new Map(bundle.facts.map((f) => [f.id, f]));
  const courseId = bundle.course.manifest.id;
  const out: Flashcard[] = [];
  for (const id of factIds) {
    const fact = byId.get(id);
    if (!fact) continue;
    const lessonId = fact.docId ?? '';
    out.push({
      base: { factId: id, courseId, docId: lessonId, kind: fact.kind },
      front: prompts.get(id) ?? `${fact.about} ${KIND_ASK[fact.kind]}`,
      back: formatFactValue(fact),
      source: fact.sentence,
      lessonTitle: bundle.lessonById.get(lessonId)?.title ?? '',
      href: links.lesson(courseId, lessonId, { fact: id }),
    });
  }
  return out;
}

