import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * ESLint's and typescript-eslint's recommended rules, and Astro's, for every
 * script and component, with typescript-eslint's type-checked ones for the
 * TypeScript files (.astro files have no TypeScript program ESLint can read);
 * formatting is Prettier's alone (.prettierrc.json), so the rules that would
 * argue with it are off (eslint-config-prettier, last).
 */
export default defineConfig(
  {
    // Generated, installed or cached files, and the editors' content.
    ignores: [
      'node_modules/',
      '**/dist/',
      'dist-*/',
      '**/.astro/',
      '.cache/',
      'test-results/',
      'playwright-report/',
      'reports/',
      '.lighthouseci/',
      'bench/.work/',
      'bench/starlight/src/content/docs/',
      'content/',
      'tests/fixtures/',
      'docs/screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` says a value is left out on purpose (a destructured field dropped, an argument a callback must take).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Rules that need the types: a promise nobody awaits, or one passed where nothing waits for it, fails silently.
    files: ['**/*.ts'],
    // A Starlight project of its own, with its own packages, outside tsconfig.json.
    ignores: ['bench/starlight/**'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
  },
  {
    // In tests, `any` is the test runners' own: asymmetric matchers (`expect.objectContaining`), parsed
    // fixtures, values read in the browser, and .astro components, which only `astro check` can type.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Lighthouse CI reads its configuration as CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
