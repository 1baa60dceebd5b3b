// Export of a course's facts for Anki (a tab-separated notes file it imports without set-up) and as CSV.
import type { Fact } from '../types';
import { formatFactValue } from '../format';
import { promptFor, sentenceWith } from '../prompts';
import { hash32 } from '../hash';

export interface AnkiNote {
  guid: string;
  notetype: 'Basic' | 'Cloze';
  deck: string;
  tags: string[];
  /** Basic: front, back. Cloze: text, back extra. */
  fields: [string, string];
}

/** A GUID that depends only on the course and the fact, so re-importing updates the note instead of adding one. */
export function ankiGuid(courseId: string, factId: string): string {
  return `dossier-${hash32(`${courseId}\u0000${factId}`)}${hash32(`${factId}\u0000${courseId}`)}`;
}

const tagOf = (s: string): string => s.replace(/[^\p{L}\p{N}_:-]+/gu, '_').replace(/^_+|_+$/g, '');

/**
 * One note per fact: Basic (question, answer) when the fact can be asked as a question,
 * Cloze (its sentence with the value as `{{c1::…}}`) when the question would be a blank to fill.
 */
export function ankiNotes(course: { id: string; title: string }, facts: readonly Fact[], lessonTitle: (docId: string | undefined) => string | undefined = () => undefined): AnkiNote[] {
  const deck = `Dossier::${course.title.replace(/::/g, ':').replace(/\s+/g, ' ').trim()}`;
  const seen = new Set<string>();
  const notes: AnkiNote[] = [];
  for (const fact of facts) {
    if (seen.has(fact.id)) continue;
    seen.add(fact.id);
    const answer = formatFactValue(fact);
    const lesson = lessonTitle(fact.docId);
    const tags = ['dossier', tagOf(fact.kind), ...(lesson ? [tagOf(lesson)] : [])].filter(Boolean);
    const prompt = promptFor(fact);
    const source = fact.sentence.replace(/\s+/g, ' ').trim();
    if (prompt && !/fills the blank/.test(prompt)) {
      notes.push({ guid: ankiGuid(course.id, fact.id), notetype: 'Basic', deck, tags, fields: [prompt, `${answer} — “${source}”`] });
    } else {
      const value = fact.focus ? fact.sentence.slice(fact.focus.start, fact.focus.end) : fact.text;
      const cloze = sentenceWith(fact, `{{c1::${value.replace(/}}/g, '} }')}}}`, 60) || `{{c1::${answer}}}`;
      notes.push({ guid: ankiGuid(course.id, fact.id), notetype: 'Cloze', deck, tags, fields: [cloze, lesson ? `From “${lesson}”` : ''] });
    }
  }
  return notes;
}

/** A field as Anki's importer reads it: quoted when it holds a tab, a quote or a line break (which `#html:false` keeps as text). */
function tsvField(value: string): string {
  const flat = value.replace(/\r\n?|\n/g, ' ');
  return /[\t"]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** The notes as an Anki import file: headers name every column so no set-up is needed on import. */
export function toAnkiTsv(notes: readonly AnkiNote[]): string {
  const header = ['#separator:tab', '#html:false', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:4'];
  const rows = notes.map((n) => [n.guid, n.notetype, n.deck, n.tags.join(' '), ...n.fields].map(tsvField).join('\t'));
  return `${[...header, ...rows].join('\n')}\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Questions and answers as RFC 4180 CSV (`question,answer,lesson,kind`), for tools other than Anki. */
export function toQuestionCsv(rows: readonly { question: string; answer: string; lesson: string; kind: string }[]): string {
  const lines = [['question', 'answer', 'lesson', 'kind'], ...rows.map((r) => [r.question, r.answer, r.lesson, r.kind])];
  return lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
