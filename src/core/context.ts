// What a fact is about, read from the words around it. Plain heuristics over one sentence:
// robust on unseen briefings, and every output is checked again where prompts are written.

/** `The United Nations Mission in Mali (MINUSMA)` → `MINUSMA`: prompts stay short and readable. */
export function compressNames(s: string): string {
  return s.replace(
    /\b(?:[Tt]he\s+)?(?:(?:[A-Z][\w'’.-]*|of|in|the|for|and|on|de|du|des|la|le|en|au|pour)\s+){1,12}\(([A-Z][A-Z0-9-]{2,})\)/g,
    (whole, acr: string) => (/^[A-Z]/.test(whole.replace(/^[Tt]he\s+/, '')) ? acr : whole),
  );
}

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const CLAUSE_BREAK = /[;:()[\]–—]|,\s+(?:making|which|who|while|whereas|but|because|although|where|when|including|known|so)\b|\s(?:making|which|while|whereas|because|although)\s/;
const VERBISH =
  /^(?:have|has|had|were|was|are|is|will|would|could|can|may|might|should|must|remain|remained|remains|to\s+be|to\s+\w+|died|fled|began|begin|took|left|made|went|came|became|saw|lost|held|gave|sent|met|stood|rose|fell|grew|spent|brought|built|fought|ran|kept|paid|won|arrive|serve|serving|deployed|\w+ed)\b/i;

const DANGLING = /^(?:the|a|an|of|in|on|at|to|for|with|by|from|behalf|and|or|its|their|as|into|than)$/i;

/** The words after a counted noun phrase when they read as its predicate (`have been killed`). */
export function predicateAfter(sentence: string, from: number): string {
  const rest = sentence.slice(from);
  const stop = rest.search(/[,;:()[\]–—.!?]|\s(?:making|which|who|while|whereas|but|because|although|so|known|where|when|including|and|or)\s/);
  const piece = collapse(stop < 0 ? rest : rest.slice(0, stop));
  if (!piece || !VERBISH.test(piece)) return '';
  const words = piece.split(' ').slice(0, 10);
  // A predicate cut short must not end on a preposition or article (`on behalf of`).
  while (words.length > 1 && DANGLING.test(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

/** The clause around `[from, to)` in `sentence`, cut at semicolons, colons, brackets and dashes. */
export function clauseAround(sentence: string, from: number, to: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  const re = new RegExp(CLAUSE_BREAK.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    const a = m.index;
    const b = a + m[0].length;
    // Brackets around an acronym are part of a name, not a clause boundary.
    if (m[0] === '(' && /^\([A-Z][A-Z0-9-]{1,}\)/.test(sentence.slice(a))) continue;
    if (m[0] === ')' && /\([A-Z][A-Z0-9-]{1,}$/.test(sentence.slice(0, a))) continue;
    if (m[0] === '(' && /^\(\s*(?:19|20)\d{2}\s*\)/.test(sentence.slice(a))) continue;
    if (m[0] === ')' && /\(\s*(?:19|20)\d{2}\s*$/.test(sentence.slice(0, a))) continue;
    if (b <= from) start = b;
    else if (a >= to) {
      end = a;
      break;
    }
  }
  return { start, end };
}

/**
 * A readable excerpt of `sentence` around `[from, to)`: at most `maxWords` words, with `…` where cut.
 * `replace` substitutes the focus text (a blank, or another value).
 */
export function excerpt(sentence: string, from: number, to: number, replace: string, maxWords = 28): string {
  const headParts = sentence.slice(0, from).split(/(?<=\s)/);
  const tailParts = sentence.slice(to).split(/(?=\s)/);
  const keepBefore = Math.min(headParts.length, Math.ceil(maxWords * 0.55));
  const keepAfter = Math.max(3, maxWords - keepBefore);
  const cutHead = keepBefore < headParts.length;
  const cutTail = keepAfter < tailParts.length;
  const head = headParts.slice(headParts.length - keepBefore).join('');
  const tail = tailParts.slice(0, keepAfter).join('');
  return collapse((cutHead ? '… ' : '') + head + replace + tail + (cutTail ? ' …' : ''));
}

const PASSIVE = /^(.*?)\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+((?:\w+ly\s+)?\w+ed)\b/;
const PARTICIPLE = /^(.*?),\s+((?:\w+ly\s+)?\w+ed)\b/;

/**
 * What a resolution did, verb first (`established MINUSMA`), or '' when the sentence does not say
 * it plainly. `before` is the clause up to the resolution, `after` the text following it.
 */
export function resolutionAction(before: string, after: string): string {
  const b = compressNames(collapse(before));
  const a = collapse(after);
  // Active: `Resolution 2149 (2014) extended the mandate …`, `resolution 2100, which authorized …`.
  const active = /^(?:,\s*)?(?:which\s+|that\s+)?((?:\w+ly\s+)?(?:[a-z]+ed|set|made|took|gave|sent|led)\b(?:[^,;:.()]|(?<=\d)[,.](?=\d))*)/.exec(a);
  if (active && !/^(?:based|signed|dated|entitled|titled|adopted\s+on)\b/.test(active[1] as string)) return clipWords(active[1] as string, 12);
  // By its resolution N, the Council extended …
  const byIts = /^(?:,\s*)?(?:the\s+(?:Security\s+)?Council\s+)((?:\w+ly\s+)?\w+ed\b(?:[^,;:.()]|(?<=\d)[,.](?=\d))*)/i.exec(a);
  const lead = b.replace(/^.*[,;:]\s*/, '');
  if (byIts && /^(?:by|in|through|with|under)(?:\s+its)?(?:\s+the)?(?:\s+(?:Security\s+Council|UNSC|UN))?$/i.test(lead))
    return clipWords(byIts[1] as string, 12);
  // The Security Council established UNIFIL by resolutions 425 and 426 …
  const council = /\bCouncil\s+((?:\w+ly\s+)?[a-z]+ed)\s+(.{1,80}?)[\s,]*(?:\bthe\s+same\s+day\b)?[\s,]*\b(?:by|through|in|under|with|via)(?:\s+its)?(?:\s+adopting)?(?:\s+(?:Security\s+Council|UNSC))?$/.exec(b);
  if (council) return clipWords(`${council[1]} ${council[2]}`, 12);
  const passive = PASSIVE.exec(b);
  if (passive && /\b(by|under|through|in\s+accordance\s+with|pursuant\s+to|following)\b/i.test(b.slice(passive[0].length))) {
    const subject = (passive[1] as string).replace(/^.*[,;:]\s*/, '');
    if (subject && subject.split(' ').length <= 8) return `${passive[2]} ${subject}`;
  }
  const part = PARTICIPLE.exec(b);
  if (part && /\b(by|under|through|in\s+accordance\s+with|pursuant\s+to)\b/i.test(b.slice(part[0].length))) {
    const subject = (part[1] as string).replace(/^.*[;:]\s*/, '');
    if (subject && subject.split(' ').length <= 8) return `${part[2]} ${subject}`;
  }
  return '';
}

export function clipWords(s: string, n: number): string {
  const words = collapse(s).split(' ');
  return words.length <= n ? words.join(' ') : words.slice(0, n).join(' ') + ' …';
}
