// ESLint 9 flat config: `npm run lint` (eslint .), also a step of `npm test`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  { ignores: ['**/dist/', 'storybook-static/', 'coverage/', '.cache/', 'custom-elements.json'] },

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Same convention as tsc's noUnusedParameters: a leading _ marks "unused on purpose".
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Code that runs in the browser.
  {
    files: ['{src,test,stories,demo}/**/*.{js,ts}', '.storybook/preview.{js,ts}'],
    ignores: ['demo/mock-endpoint.js', 'test/smoke/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['{src,test,stories}/**/*.ts'],
    ignores: ['test/smoke/**'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    rules: {
      // LitElement always defines connectedCallback & co., so the guard against a missing
      // super method that this rule asks for is dead code in Lit components.
      'wc/guard-super-call': 'off',
    },
  },

  // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },

  // Code that runs in Node: tooling, configs, the demo's mock endpoint, the smoke test, the
  // examples' site configs (linted here; their frameworks are installed only where they are built).
  {
    files: [
      'examples/*/*.config.{js,mjs}',
      'scripts/**/*.mjs',
      '*.config.{js,mjs,ts}',
      '.storybook/main.{js,ts}',
      'demo/mock-endpoint.js',
      'test/smoke/**/*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
]);
