import globals from 'globals';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'tests/screenshots/**', 'tests/output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Data is shown as text; these are the ways HTML from data could get in.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render data as text; no innerHTML.' },
        { property: 'outerHTML', message: 'Render data as text; no outerHTML.' },
        { property: 'setHTML', message: 'Render data as text; no Popup.setHTML.' },
        { property: 'insertAdjacentHTML', message: 'Render data as text.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // zod is configured jitless in src/core/zod.ts (the CSP forbids eval); import it from there.
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Import { z } from 'src/core/zod.ts' (jitless, CSP-safe)." }] }],
    },
  },
  { files: ['src/core/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
