// Acronyms with their long forms: `Long Name (ACR)`, `ACR (Long Name)`, `Long Name, known as ACR`,
// `ACR stands for Long Name`, `ACR is the short name of Long Name`, `ACR - Long Name`, `ACR: Long Name`.

/** An acronym defined in one sentence; offsets are within that sentence and cover both forms. */
export interface AcronymMatch {
  start: number;
  end: number;
  value: string;
  expansion: string;
}

const ACR = String.raw`(?:[A-Z][A-Za-z]{0,3})?[A-Z]{2,}[A-Za-z0-9]*`;
// A long form: capitalised words and the small words between them; hyphenated words count (`African-led`).
const LONG = String.raw`(?:[Tt]he\s+)?[\p{Lu}][\p{L}\p{M}’'-]*(?:\s+(?:(?:of|for|in|on|the|and|de|du|des|la|le|pour|au)\s+)*[\p{Lu}][\p{L}\p{M}’'-]*){1,14}`;

const PATTERNS: { re: RegExp; acr: number; long: number }[] = [
  { re: new RegExp(String.raw`(${LONG})\s*\((${ACR})\)`, 'gu'), acr: 2, long: 1 },
  { re: new RegExp(String.raw`\b(${ACR})\s*\((${LONG})\)`, 'gu'), acr: 1, long: 2 },
  { re: new RegExp(String.raw`(${LONG}),?\s+(?:known|referred to)\s+as\s+(?:the\s+)?(${ACR})\b`, 'gu'), acr: 2, long: 1 },
  { re: new RegExp(String.raw`\b(${ACR})\s+(?:stands\s+for|is\s+short\s+for|is\s+the\s+short\s+name\s+(?:of|for)|is\s+an\s+abbreviation\s+(?:of|for))\s+(${LONG})`, 'gu'), acr: 1, long: 2 },
  { re: new RegExp(String.raw`^\s*(${ACR})(?:\s+[-–—]|:)\s+(${LONG})`, 'gu'), acr: 1, long: 2 },
];

const SMALL = /^(?:of|for|in|on|the|and|de|du|des|la|le|pour|au|a|an)$/i;

/**
 * Whether the acronym's letters can be read off the long form: most of them are initials of its
 * words or of the parts of a hyphenated word. Loose on purpose: MINUSMA is built from the French
 * name, so its letters only come in another order from the English one.
 */
export function fitsInitials(acr: string, long: string): boolean {
  const initials: string[] = [];
  for (const w of long.split(/\s+/)) {
    for (const part of w.split('-')) if (part) initials.push((part[0] as string).toUpperCase());
    if (SMALL.test(w)) continue;
  }
  const letters = acr.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  const pool = [...initials];
  let found = 0;
  for (const c of letters) {
    const at = pool.indexOf(c);
    if (at >= 0) {
      found++;
      pool.splice(at, 1);
    }
  }
  const content = long.split(/\s+/).filter((w) => !SMALL.test(w)).length;
  return (found / letters.length >= 0.6 && content >= 2 && content <= letters.length + 4) || fitsPrefixes(acr, long);
}

/** `UNPROFOR` from `United Nations Protection Force`: the letters are, in order, a start of each content word. */
function fitsPrefixes(acr: string, long: string): boolean {
  const words = long.split(/[\s-]+/).filter((w) => w && !SMALL.test(w)).map((w) => w.toLowerCase());
  const a = acr.toLowerCase();
  if (words.length < 2 || words.length > a.length || a.length > 12) return false;
  const from = (i: number, j: number): boolean => {
    if (i === words.length) return j === a.length;
    const w = words[i] as string;
    for (let k = 1; k <= w.length && j + k <= a.length && w[k - 1] === a[j + k - 1]; k++) if (from(i + 1, j + k)) return true;
    return false;
  };
  return from(0, 0);
}

/** The acronyms a sentence defines, each once, in order. */
export function findAcronyms(sentence: string): AcronymMatch[] {
  const out: AcronymMatch[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of sentence.matchAll(p.re)) {
      const value = m[p.acr] as string;
      let long = (m[p.long] as string).trim();
      // The long form is the shortest tail of the run that still fits the letters (`… Office in
      // Mali (UNOM)` after a sentence that started with other names).
      const words = long.split(/\s+/);
      let best = '';
      for (let k = words.length - 1; k >= 0; k--) {
        const tail = words.slice(k).join(' ');
        const w = words[k] as string;
        if (SMALL.test(w) || !value.toUpperCase().includes((w[0] as string).toUpperCase())) continue;
        if (fitsInitials(value, tail)) best = tail;
      }
      if (p.long === 2) {
        best = '';
        for (let k = words.length; k > 0; k--) {
          const head = words.slice(0, k).join(' ');
          if (fitsInitials(value, head.replace(/^the\s+/i, ''))) {
            best = head;
            break;
          }
        }
      }
      if (!best) continue;
      long = best.replace(/^the\s+/i, '');
      if (long.includes(value)) continue;
      if (out.some((o) => o.value === value)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, value, expansion: long });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The form typed answers are compared in: no accents, case, hyphens, dots or leading `the`. */
export function looseForm(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐-―-]/g, ' ')
    .replace(/[’']/g, "'")
    .replace(/[.,;:!?"“”()]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Whether a typed answer is the expected name, acronym or term, up to writing. */
export const looseMatch = (expected: string, response: string): boolean => looseForm(expected) !== '' && looseForm(expected) === looseForm(response);
