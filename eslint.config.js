import { readdirSync } from 'node:fs';
import globals from 'globals';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The direction of imports in src/ (README, Layout): app → features → ui | map | i18n → data → core.
 * Each folder lists what it must not import; a feature imports no other feature; only src/map
 * imports the maplibre-gl and deck.gl runtime (types are free to travel). Tests are held to the
 * same rule as the code beside them (they may also use tests/support).
 */
const LAYERS = ['core', 'data', 'i18n', 'map', 'ui', 'features', 'app'];
const MAY_IMPORT = {
  core: ['core'],
  data: ['core', 'data'],
  i18n: ['core', 'data', 'i18n'],
  map: ['core', 'data', 'map'],
  ui: ['core', 'data', 'i18n', 'ui'],
  features: ['core', 'data', 'i18n', 'map', 'ui', 'features'],
  app: LAYERS,
};
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
export const LAYER_ZONES = [
  ...LAYERS.flatMap((layer) =>
    LAYERS.filter((other) => !MAY_IMPORT[layer].includes(other)).map((other) => ({
      target: `./src/${layer}`,
      from: `./src/${other}`,
      message: `src/${layer} may import only ${MAY_IMPORT[layer].map((l) => `src/${l}`).join(', ')} (README, Layout).`,
    })),
  ),
  ...FEATURES.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'A feature imports no other feature: share through src/ui, src/map or src/core, or compose in src/app.',
  })),
];
const MAP_RUNTIME = ['maplibre-gl', 'maplibre-gl/*', '@deck.gl/*', 'pmtiles'];

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
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**', 'src/core/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: "Import { z } from 'src/core/zod.ts' (jitless, CSP-safe)." }],
          patterns: [{ group: MAP_RUNTIME, allowTypeImports: true, message: 'Only src/map imports the map runtime; pass what you need through it.' }],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.{ts,tsx}', 'src/data/**/*.{ts,tsx}', 'src/map/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/core/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: "Import { z } from 'src/core/zod.ts' (jitless, CSP-safe)." }],
          patterns: [
            { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'src/core, src/data and src/map hold no React: components live in src/ui, src/features and src/app.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
