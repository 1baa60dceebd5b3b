// What the lesson screen needs to know about a rendered lesson without loading the renderer
// (markdown-it, DOMPurify): the element ids it gives headings and facts, and the key that says whether
// a lesson rendered at build time was rendered from exactly this text, these facts and this glossary.
import type { GlossaryEntry } from '../../../core/course';
import { hash32 } from '../../../core/hash';
import type { Fact } from '../../../core/types';

/** The element id of a heading with this anchor. Prefixed so no heading can clobber a DOM property. */
export const sectionElementId = (anchor: string): string => `sec-${anchor}`;
/** The element id of a fact's mark. */
export const factElementId = (factId: string): string => `fact-${factId}`;

/** Everything a lesson's rendering depends on, hashed: the same key means the same HTML. */
export function lessonRenderKey(body: string, facts: readonly Fact[], glossary: readonly GlossaryEntry[]): string {
  const marks = facts.map((f) => [f.id, f.kind, f.start, f.end, f.text, f.value]);
  return hash32(`${body}\u0000${JSON.stringify(marks)}\u0000${JSON.stringify(glossary)}`);
}
