// Flat config: TypeScript's recommended (untyped) rules, Astro's recommended rules for components,
// and the layering rule: lib ← i18n ← site ← views/components/pages (see CONTRIBUTING.md).
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
  {
    // lib is framework-free and holds no UI text: it runs in scripts, tests and the browser.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^astro(:|/|$)',
              message:
                'src/lib/ is framework-free: it must not import Astro. Put this in src/site/ or a page.',
            },
            {
              regex: '(^|/)(i18n|site)/',
              message:
                'src/lib/ must not import src/i18n or src/site (layers: lib ← i18n ← site ← views). Take the translated text or the site as arguments, or move this code to src/site/.',
            },
          ],
        },
      ],
    },
  },
);
