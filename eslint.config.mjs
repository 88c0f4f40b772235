import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const MSAL = { group: ['@azure/msal-browser', 'msal-internal'], message: 'Only src/auth imports MSAL.' };
/** MSAL's unexported modules (config/msalInternals.js) serve the pane's NAA client, never the dialog page. */
const MSAL_INTERNAL = {
  group: ['msal-internal'],
  message: "The sign-in dialog page uses MSAL's public API only.",
};
const ZOD_CLASSIC = {
  regex: '^zod$',
  message: "Product code parses with 'zod/mini': zod's classic API adds about 20 KB gzip to the pane.",
};
const TEST_DOUBLES = {
  regex: '(^|/)(dev|test)(/|$)',
  message: 'Product code never imports dev/ (emulator, simulator) or test/ (test support).',
};
/**
 * One no-restricted-imports rule per layer (flat config replaces a rule's options, it never merges
 * them): the layer's own bans everywhere in `dir`, and outside its tests no test doubles and no zod
 * classic API (tests may still build schemas with it).
 */
function importRules(dir, ignores, patterns) {
  const rule = (extra) => ({ 'no-restricted-imports': ['error', { patterns: [...patterns, ...extra] }] });
  const tests = `${dir}/**/*.test.{ts,tsx}`;
  return [
    {
      files: [`${dir}/**/*.{ts,tsx}`],
      ignores: [...ignores, tests],
      rules: rule([TEST_DOUBLES, ZOD_CLASSIC]),
    },
    { files: [tests], ignores, rules: rule([]) },
  ];
}

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    // Build configuration stays CommonJS so webpack and jest load it without a TypeScript loader.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Layer boundaries from DESIGN.md §2: only src/auth imports MSAL; core depends on nothing outside
  // itself; and product code never imports the emulator, the simulator or test support (a test
  // double the product could reach would end up shipping, or agreeing with the product's bugs).
  ...importRules('src', ['src/auth/**', 'src/core/**'], [MSAL]),
  ...importRules('src/auth', [], []),
  ...importRules('src/auth/dialog', [], [MSAL_INTERNAL]),
  ...importRules(
    'src/core',
    [],
    [
      {
        group: [
          '../graph/*',
          '../office/*',
          '../auth/*',
          '../taskpane/*',
          'react',
          '@fluentui/*',
          '@azure/*',
        ],
      },
    ],
  ),
  {
    // The emulator and simulator stand in for Microsoft 365 and Outlook: running the product's code
    // they would agree with its bugs, so they take its types only (test/lint/doublesIndependence.test.ts
    // also catches require() and import()).
    files: ['dev/emulator/**/*.ts', 'dev/simulator/**/*.ts'],
    ignores: ['dev/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src(/|$)',
              allowTypeImports: true,
              message: 'The test doubles import nothing from src/ but types.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/office touches Office.*; core touches neither Office nor fetch.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/office/**', 'src/core/**'],
    rules: { 'no-restricted-globals': ['error', 'Office'] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'fetch', 'Office'] },
  },
);
