// Lists in a lesson: bulleted items under a line that ends with a colon, and enumerations inside a
// sentence after a colon or `such as`. Each item is a fact; the list is named by its heading or lead.

/** One item of a list; offsets are in the document. */
export interface ListItemMatch {
  start: number;
  end: number;
  value: string;
  /** What the list is: its section heading, or its lead-in line without the colon. */
  list: string;
  /** The lead-in line, as written. */
  lead: string;
}

const BULLET = /^([ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+)(.*)$/;
const HEADING = /^[ \t]*#{1,6}[ \t]+(.*?)[ \t#]*$/;
const MAX_WORDS = 25;

/** An item as a learner would read it: no closing `;`, `.`, `; and` or leading `and`. */
export function cleanItem(raw: string): { text: string; offset: number } {
  let text = raw;
  let offset = 0;
  const lead = /^(?:and|or)\s+/i.exec(text);
  if (lead) {
    offset = lead[0].length;
    text = text.slice(offset);
  }
  text = text.replace(/(?:[;,.]\s*(?:and|or)?|\s+(?:and|or))?\s*$/i, '').replace(/[;,.:\s]+$/, '');
  return { text, offset };
}

const usableItem = (text: string): boolean => text.length >= 3 && !/\d/.test(text) && text.split(/\s+/).length <= MAX_WORDS;

/** Bulleted lists under a lead-in that ends with a colon. `text` is the Markdown or plain source. */
export function findBulletLists(text: string): ListItemMatch[] {
  const out: ListItemMatch[] = [];
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, text: line });
    at += line.length + 1;
  }
  let heading = '';
  // Front matter (`objectives:` and its items) describes the lesson; it is not taught.
  const fm = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  const from = fm ? fm[0].length : 0;
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] as { start: number }).start < from) continue;
    const line = lines[i] as { start: number; text: string };
    const h = HEADING.exec(line.text);
    if (h) {
      heading = (h[1] as string).trim();
      continue;
    }
    if (!/:\s*$/.test(line.text) || BULLET.test(line.text) || line.text.trim().length < 4) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j] as { text: string }).text.trim() === '') j++;
    const items: ListItemMatch[] = [];
    const lead = line.text.trim();
    // The sentence that leads in, not the whole paragraph.
    const leadSentence = lead.split(/(?<=[.!?])\s+/).pop() ?? lead;
    while (j < lines.length) {
      const b = BULLET.exec((lines[j] as { text: string }).text);
      if (!b) break;
      const raw = b[2] as string;
      const { text: value, offset } = cleanItem(raw);
      const start = (lines[j] as { start: number }).start + (b[1] as string).length + offset;
      if (usableItem(value)) items.push({ start, end: start + value.length, value, list: heading || leadSentence.replace(/:\s*$/, ''), lead: leadSentence });
      j++;
    }
    if (items.length >= 3 && !/^(?:key points|summary|contents|references|notes|sources)$/i.test(heading)) out.push(...items);
    i = j - 1;
  }
  return out;
}

/**
 * Items of an enumeration inside one sentence (offsets within the sentence): after `such as`,
 * `including` or a colon, split on semicolons, or on commas when every part is a phrase of its
 * own. A part of one word joins the next (`free, inclusive and peaceful elections` stays one).
 */
export function findInlineList(sentence: string): { start: number; end: number; value: string; lead: string }[] {
  const m = /(?:\bsuch as|\bincluding|:)\s+/.exec(sentence);
  if (!m) return [];
  const from = m.index + m[0].length;
  const body = sentence.slice(from).replace(/[.!?]\s*$/, '');
  const lead = sentence.slice(0, m.index).trim().replace(/[,;:\s]+$/, '');
  if (lead.split(/\s+/).length < 2) return [];
  let parts: { start: number; text: string }[] = [];
  const sep = body.includes(';') ? /;\s*(?:and\s+|or\s+)?/g : /,\s*(?:and\s+|or\s+)?|\s+and\s+(?=[^,]*$)/g;
  let last = 0;
  for (const s of body.matchAll(sep)) {
    parts.push({ start: last, text: body.slice(last, s.index) });
    last = s.index + s[0].length;
  }
  parts.push({ start: last, text: body.slice(last) });
  // Commas make a list only when `and` or `or` brings in its last item: `the last lesson, How the
  // mission ended, tells how` is an aside, not three things.
  if (!body.includes(';') && !/(?:,\s*|\s)(?:and|or)\s+[^,]*$/.test(body)) return [];
  if (!body.includes(';')) {
    // `free, inclusive and peaceful elections`: single words are adjectives of the phrase that follows.
    const single = parts.filter((p) => p.text.trim().split(/\s+/).length === 1).length;
    if (single > 0 && single < parts.length) return [];
  }
  parts = parts.filter((p) => p.text.trim() !== '');
  if (parts.length < 3) return [];
  const out: { start: number; end: number; value: string; lead: string }[] = [];
  for (const p of parts) {
    const { text, offset } = cleanItem(p.text.trim());
    const lead0 = p.text.length - p.text.trimStart().length;
    if (!usableItem(text) || text.split(/\s+/).length > 8) return [];
    const start = from + p.start + lead0 + offset;
    out.push({ start, end: start + text.length, value: text, lead });
  }
  return out;
}
