// A course's questions out of Dossier: an Anki notes file and a plain CSV.
import { ankiNotes, toAnkiTsv, toQuestionCsv } from '../../../../core/import/anki';
import { formatFactValue } from '../../../../core/format';
import { generateQuestions } from '../../../../core/questions';
import type { CourseBundle } from '../../state/course';
import { offerDownload } from '../../lib/platform';

const lessonTitle = (bundle: CourseBundle) => (docId: string | undefined) => (docId ? bundle.lessonById.get(docId)?.title : undefined);

/** The course's facts as Anki notes, one per fact. */
export function exportAnki(bundle: CourseBundle): string {
  const { id, title } = bundle.course.manifest;
  return toAnkiTsv(ankiNotes({ id, title }, bundle.facts, lessonTitle(bundle)));
}

/** The course's typed questions (one per fact that can be asked) with their answers, as CSV. */
export function exportCsv(bundle: CourseBundle): string {
  const titleOf = lessonTitle(bundle);
  const questions = generateQuestions(bundle.facts, { seed: 1, types: ['typed'], lessonTitle: titleOf });
  const byId = new Map(bundle.facts.map((f) => [f.id, f]));
  return toQuestionCsv(
    questions.map((q) => {
      const fact = byId.get(q.factIds[0] ?? '');
      return { question: q.prompt, answer: fact ? formatFactValue(fact) : String(q.answer), lesson: titleOf(q.docId) ?? '', kind: q.kind };
    }),
  );
}

/** A file name from the course title: letters, digits and hyphens. */
export function exportFileName(title: string, ext: 'txt' | 'csv'): string {
  const base = title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').slice(0, 60) || 'course';
  return `${base}${ext === 'txt' ? '-anki' : '-questions'}.${ext}`;
}

/** Offers text as a downloaded file (the desktop app shows its save dialog for downloads). */
export function downloadText(fileName: string, text: string): void {
  offerDownload(fileName, text, fileName.endsWith('.csv') ? 'text/csv' : 'text/plain');
}
