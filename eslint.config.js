import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers (STYLE.md): what each folder may import of the others. Data flows one way, so each
// folder lists only folders below it; every other folder is refused, written either way (a
// module, `../url/codec`, or the folder itself, `../url`, which is its index.ts).
const LAYERS = {
  calendar: { may: [], why: 'the calendar is the bottom layer: it imports nothing of the app' },
  schema: { may: ['calendar'], why: 'the schema is the contract under everything' },
  layout: { may: [], why: 'layouts are pure graph code, for the compiler and the view alike' },
  model: { may: ['schema', 'calendar'], why: 'the model knows the schema only' },
  viewState: { may: ['calendar'], why: 'the view state knows neither the store nor the URL' },
  view: {
    may: ['viewState', 'model', 'layout', 'schema', 'calendar'],
    why: 'view derivation is pure: view state and model',
  },
  render: {
    may: ['schema', 'calendar', 'layout'],
    why: 'the renderer draws a scene (sized as the layout sized it); it reads no state',
  },
  export: {
    may: ['view', 'viewState', 'model', 'schema', 'calendar'],
    why: 'exports write what a view shows',
  },
  store: { may: ['viewState', 'calendar'], why: 'the store is wiring over the view state' },
  url: {
    may: ['store', 'viewState', 'model', 'schema', 'calendar'],
    why: 'the URL sits above the store, never below it',
  },
  ui: {
    may: [
      'url',
      'store',
      'viewState',
      'view',
      'render',
      'export',
      'layout',
      'model',
      'schema',
      'calendar',
    ],
    why: 'the UI never reaches the composition root, nor build-time code',
  },
  app: {
    may: [
      'ui',
      'url',
      'store',
      'viewState',
      'view',
      'render',
      'export',
      'layout',
      'model',
      'schema',
      'calendar',
    ],
    why: 'the compiler and the build plugins never ship to the browser',
  },
  compiler: {
    // url and viewState: a story's view is read by the app's own pure decoder (one definition).
    may: ['schema', 'calendar', 'layout', 'url', 'viewState'],
    why: 'the compiler builds the schema; it never imports the app',
  },
  build: { may: [], why: 'build plugins stand alone' },
  corpusCli: {
    may: ['compiler', 'schema', 'calendar'],
    why: 'the corpus tools run in Node on top of the compiler; nothing imports them',
  },
  annotateServer: {
    may: ['compiler', 'schema', 'calendar'],
    why: "the dev server's annotation endpoints run in Node on top of the compiler; only vite.config.ts imports them",
  },
};
// Outside src/: the benchmark and the end-to-end tests drive the app from outside.
const OUTSIDE = {
  bench: {
    may: [
      'compiler',
      'render',
      'view',
      'viewState',
      'layout',
      'model',
      'schema',
      'calendar',
      'scripts',
    ],
    why: 'the benchmark measures the app from outside: no app wiring',
  },
  e2e: {
    may: ['bench', 'compiler', 'render', 'layout', 'model', 'schema', 'calendar', 'scripts'],
    why: 'end-to-end tests use the app as a person would: no app wiring',
  },
  scripts: { may: [], why: 'scripts stand alone' },
};
const FOLDERS = [...Object.keys(LAYERS), ...Object.keys(OUTSIDE)];
/** React (and the zustand hooks) belong to the UI and the composition root. */
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand/react*'];
/** Browser code never imports Node's modules (its TypeScript project has no Node types either). */
const NODE = ['node:*'];

function layerRule(files, folder, { may, why }, extra = []) {
  const refused = FOLDERS.filter((other) => other !== folder && !may.includes(other));
  // Case-sensitive: `../App` (ui/App.tsx) is not the folder `app`.
  const groups = refused.map((other) => ({
    group: [`**/${other}`, `**/${other}/**`],
    caseSensitive: true,
    message: `${folder} may import only ${may.join(', ') || 'none of the app'}: ${why}.`,
  }));
  for (const { names, message } of extra)
    groups.push({ group: names, caseSensitive: true, message });
  return { files, rules: { 'no-restricted-imports': ['error', { patterns: groups }] } };
}

const BROWSER = [
  'calendar',
  'schema',
  'layout',
  'model',
  'viewState',
  'view',
  'render',
  'export',
  'store',
  'url',
  'ui',
  'app',
];
const layerRules = Object.entries(LAYERS).map(([folder, layer]) => {
  const extra = [];
  if (!['ui', 'app'].includes(folder)) {
    extra.push({ names: REACT, message: `React is for src/ui and src/app, not src/${folder}.` });
  }
  if (BROWSER.includes(folder)) {
    extra.push({ names: NODE, message: `src/${folder} runs in the browser: no Node modules.` });
  }
  return layerRule([`src/${folder}/**`], folder, layer, extra);
});
const outsideRules = Object.entries(OUTSIDE).map(([folder, layer]) =>
  layerRule([`${folder}/**`], folder, layer, [
    { names: REACT, message: `React is for src/ui and src/app, not ${folder}.` },
  ]),
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-hostile/**',
      'dist-overview/**',
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
  ...layerRules,
  ...outsideRules,
);
