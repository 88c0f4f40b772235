import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/auth/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@azure/msal-browser'] }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/office/**'],
    rules: { 'no-restricted-globals': ['error', 'Office'] },
  },
  {
    // Layer boundaries from DESIGN.md §2: only src/office touches Office.*, only src/auth imports MSAL,
    // core depends on nothing outside itself.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
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
      'no-restricted-globals': ['error', 'fetch', 'Office'],
    },
  },
);
