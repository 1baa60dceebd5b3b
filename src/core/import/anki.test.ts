import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import { ankiGuid, ankiNotes, toAnkiTsv, toQuestionCsv } from './anki';

const text =
  'On 4 March 1964 the Security Council adopted resolution 186 (1964), which recommended the creation of the Force. ' +
  'In its first months the Force counted more than 6,000 military personnel. Its buffer zone is about 180 kilometres long.';
const facts = extractFacts(text, { docId: 'cy-01' });
const course = { id: 'imported-abc', title: 'The Force in Cyprus' };

/** Parses an Anki notes file the way its importer does: `#key:value` headers, then tab-separated rows with "" quoting. */
function parseAnki(file: string): { headers: Record<string, string>; rows: string[][] } {
  const headers: Record<string, string> = {};
  const rows: string[][] = [];
  for (const line of file.split('\n').filter(Boolean)) {
    const h = /^#([^:]+):(.*)$/.exec(line);
    if (h) {
      headers[h[1]!] = h[2]!;
      continue;
    }
    const cells: string[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let value = '';
        i++;
        while (i < line.length) {
          if (line[i] === '"' && line[i + 1] === '"') {
            value += '"';
            i += 2;
          } else if (line[i] === '"') break;
          else value += line[i++];
        }
        cells.push(value);
        i += 2;
      } else {
        const end = line.indexOf('\t', i);
        cells.push(line.slice(i, end < 0 ? line.length : end));
        i = end < 0 ? line.length + 1 : end + 1;
      }
    }
    rows.push(cells);
  }
  return { headers, rows };
}

describe('Anki export', () => {
  const notes = ankiNotes(course, facts, () => 'How the Force began');
  const parsed = parseAnki(toAnkiTsv(notes));

  it('names every column in its headers so Anki imports it without set-up', () => {
    expect(parsed.headers).toEqual({
      separator: 'tab',
      html: 'false',
      'guid column': '1',
      'notetype column': '2',
      'deck column': '3',
      'tags column': '4',
    });
  });

  it('writes one note per fact in the course deck, with six fields', () => {
    expect(parsed.rows).toHaveLength(facts.length);
    for (const row of parsed.rows) {
      expect(row).toHaveLength(6);
      expect(row[2]).toBe('Dossier::The Force in Cyprus');
      expect(row[3]!.split(' ')).toContain('dossier');
    }
  });

  it('gives each fact a GUID that stays the same on every export and differs between facts', () => {
    const again = parseAnki(toAnkiTsv(ankiNotes(course, facts)));
    expect(again.rows.map((r) => r[0])).toEqual(parsed.rows.map((r) => r[0]));
    expect(new Set(parsed.rows.map((r) => r[0])).size).toBe(parsed.rows.length);
    expect(parsed.rows[0]![0]).toBe(ankiGuid(course.id, facts[0]!.id));
  });

  it('writes a question as Basic and a blank as Cloze with its value in c1', () => {
    const types = new Set(parsed.rows.map((r) => r[1]));
    expect([...types].every((t) => t === 'Basic' || t === 'Cloze')).toBe(true);
    for (const row of parsed.rows) {
      if (row[1] === 'Cloze') expect(row[4]).toMatch(/\{\{c1::[^}]+\}\}/);
      else expect(row[4]).toMatch(/\?$/);
    }
    expect(types.size).toBeGreaterThan(0);
  });

  it('quotes a field that holds a tab or a quote', () => {
    const file = toAnkiTsv([{ guid: 'g', notetype: 'Basic', deck: 'Dossier::X', tags: [], fields: ['say "hi"\tnow', 'b'] }]);
    expect(parseAnki(file).rows[0]).toEqual(['g', 'Basic', 'Dossier::X', '', 'say "hi"\tnow', 'b']);
  });
});

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks', () => {
    const csv = toQuestionCsv([{ question: 'When, "exactly"?', answer: '4 March 1964', lesson: 'One', kind: 'date' }]);
    expect(csv).toBe('question,answer,lesson,kind\r\n"When, ""exactly""?",4 March 1964,One,date\r\n');
  });
});
