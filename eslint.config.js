// Lint: typescript-eslint's recommended rules plus the context boundaries of ARCHITECTURE.md,
// enforced like Dark Reader does: core is pure, contexts never import each other, only
// src/platform touches webextension-polyfill, and src/ uses zod/mini (classic zod is 5x larger
// and trips web-ext lint's DANGEROUS_EVAL).
import tseslint from 'typescript-eslint';

const browserGlobals = ['window', 'document', 'chrome', 'browser', 'navigator', 'location', 'localStorage'].map((name) => ({
  name,
  message: 'src/core is pure: pass data in instead of reading browser globals.',
}));

const polyfill = { name: 'webextension-polyfill', message: 'Only src/platform may import the extension API.' };
const classicZod = { name: 'zod', message: "Import 'zod/mini' (smaller, no eval)." };
const noImport = (...dirs) => dirs.map((dir) => ({ group: [`**/${dir}`, `**/${dir}/**`], message: `This context may not import from ${dir}/.` }));

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
    files: ['src/core/**', 'src/recipes/**'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': ['error', { paths: [polyfill, classicZod, { name: 'preact', message: 'No UI in core.' }], patterns: noImport('platform', 'background', 'content', 'ui') }],
    },
  },
  {
    files: ['src/background/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [polyfill, classicZod], patterns: noImport('content', 'ui') }] },
  },
  {
    files: ['src/ui/**'],
    rules: {
      // Repeats the innerHTML rule: a later block replaces a rule's options for its files.
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in extension pages.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML: build nodes.' }],
      'no-restricted-imports': ['error', { paths: [polyfill, classicZod], patterns: noImport('background', 'content') }],
    },
  },
  {
    files: ['src/offscreen/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [polyfill, classicZod], patterns: noImport('background', 'content', 'ui') }] },
  },
  {
    files: ['src/platform/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [classicZod], patterns: noImport('background', 'content', 'ui') }] },
  },
  {
    // The content script's platform files use the browser's own API (native-api.ts explains why);
    // they may borrow the polyfill's types, never its code.
    files: ['src/platform/content-*.ts', 'src/platform/native-api.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ ...polyfill, message: 'The content script uses nativeApi(): import only types from the polyfill.', allowTypeImports: true }, classicZod],
        patterns: noImport('background', 'content', 'ui'),
      }],
    },
  },
  {
    // The content script may reach the extension API only through those files.
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [polyfill, classicZod],
        patterns: [...noImport('background', 'ui'), {
          regex: 'platform/(?!content-|log$)',
          message: 'The content script imports only src/platform/content-*.ts (and log): the rest pulls in webextension-polyfill.',
        }],
      }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.js', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly' } },
  },
);
