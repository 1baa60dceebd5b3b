// What a key press means on a question: the shortcuts are documented on screen beside each question.
import type { QuestionType } from '../../../../core/types';

export type KeyAction =
  | { kind: 'choose'; index: number }
  | { kind: 'truefalse'; value: boolean }
  | { kind: 'submit' }
  | null;

/** What the key was pressed on: a text field (typing), a button or link (Enter activates it), anything else. */
export type KeyTarget = 'text' | 'button' | 'other';

export interface KeyPress {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const LETTERS = 'abcdefghi';

/** The action a key press asks for on a question of this type, or null to let the browser handle it. */
export function keyAction(press: KeyPress, type: QuestionType, optionCount: number, target: KeyTarget): KeyAction {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  if (press.key === 'Enter') return target === 'button' ? null : { kind: 'submit' };
  if (target === 'text') return null;
  const key = press.key.toLowerCase();
  if (type === 'choice') {
    const digit = /^[1-9]$/.test(key) ? Number(key) - 1 : -1;
    const letter = key.length === 1 ? LETTERS.indexOf(key) : -1;
    const index = digit >= 0 ? digit : letter;
    return index >= 0 && index < optionCount ? { kind: 'choose', index } : null;
  }
  if (type === 'truefalse') {
    if (key === 't' || key === '1') return { kind: 'truefalse', value: true };
    if (key === 'f' || key === '2') return { kind: 'truefalse', value: false };
  }
  return null;
}

/** Classifies the element a key was pressed on. */
export function keyTargetOf(el: EventTarget | null): KeyTarget {
  if (!(el instanceof HTMLElement)) return 'other';
  if (el instanceof HTMLTextAreaElement) return 'button';
  if (el instanceof HTMLInputElement) return ['text', 'search', 'number'].includes(el.type) ? 'text' : 'other';
  if (el.isContentEditable) return 'text';
  if (el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement || el.getAttribute('role') === 'button') return 'button';
  return 'other';
}

/** Moves the item at `from` one place up (-1) or down (+1); the same list when it cannot move. */
export function moveItem<T>(items: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}
