// Security Council resolutions: `resolution 2100`, `Resolution 2100 (2013)`, `S/RES/2690(2023)`,
// `resolutions 2085 and 2100`. The number, and its year in brackets, belong to the resolution.

/** A resolution found in text, before it becomes a Fact. */
export interface ResolutionMatch {
  start: number;
  end: number;
  value: string;
  /** Span of the number itself. */
  valueStart: number;
  valueEnd: number;
}

const NUM = '(\\d{1,4})(?![\\d/])(?:\\s*\\(\\s*(?:19|20)\\d{2}\\s*\\))?';
const LIST = new RegExp(
  `\\b(?:[Rr]esolutions?|RESOLUTIONS?|[Rr]es\\.)\\s+(?:[Nn]os?\\.?\\s*)?${NUM}((?:\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)${NUM})*)`,
  'g',
);
const ITEM = new RegExp(NUM, 'g');
/** The most resolutions read from one list. */
const MAX_LISTED = 60;
const SRES = /\bS\/RES\/(\d{1,4})(?:\s*\(\s*(?:19|20)\d{2}\s*\))?/g;
// "General Assembly resolution 67/97" or "Human Rights Council resolution 31" are not the Council's.
const OTHER_BODY = /(General\s+Assembly|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council|Assembly|ECOSOC|A\/RES\/?)\s*$/i;

/** Finds Security Council resolutions; each number of a list is its own match. */
export function findResolutions(text: string): ResolutionMatch[] {
  const out: ResolutionMatch[] = [];
  let m: RegExpExecArray | null;
  LIST.lastIndex = 0;
  while ((m = LIST.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (OTHER_BODY.test(before)) continue;
    const head = m[0].length - (m[2] ?? '').length;
    const firstNum = m[1] as string;
    const firstHeadText = m[0].slice(0, head);
    const numPos = m.index + firstHeadText.search(/\d/);
    out.push({
      start: m.index,
      end: m.index + head,
      value: String(Number(firstNum)),
      valueStart: numPos,
      valueEnd: numPos + firstNum.length,
    });
    const tail = m[2] ?? '';
    const tailStart = m.index + head;
    ITEM.lastIndex = 0;
    let t: RegExpExecArray | null;
    // A list of hundreds of numbers is a table flattened into one sentence, not something to ask about
    // number by number: its first items are kept, and the rest would only cost time.
    let items = 1;
    while (items++ < MAX_LISTED && (t = ITEM.exec(tail)) !== null) {
      const s = tailStart + t.index;
      out.push({
        start: s,
        end: s + t[0].length,
        value: String(Number(t[1])),
        valueStart: s,
        valueEnd: s + (t[1] as string).length,
      });
    }
  }
  // Both lists come in document order without overlaps, so one pointer finds any overlap.
  const listed = out.length;
  let p = 0;
  SRES.lastIndex = 0;
  while ((m = SRES.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    while (p < listed && (out[p] as ResolutionMatch).end <= start) p++;
    if (p < listed && (out[p] as ResolutionMatch).start < end) continue;
    out.push({ start, end, value: String(Number(m[1])), valueStart: start + 6, valueEnd: start + 6 + (m[1] as string).length });
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((r) => Number(r.value) > 0);
}
