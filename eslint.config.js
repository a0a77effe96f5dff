// Lint: typescript-eslint's recommended rules plus the context boundaries of ARCHITECTURE.md,
// enforced like Dark Reader does, on the context level of every feature folder
// (src/<feature>/{core,background,content,ui}): core is pure, contexts never import each other,
// only src/shared/platform touches webextension-polyfill, and src/ uses zod/mini (classic zod is
// 5x larger and trips web-ext lint's DANGEROUS_EVAL).
import tseslint from 'typescript-eslint';

const browserGlobals = ['window', 'document', 'chrome', 'browser', 'navigator', 'location', 'localStorage'].map((name) => ({
  name,
  message: 'Core code is pure: pass data in instead of reading browser globals.',
}));

const polyfill = { name: 'webextension-polyfill', message: 'Only src/shared/platform may import the extension API.' };
const classicZod = { name: 'zod', message: "Import 'zod/mini' (smaller, no eval)." };
// Imports are relative, so a context is recognised by a folder of that name anywhere in the path
// (keep/background/store, ../../background/handlers). The composition roots (src/background,
// src/content) and the pages (src/pages) count as their context.
const noImport = (...contexts) => contexts.map((context) => ({
  group: [`**/${context}`, `**/${context}/**`],
  message: `This context may not import from a ${context}/ folder.`,
}));
// Storage items do I/O through the platform: only the background reads and writes them.
const storageItems = { group: ['**/storage/items'], message: 'Only the background reads and writes storage items.' };

// Where each context lives.
const CORE = ['src/*/core/**', 'src/guide/recipes/**', 'src/shared/*.ts', 'src/shared/protocol/**', 'src/shared/passwords/**', 'src/shared/storage/versioned.ts'];
const BACKGROUND = ['src/background/**', 'src/*/background/**', 'src/shared/storage/items.ts'];
const CONTENT = ['src/content/**', 'src/*/content/**'];
const UI = ['src/pages/**', 'src/*/ui/**', 'src/shared/components/**'];
const PLATFORM = ['src/shared/platform/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', '.scratch/**', '.eval/**'] },
  ...tseslint.configs.recommended,
  {
    // No HTML strings into the DOM anywhere in the extension: web-ext lint's one accepted
    // innerHTML warning is Preact's renderer, and this keeps it the only one.
    files: ['src/**'],
    rules: {
      'no-restricted-properties': ['error', { property: 'outerHTML' }, { property: 'insertAdjacentHTML' }],
      'no-restricted-syntax': ['error', { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML: build nodes.' }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true }],
    },
  },
  {
    files: CORE,
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': ['error', {
        paths: [polyfill, classicZod, { name: 'preact', message: 'No UI in core.' }],
        patterns: [...noImport('platform', 'background', 'content', 'ui', 'pages', 'components'), storageItems],
      }],
    },
  },
  {
    files: BACKGROUND,
    rules: { 'no-restricted-imports': ['error', { paths: [polyfill, classicZod], patterns: noImport('content', 'ui', 'pages', 'components') }] },
  },
  {
    files: UI,
    rules: {
      // Repeats the innerHTML rule: a later block replaces a rule's options for its files.
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in extension pages.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML: build nodes.' }],
      'no-restricted-imports': ['error', { paths: [polyfill, classicZod], patterns: [...noImport('background', 'content'), storageItems] }],
    },
  },
  {
    files: PLATFORM,
    rules: { 'no-restricted-imports': ['error', { paths: [classicZod], patterns: [...noImport('background', 'content', 'ui', 'pages', 'components'), storageItems] }] },
  },
  {
    // The content script's platform files use the browser's own API (native-api.ts explains why);
    // they may borrow the polyfill's types, never its code.
    files: ['src/shared/platform/content-*.ts', 'src/shared/platform/native-api.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ ...polyfill, message: 'The content script uses nativeApi(): import only types from the polyfill.', allowTypeImports: true }, classicZod],
        patterns: [...noImport('background', 'content', 'ui', 'pages', 'components'), storageItems],
      }],
    },
  },
  {
    // The content script may reach the extension API only through those files.
    files: CONTENT,
    rules: {
      'no-restricted-imports': ['error', {
        paths: [polyfill, classicZod],
        patterns: [...noImport('background', 'ui', 'pages', 'components'), storageItems, {
          regex: 'platform/(?!content-|log$)',
          message: 'The content script imports only src/shared/platform/content-*.ts (and log): the rest pulls in webextension-polyfill.',
        }],
      }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.js', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly' } },
  },
);
