// Three projects: pure/adapters/emulator code in node, React in jsdom, browser e2e in node
// driving Debian's chromium. `npm test` runs all three; CI installs chromium first.
const tsJest = [
  'ts-jest',
  { tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', isolatedModules: true } },
];
// intl-messageformat and its formatjs parser ship only ES modules: jest's CommonJS runtime gets them
// transpiled (the build bundles them as they are).
const ESM_PACKAGES = '(intl-messageformat|@formatjs)';
const transform = {
  '^.+\\.tsx?$': tsJest,
  [`/node_modules/${ESM_PACKAGES}/.+\\.js$`]: [
    'ts-jest',
    { tsconfig: { module: 'commonjs', allowJs: true, isolatedModules: true } },
  ],
};
const transformIgnorePatterns = [`/node_modules/(?!${ESM_PACKAGES}/)`];
// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose package entry
// now pulls ESM-only dependencies (strip-bom 5) that jest's CommonJS runtime on Node 20 cannot load.
// Tests resolve the package to the real module that defines the enum; builds use the whole package.
// MSAL's internal modules (config/msalInternals.js) resolve as in the build, for jest.mock to replace.
const moduleNameMapper = {
  '^office-addin-manifest$': 'office-addin-manifest/lib/officeApp.js',
  ...require('./config/msalInternals').jestModuleNameMapper(),
};

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      testMatch: ['<rootDir>/{src,dev,test,scripts,bench}/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/forbiddenFields.ts', '<rootDir>/test/setup/consoleGuard.ts'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform,
      transformIgnorePatterns,
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
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/consoleGuard.ts'],
    },
  ],
};
