import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'coverage/', '.bench/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_' }] },
  },
  {
    files: ['scripts/**/*.mjs', 'test/build/**/*.mjs', '*.config.*', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Node tests that drive a browser: their page.evaluate() callbacks run in the page.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['demo/**/*.js', 'test/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
