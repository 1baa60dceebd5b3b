import js from '@eslint/js';
import globals from 'globals';
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';

const DOM_GLOBALS = Object.keys(globals.browser).filter((name) => !(name in globals.es2021) && !(name in globals.node));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'build/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.ci/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    // Playwright callbacks passed to page.evaluate run in the browser.
    files: ['tests/e2e/**/*.ts', 'scripts/**/*.{mjs,ts}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The domain library stays pure: no UI framework, storage, platform or DOM.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*'], message: 'src/core is pure TypeScript: no Svelte.' },
            { group: ['dexie', 'dexie/*'], message: 'src/core is pure TypeScript: storage belongs in src/renderer/src/db.' },
            { group: ['electron', 'electron/*'], message: 'src/core is pure TypeScript: no Electron.' },
            { group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'src/core must not reach into a process.' },
            {
              group: ['dompurify', 'pdfjs-dist', 'pdfjs-dist/*', '@mozilla/readability', 'mammoth', 'jsdom', '@testing-library/*'],
              message: 'src/core is pure TypeScript: modules that need a DOM belong in the renderer.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'src/core must not use the DOM.' }))],
    },
  },
  {
    files: ['src/core/**/*.test.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // Components never reach the database or the platform directly: they read state handed to them
    // by the composition root (state/app.ts), which is wired to both.
    files: ['src/renderer/src/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/db', '**/db/*', 'dexie', 'dexie/*'], message: 'Components read state prepared in state/, not the database.' },
            { group: ['**/lib/platform', '**/lib/platform.ts'], message: 'Components ask the platform through state (useApp().shell), not lib/platform.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='api'][object.name=/^(window|globalThis|self)$/]", message: 'Components do not call window.api: go through state (useApp().shell).' },
      ],
      'no-restricted-globals': ['error', { name: 'api', message: 'Components do not call window.api: go through state (useApp().shell).' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**', '**/renderer/**', '**/preload/**', 'electron'], message: 'src/shared imports nothing from either side.' }] }],
    },
  },
);
