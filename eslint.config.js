import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Each folder imports only from the layers below it in the data flow (see STYLE.md).
const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message: why })) },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-hostile/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  layer(
    ['src/schema/**'],
    [
      '**/compiler/**',
      '**/model/**',
      '**/view/**',
      '**/render/**',
      '**/store/**',
      '**/url/**',
      '**/ui/**',
      '**/app/**',
      'react',
      'cytoscape',
    ],
    'schema is the bottom layer: it imports nothing of the app.',
  ),
  layer(
    ['src/model/**'],
    [
      '**/compiler/**',
      '**/view/**',
      '**/render/**',
      '**/store/**',
      '**/url/**',
      '**/ui/**',
      '**/app/**',
      'react',
      'cytoscape',
    ],
    'model knows only the schema and graphology.',
  ),
  layer(
    ['src/view/**'],
    [
      '**/compiler/**',
      '**/render/**',
      '**/store/**',
      '**/url/**',
      '**/ui/**',
      '**/app/**',
      'react',
      'cytoscape',
    ],
    'view derivation is pure: model and schema only.',
  ),
  layer(
    ['src/render/**'],
    ['**/compiler/**', '**/store/**', '**/url/**', '**/ui/**', '**/app/**'],
    'the renderer draws a derived view; it never reads the store.',
  ),
  layer(
    ['src/url/**', 'src/store/**'],
    ['**/compiler/**', '**/render/**', '**/ui/**', '**/app/**', 'react-dom', 'cytoscape'],
    'store and URL codec are plain state: no rendering.',
  ),
  layer(
    ['src/ui/**', 'src/app/**'],
    ['**/compiler/**', '**/build/**'],
    'the compiler and the build plugins never ship to the browser.',
  ),
);
