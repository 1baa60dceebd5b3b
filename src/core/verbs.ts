// English verb forms for writing questions from events: the base form of a past tense or
// participle as written (`established` → `establish`), and back (`establish` → `established`).
// Rules and a table of the irregular verbs briefings use; no dictionary.

// base, past, participle
const IRREGULAR: readonly (readonly [string, string, string])[] = [
  ['begin', 'began', 'begun'], ['break', 'broke', 'broken'], ['take', 'took', 'taken'], ['make', 'made', 'made'],
  ['give', 'gave', 'given'], ['send', 'sent', 'sent'], ['lead', 'led', 'led'], ['hold', 'held', 'held'],
  ['set', 'set', 'set'], ['meet', 'met', 'met'], ['go', 'went', 'gone'], ['come', 'came', 'come'],
  ['become', 'became', 'become'], ['see', 'saw', 'seen'], ['leave', 'left', 'left'], ['lose', 'lost', 'lost'],
  ['flee', 'fled', 'fled'], ['fall', 'fell', 'fallen'], ['rise', 'rose', 'risen'], ['grow', 'grew', 'grown'],
  ['spend', 'spent', 'spent'], ['bring', 'brought', 'brought'], ['build', 'built', 'built'], ['fight', 'fought', 'fought'],
  ['run', 'ran', 'run'], ['keep', 'kept', 'kept'], ['pay', 'paid', 'paid'], ['win', 'won', 'won'],
  ['withdraw', 'withdrew', 'withdrawn'], ['draw', 'drew', 'drawn'], ['strike', 'struck', 'struck'], ['seek', 'sought', 'sought'],
  ['tell', 'told', 'told'], ['say', 'said', 'said'], ['overtake', 'overtook', 'overtaken'], ['undertake', 'undertook', 'undertaken'],
  ['lay', 'laid', 'laid'], ['put', 'put', 'put'], ['cut', 'cut', 'cut'], ['hit', 'hit', 'hit'], ['shoot', 'shot', 'shot'],
  ['split', 'split', 'split'], ['spread', 'spread', 'spread'], ['stand', 'stood', 'stood'], ['write', 'wrote', 'written'],
  ['choose', 'chose', 'chosen'], ['forsee', 'foresaw', 'foreseen'], ['oversee', 'oversaw', 'overseen'], ['arise', 'arose', 'arisen'],
  ['drive', 'drove', 'driven'], ['ride', 'rode', 'ridden'], ['sell', 'sold', 'sold'], ['buy', 'bought', 'bought'],
  ['find', 'found', 'found'], ['get', 'got', 'got'], ['know', 'knew', 'known'], ['show', 'showed', 'shown'],
  ['speak', 'spoke', 'spoken'], ['sign', 'signed', 'signed'], ['wage', 'waged', 'waged'], ['die', 'died', 'died'],
  ['lie', 'lay', 'lain'], ['tie', 'tied', 'tied'], ['bear', 'bore', 'borne'], ['swear', 'swore', 'sworn'],
  ['fly', 'flew', 'flown'], ['deal', 'dealt', 'dealt'], ['mean', 'meant', 'meant'], ['read', 'read', 'read'],
  ['feel', 'felt', 'felt'], ['think', 'thought', 'thought'], ['teach', 'taught', 'taught'], ['catch', 'caught', 'caught'],
  ['quit', 'quit', 'quit'], ['shut', 'shut', 'shut'], ['let', 'let', 'let'], ['upset', 'upset', 'upset'],
  ['hear', 'heard', 'heard'], ['understand', 'understood', 'understood'], ['wind', 'wound', 'wound'], ['be', 'was', 'been'], ['have', 'had', 'had'], ['do', 'did', 'done'],
];
const BY_FORM = new Map<string, string>();
const PAST = new Map<string, string>();
const PARTICIPLE = new Map<string, string>();
for (const [base, past, part] of IRREGULAR) {
  PAST.set(base, past);
  PARTICIPLE.set(base, part);
  BY_FORM.set(past, base);
  BY_FORM.set(part, base);
}

// Stems that take no `e` back although their shape says they would (`visited`, `limited`).
const NO_E = new Set(['visit', 'limit', 'edit', 'exhibit', 'credit', 'audit', 'deposit', 'inherit', 'prohibit', 'profit', 'benefit', 'solicit', 'target', 'budget', 'focus', 'bias', 'develop', 'gallop', 'belong', 'consider', 'order', 'enter', 'offer', 'render', 'deliver', 'gather', 'monitor', 'sponsor', 'mirror', 'honour', 'honor', 'favour', 'labour', 'endeavour', 'harbour', 'open', 'happen', 'threaten', 'strengthen', 'broaden', 'widen', 'deepen', 'question', 'station', 'mention', 'position', 'function', 'sanction', 'pardon', 'abandon', 'summon', 'reckon', 'travel', 'cancel', 'label', 'model', 'signal', 'channel', 'total', 'level', 'fuel', 'appeal', 'repeal', 'reveal', 'install', 'recall', 'call', 'kill', 'fill', 'pull', 'expel', 'compel', 'propel', 'control', 'patrol', 'enrol', 'annul']);
// Final consonants doubled before -ed in these endings (`planned`, `committed`, `referred`).
const DOUBLED = /([bgmnprt])\1$/;
// British doubling of l (`cancelled`, `travelled`, `patrolled`).
const LL_STEMS = new Set(['cancell', 'travell', 'labell', 'modell', 'signall', 'channell', 'totall', 'levell', 'fuell', 'expell', 'compell', 'propell', 'controll', 'patroll', 'enroll', 'annull', 'counsell', 'quarrell']);

/** The base form of a past tense or participle (`authorized` → `authorize`), or null when `word` is not one. */
export function baseOf(word: string): string | null {
  const w = word.toLowerCase();
  const irregular = BY_FORM.get(w);
  if (irregular) return irregular;
  if (!/^[a-z]{3,}ed$/.test(w)) return null;
  if (w === 'died' || w === 'tied' || w === 'lied') return w.slice(0, -1);
  let stem = w.slice(0, -2);
  if (/[^aeiou]i$/.test(stem)) return stem.slice(0, -1) + 'y';
  if (/ee$/.test(stem)) return stem;
  if (LL_STEMS.has(stem)) return stem.slice(0, -1);
  if (DOUBLED.test(stem)) return stem.slice(0, -1);
  if (NO_E.has(stem)) return stem;
  if (needsE(stem)) return stem + 'e';
  stem = stem.replace(/'$/, '');
  return stem;
}

/** Whether a stem left by taking off `-ed` was written with a final `e` (`rais` → `raise`). */
function needsE(stem: string): boolean {
  if (/[vzcu]$/.test(stem)) return true;
  if (/ss$/.test(stem)) return false;
  if (/s$/.test(stem)) return true;
  if (/creat$/.test(stem)) return true;
  if (/(?:at|ot|ut|et|it)$/.test(stem)) return !/(?:eet|oot|ait|eat|oat|uit)$/.test(stem);
  if (/(?:ar|or|ur|ir)$/.test(stem)) return !/(?:ear|oar|air|oor|our|eir)$/.test(stem);
  if (/[^aeiou]in$/.test(stem)) return true;
  if (/[^aeiou][aeiou][mkdbl]$/.test(stem)) return true;
  if (/(?:rg|dg|ng)$/.test(stem)) return !/(?:long|bring)$/.test(stem);
  if (/[^aeiou][aeiou]g$/.test(stem)) return true;
  return false;
}

const ONE_SYLLABLE_CVC = /^[^aeiou]*[aeiou][bdgmnprt]$/;

/** The past tense of a base form (`establish` → `established`, `take` → `took`). */
export function pastOf(base: string): string {
  const irregular = PAST.get(base);
  if (irregular) return irregular;
  return regularEd(base);
}

/** The past participle of a base form (`set up` is handled by the caller: one verb word here). */
export function participleOf(base: string): string {
  const irregular = PARTICIPLE.get(base);
  if (irregular) return irregular;
  return regularEd(base);
}

function regularEd(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (ONE_SYLLABLE_CVC.test(base) && !/[wxy]$/.test(base)) return base + base.slice(-1) + 'ed';
  if (/(?:mit|fer|cur|pel|trol)$/.test(base) && !/(?:offer|suffer|differ|prefer)$/.test(base)) return base + base.slice(-1) + 'ed';
  return base + 'ed';
}

/** Applies `form` to the first word of a verb phrase: `take over` → `took over`. */
export function inflect(phrase: string, form: (base: string) => string): string {
  const sp = phrase.indexOf(' ');
  return sp < 0 ? form(phrase) : form(phrase.slice(0, sp)) + phrase.slice(sp);
}

/** Whether `word` (lower case) is a past tense or participle this module can read. */
export const isPastForm = (word: string): boolean => baseOf(word) !== null;
