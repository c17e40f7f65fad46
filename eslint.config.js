import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const features = ['lessons', 'playground', 'quiz', 'progress', 'workshop'];

/** zod is configured for the CSP (jitless) in src/lib/zod.ts; everything imports it from there. */
const zodThroughLib = {
  regex: '^zod(/|$)',
  message: "Import z from src/lib/zod.ts: it configures zod for the app's CSP (no eval probe).",
};

/** Features never import each other; app/ composes them (imports flow shared → features → app). */
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `(^|/)features/(?!${feature}(/|$))`,
            message:
              'Features must not import each other: move shared code to components/ or lib/.',
          },
          {
            regex: `^\\.\\./(\\.\\./)*(${features.filter((f) => f !== feature).join('|')})(/|$)`,
            message:
              'Features must not import each other: move shared code to components/ or lib/.',
          },
          {
            regex: '(^|/)app(/|$)',
            message: 'Features must not import the app shell; the shell composes features.',
          },
          zodThroughLib,
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: ['dist', 'dev-dist', 'node_modules', 'coverage', 'test-results', 'lighthouse-report'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [zodThroughLib] }] },
  },
  {
    files: ['scripts/**', 'tests/**', 'src/cli/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The engine is pure: it runs in a Web Worker and in Node, so no UI, storage or Node APIs.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(react|react-dom|dexie|dexie-react-hooks|zustand|monaco-editor|@monaco-editor/.*)(/|$)',
              message: 'src/engine must stay pure: no React, DOM, storage or editor imports.',
            },
            {
              regex: '^node:|^(fs|path|os|child_process)$',
              message: 'src/engine runs in the browser too: no Node built-ins.',
            },
            {
              regex: '(^|/)(app|features|db|store|components|cli)(/|$)',
              message: 'src/engine must not depend on the rest of the app.',
            },
            zodThroughLib,
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
);
