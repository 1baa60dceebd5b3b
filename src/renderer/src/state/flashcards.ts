// Flashcards from a course: pure functions over its facts and questions, testable without a store.
import { formatFactValue } from '../../../core/format';
import { generateQuestions } from '../../../core/index';
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

const fronts = new WeakMap<CourseBundle, Map<string, string>>();

/** The typed-answer prompt of each single-fact question: a front that asks for the value without giving it away. */
function frontsOf(bundle: CourseBundle): Map<string, string> {
  let out = fronts.get(bundle);
  if (!out) {
    out = new Map();
    const questions = generateQuestions(bundle.facts, { seed: 1, lessonTitle: (id) => (id ? bundle.lessonById.get(id)?.title : undefined) });
    for (const q of questions) if (q.type === 'typed' && q.factIds.length === 1) out.set(q.factIds[0] as string, q.prompt);
    fronts.set(bundle, out);
  }
  return out;
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

/** The flashcards of `factIds`, in that order. */
export function flashcardsFor(bundle: CourseBundle, factIds: readonly string[]): Flashcard[] {
  const byId = new Map(bundle.facts.map((f) => [f.id, f]));
  const prompts = frontsOf(bundle);
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

