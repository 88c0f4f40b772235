// Three projects: pure/adapters/emulator code in node, React in jsdom, browser e2e in node
// driving Debian's chromium. `npm test` runs all three; CI installs chromium first.
const tsJest = [
  'ts-jest',
  { tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', isolatedModules: true } },
];
const transform = { '^.+\\.tsx?$': tsJest };
// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose package entry
// now pulls ESM-only dependencies (strip-bom 5) that jest's CommonJS runtime on Node 20 cannot load.
// Tests resolve the package to the real module that defines the enum; builds use the whole package.
const moduleNameMapper = { '^office-addin-manifest$': 'office-addin-manifest/lib/officeApp.js' };

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/{src,dev,test,scripts,bench}/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/forbiddenFields.ts', '<rootDir>/test/setup/consoleGuard.ts'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/{src,dev,test}/**/*.test.tsx'],
      setupFilesAfterEnv: [
        '<rootDir>/test/setup/dom.ts',
        '<rootDir>/test/setup/forbiddenFields.ts',
        '<rootDir>/test/setup/consoleGuard.ts',
      ],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/consoleGuard.ts'],
    },
  ],
};
