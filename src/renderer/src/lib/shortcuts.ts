// Every keyboard shortcut of the app, as the `?` overlay lists them. Each entry names the code that
// handles it, so a new key goes here beside it.

/** One shortcut: the keys (each a list of keys pressed together) and what they do. */
export interface Shortcut {
  keys: readonly (readonly string[])[];
  does: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    // App.svelte, SearchDialog.svelte, ShortcutsDialog.svelte
    title: 'Anywhere',
    shortcuts: [
      { keys: [['Alt', '1']], does: 'Go to the Library' },
      { keys: [['Alt', '2']], does: 'Go to Quiz' },
      { keys: [['Alt', '3']], does: 'Go to Progress' },
      { keys: [['Alt', '4']], does: 'Go to Settings' },
      { keys: [['/'], ['Ctrl', 'K']], does: 'Search the lessons and the glossary (/ outside text fields; ⌘K on a Mac)' },
      { keys: [['?']], does: 'Show this list of shortcuts (outside text fields)' },
      { keys: [['Esc']], does: 'Close a dialog or this list' },
      { keys: [['Tab']], does: 'From the top of the page: “Skip to content”' },
    ],
  },
  {
    // SearchDialog.svelte
    title: 'In search',
    shortcuts: [
      { keys: [['↑'], ['↓']], does: 'Move between results' },
      { keys: [['Home'], ['End']], does: 'First or last result' },
      { keys: [['Enter']], does: 'Open the chosen result' },
    ],
  },
  {
    // LessonBody.svelte
    title: 'Reading a lesson',
    shortcuts: [{ keys: [['Esc']], does: 'Hide the definition of a glossary term' }],
  },
  {
    // features/quiz/keys.ts, QuizTaking.svelte
    title: 'Answering a quiz question',
    shortcuts: [
      { keys: [['1'], ['A']], does: 'Multiple choice: choose an option (1–9 or A–I)' },
      { keys: [['T'], ['F']], does: 'True or false: choose True or False (1 or 2 too)' },
      { keys: [['Enter']], does: 'Check the answer, go on, or save and go to the next question' },
      { keys: [['R']], does: '“I was right”: count a typed answer marked wrong as right (after checking it, or on the results)' },
      { keys: [['Tab'], ['↑'], ['↓']], does: 'Match pairs: go to a list, then choose a partner' },
    ],
  },
  {
    // OrderQuestion.svelte
    title: 'Putting items in order',
    shortcuts: [
      { keys: [['↑'], ['↓']], does: 'Go from item to item' },
      { keys: [['Alt', '↑'], ['Alt', '↓']], does: 'Move the focused item up or down' },
      { keys: [['Esc']], does: 'Cancel a drag with the mouse or a finger' },
    ],
  },
  {
    // FlashcardsView.svelte
    title: 'Reviewing flashcards',
    shortcuts: [
      { keys: [['Space'], ['Enter']], does: 'Show the answer' },
      { keys: [['1']], does: 'Again' },
      { keys: [['2']], does: 'Hard' },
      { keys: [['3']], does: 'Good' },
      { keys: [['4']], does: 'Easy' },
      { keys: [['Ctrl', 'Z']], does: 'Undo the last rating (⌘Z on a Mac)' },
    ],
  },
];

/** Whether a key press asks for the shortcut list: `?` (Shift+/ on most layouts) with no other modifier. */
export function asksForShortcuts(press: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): boolean {
  return press.key === '?' && !press.ctrlKey && !press.metaKey && !press.altKey;
}
