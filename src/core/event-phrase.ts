// A dated event as a phrase that can stand in a question (`the Security Council adopting resolution
// 2690`, `MINUSMA taking over authority from AFISMA`), read from the date's clause when it has one
// of three plain shapes: done (`X adopted Y`), done to (`X was set up under Y`) or planned (`X was to
// take over from Y`). Anything else has no phrase, and no "which came first" question is written.

// Past tenses and participles that do not end in -ed, with their -ing forms.
const IRREGULAR: Record<string, string> = {
  began: 'beginning', begun: 'beginning', took: 'taking', taken: 'taking', set: 'setting', gave: 'giving', given: 'giving',
  made: 'making', sent: 'sending', led: 'leading', held: 'holding', broke: 'breaking', broken: 'breaking', went: 'going',
  came: 'coming', became: 'becoming', won: 'winning', fought: 'fighting', left: 'leaving', withdrew: 'withdrawing',
  withdrawn: 'withdrawing', drew: 'drawing', drawn: 'drawing', brought: 'bringing', sought: 'seeking', met: 'meeting',
  built: 'building', put: 'putting', cut: 'cutting', spread: 'spreading', struck: 'striking', undertook: 'undertaking',
  undertaken: 'undertaking', oversaw: 'overseeing', overseen: 'overseeing', paid: 'paying', laid: 'laying', rose: 'rising',
  risen: 'rising', fell: 'falling', fallen: 'falling', chose: 'choosing', chosen: 'choosing', wrote: 'writing',
  written: 'writing', ran: 'running', saw: 'seeing', seen: 'seeing', shut: 'shutting', known: 'knowing',
};
// Base forms whose -ing form doubles the last letter or keeps a final e.
const BASE_ING: Record<string, string> = {
  begin: 'beginning', set: 'setting', put: 'putting', run: 'running', get: 'getting', stop: 'stopping', plan: 'planning',
  cut: 'cutting', admit: 'admitting', commit: 'committing', submit: 'submitting', transfer: 'transferring', occur: 'occurring',
  be: 'being', see: 'seeing', agree: 'agreeing', oversee: 'overseeing', die: 'dying',
};
// -ed words that describe rather than act (`armed groups`, `the so-called …`).
const NOT_VERBS = new Set(['armed', 'united', 'based', 'concerned', 'related', 'limited', 'detailed', 'advanced', 'alleged', 'integrated', 'so-called', 'mixed', 'skilled', 'trained', 'equipped', 'hundred']);
const PARTICIPLES = new Set(Object.keys(IRREGULAR));

/** `adopted` → `adopting`, `began` → `beginning`; '' when the word is not a past tense. */
function ingOfPast(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (NOT_VERBS.has(w) || !/^[a-z]{3,}ed$/.test(w)) return '';
  if (w.endsWith('ied')) return `${w.slice(0, -3)}ying`;
  if (w.endsWith('eed')) return `${w.slice(0, -1)}ing`;
  return `${w.slice(0, -2)}ing`;
}

/** `take` → `taking`, `cease` → `ceasing`, `begin` → `beginning`. */
function ingOfBase(word: string): string {
  const w = word.toLowerCase();
  if (BASE_ING[w]) return BASE_ING[w];
  if (w.endsWith('ie')) return `${w.slice(0, -2)}ying`;
  if (/(?:ee|ye|oe)$/.test(w)) return `${w}ing`;
  if (/[^aeiou]e$/.test(w) || /[aiou]e$/.test(w)) return `${w.slice(0, -1)}ing`;
  return `${w}ing`;
}

const PRONOUN = /^(?:it|its|they|their|this|these|those|that|he|she|which|who|we|there|here)$/i;
const DETERMINER = /^(?:the|a|an)$/i;
const AUX = /^(?:would|will|was|were|is|are|had|has|have|shall)$/i;

/**
 * The event of a date fact as a phrase for the middle of a question, or null. `about` is the clause
 * the date stands in; a year in it would give the answer away, a pronoun leaves it unnamed.
 */
export function eventPhrase(about: string): string | null {
  const clause = (about.replace(/\s*…$/, '').split(/,\s|;\s|\s[—–]\s/)[0] as string).trim();
  if (/\b(?:1[89]|20)\d{2}\b/.test(clause.replace(/\b[Rr]esolutions?\s+\d+/g, '')) || /[()“”"]/.test(clause)) return null;
  const words = clause.split(/\s+/);
  if (words.length < 3 || words.length > 18 || PRONOUN.test(words[0] as string)) return null;
  // The subject: a name (capitalised) or a noun phrase after `the`/`a`, up to the first verb.
  if (!/^\p{Lu}/u.test(words[0] as string) && !DETERMINER.test(words[0] as string)) return null;
  let v = 1;
  while (v < words.length && v <= 8 && !AUX.test(words[v] as string) && !ingOfPast(words[v] as string)) v++;
  if (v >= words.length || v > 8) return null;
  const subjectWords = words.slice(0, v);
  if (subjectWords.some((w) => PRONOUN.test(w))) return null;
  const subject = DETERMINER.test(subjectWords[0] as string) ? [(subjectWords[0] as string).toLowerCase(), ...subjectWords.slice(1)].join(' ') : subjectWords.join(' ');
  const w = (i: number): string => (words[i] ?? '').toLowerCase();
  let phrase: string | null = null;
  if (AUX.test(words[v] as string)) {
    // Planned: `would take over`, `was to cease`, `was due to end`, `would be deployed`.
    let k = v + 1;
    if (/^(?:was|were|is|are)$/.test(w(v))) {
      if (w(k) === 'due' || w(k) === 'expected' || w(k) === 'scheduled' || w(k) === 'set') k++;
      if (w(k) === 'to') k++;
      else k = -1;
    } else if (/^(?:had|has|have)$/.test(w(v))) {
      k = w(k) === 'been' ? k + 1 : -1;
      // Done to: `had been set up under resolution 2085`.
      if (k > 0 && (ingOfPast(w(k)) || PARTICIPLES.has(w(k)))) return finish(`${subject} being ${words.slice(k).join(' ')}`);
      return null;
    }
    if (k < 0) {
      // Done to, in the simple past: `was established by …`.
      const p = v + 1;
      if (/^(?:was|were)$/.test(w(v)) && ingOfPast(w(p))) return finish(`${subject} being ${words.slice(p).join(' ')}`);
      return null;
    }
    if (w(k) === 'be' && ingOfPast(w(k + 1))) phrase = `${subject} being ${words.slice(k + 1).join(' ')}`;
    else if (/^[a-z]+$/.test(w(k)) && !AUX.test(w(k))) phrase = `${subject} ${ingOfBase(w(k))}${words.length > k + 1 ? ' ' + words.slice(k + 1).join(' ') : ''}`;
  } else {
    phrase = `${subject} ${ingOfPast(words[v] as string)}${words.length > v + 1 ? ' ' + words.slice(v + 1).join(' ') : ''}`;
  }
  return phrase ? finish(phrase) : null;
}

/** A phrase ends on a word that completes it, not on `the`, `of` or `to`. */
function finish(phrase: string): string | null {
  const p = phrase.trim().replace(/[.,;:]+$/, '');
  if (/\s(?:the|a|an|of|in|on|at|to|for|with|by|from|and|or|which|that|its|their|than)$/i.test(p)) return null;
  // Two phrases share one question: a longer one makes it hard to read.
  const n = p.split(/\s+/).length;
  return n >= 3 && n <= 12 ? p : null;
}
