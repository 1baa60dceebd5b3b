// How many of the hand-labelled names, acronyms and list items (tests/fixtures/words/labels.json) the
// word-fact extractor finds: `npx tsx scripts/kinds/recall.ts`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractWordFacts } from '../../src/core/kinds';
import { looseForm, looseMatch } from '../../src/core/acronyms';

const fixtures = path.resolve('tests/fixtures');
interface Labels {
  names: string[];
  acronyms: Record<string, string>;
  lists: string[];
}
const labels = JSON.parse(readFileSync(path.join(fixtures, 'words/labels.json'), 'utf8')) as { briefings: Record<string, Labels> };
const formatOf = (f: string): 'markdown' | 'html' | 'text' => (f.endsWith('.md') ? 'markdown' : f.endsWith('.html') ? 'html' : 'text');
const within = (inner: string, outer: string): boolean => ` ${looseForm(outer)} `.includes(` ${looseForm(inner)} `);
const found = { names: 0, acronyms: 0, lists: 0 };
const total = { names: 0, acronyms: 0, lists: 0 };
for (const [file, want] of Object.entries(labels.briefings)) {
  const facts = extractWordFacts(readFileSync(path.join(fixtures, file), 'utf8'), { format: formatOf(file), docId: file });
  const names = facts.filter((f) => f.kind === 'name').map((f) => String(f.value));
  for (const n of want.names) {
    total.names++;
    if (names.some((v) => within(n, v))) found.names++;
    else console.log(`missed ${file}: name ${n}`);
  }
  for (const [acr, long] of Object.entries(want.acronyms)) {
    total.acronyms++;
    if (facts.some((f) => f.kind === 'acronym' && f.value === acr && looseMatch(long, f.expansion ?? ''))) found.acronyms++;
    else console.log(`missed ${file}: acronym ${acr}`);
  }
  for (const item of want.lists) {
    total.lists++;
    if (facts.some((f) => f.kind === 'list' && looseMatch(item, String(f.value)))) found.lists++;
    else console.log(`missed ${file}: list item ${item}`);
  }
}
const pct = (a: number, b: number): string => `${a}/${b} (${((100 * a) / b).toFixed(0)}%)`;
console.log(`names ${pct(found.names, total.names)}, acronyms ${pct(found.acronyms, total.acronyms)}, list items ${pct(found.lists, total.lists)}; all ${pct(found.names + found.acronyms + found.lists, total.names + total.acronyms + total.lists)}`);
