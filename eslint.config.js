// Flat config: typed TypeScript rules for lib/scripts, Astro's recommended rules for components.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // A build's work folder beside its output (scripts/build-output.ts), and the older layout's.
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      '.bench/',
      '**/.*.building/',
      '**/.*-building-*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
