/**
 * Word-level overlap between two texts, used to check that course prose is written in our own
 * words and does not copy runs of its source.
 */

/** A run of consecutive words two texts have in common. */
export interface SharedRun {
  /** Number of words in the run; 0 when the texts share no word. */
  length: number;
  /** The run's words, normalised as `toWords` does. */
  words: string[];
}

/**
 * Splits a text into comparable words: lowercased, accents removed (`Sévaré` = `Sevare`),
 * apostrophes dropped inside words (`body's` = `bodys`), every other non-letter, non-digit
 * character treated as a break. Markdown markers and JSON punctuation therefore vanish.
 */
export function toWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])['’](?=[\p{L}\p{N}])/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * The longest run of consecutive words shared by `a` and `b` (after `toWords`). When several runs
 * tie, the one found first in `a` is returned.
 *
 * Dynamic programming over the two word arrays with one rolling row: O(|a|·|b|) time, O(|b|)
 * memory. Words are interned to integers first so the inner loop compares numbers, which keeps a
 * seed of ~800 words against a few thousand words of lessons well under a millisecond per pair.
 */
export function longestSharedRun(a: string, b: string): SharedRun {
  const wordsA = toWords(a);
  const wordsB = toWords(b);
  if (wordsA.length === 0 || wordsB.length === 0) return { length: 0, words: [] };

  const ids = new Map<string, number>();
  const intern = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
    }
    return id;
  };
  const idsA = Int32Array.from(wordsA, intern);
  const idsB = Int32Array.from(wordsB, intern);

  // row[j + 1] = length of the common run ending at a[i] and b[j].
  let previous = new Int32Array(idsB.length + 1);
  let current = new Int32Array(idsB.length + 1);
  let bestLength = 0;
  let bestEndA = 0;
  for (let i = 0; i < idsA.length; i++) {
    const word = idsA[i];
    for (let j = 0; j < idsB.length; j++) {
      const run = idsB[j] === word ? previous[j]! + 1 : 0;
      current[j + 1] = run;
      if (run > bestLength) {
        bestLength = run;
        bestEndA = i + 1;
      }
    }
    [previous, current] = [current, previous];
  }
  return { length: bestLength, words: wordsA.slice(bestEndA - bestLength, bestEndA) };
}
