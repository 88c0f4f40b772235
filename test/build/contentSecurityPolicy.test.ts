// The pages' Content-Security-Policy as each webpack target writes it (config/contentSecurityPolicy.js):
// connections only to the build's Graph and sign-in origins (the emulator only in the demo), scripts
// only from the host and Office.js's CDN paths, and the header for the host adds Outlook's framing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as (
  env: object,
  argv: { mode: string },
) => webpack.Configuration;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csp = require('../../config/contentSecurityPolicy.js') as {
  headerPolicy: (appConfig: object) => string;
  OUTLOOK_FRAME_ANCESTORS: string[];
};

type Directives = Record<string, string[]>;

function parse(policy: string): Directives {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

/** The policy each page's <meta> gets in a target, and the AppConfig it was built with. */
function pagesOf(env: object, mode: string) {
  const config = webpackConfig(env, { mode });
  const define = config.plugins?.find((p): p is webpack.DefinePlugin => p instanceof webpack.DefinePlugin);
  const appConfig = JSON.parse(String(define?.definitions.__ROOMBOOK_CONFIG__)) as object;
  const pages = (config.plugins ?? [])
    .filter((p): p is HtmlWebpackPlugin => p instanceof HtmlWebpackPlugin)
    .filter((p) => p.userOptions.filename !== 'index.html')
    .map((p) => ({
      page: p.userOptions.filename,
      policy: parse(String(p.userOptions.contentSecurityPolicy)),
    }));
  return { pages, appConfig, devtool: config.devtool };
}

function production() {
  process.env.ROOMBOOK_CONFIG = path.join(__dirname, '../fixtures/deployment.fabrikam.json');
  try {
    return pagesOf({}, 'production');
  } finally {
    delete process.env.ROOMBOOK_CONFIG;
  }
}

const SHARED: Directives = {
  'default-src': ["'self'"],
  // sha256 of the empty string: Griffel's <style> elements, created empty and filled via the CSSOM.
  'style-src': ["'self'", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
  'img-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

describe('Content-Security-Policy of the pages', () => {
  it('production: Graph and Entra ID only, scripts from the host and Office.js’s CDN paths', () => {
    const { pages } = production();
    expect(pages.map((p) => p.page).sort()).toEqual(['auth-dialog.html', 'taskpane.html']);
    for (const { policy } of pages) {
      expect(policy).toEqual({
        ...SHARED,
        'script-src': [
          "'self'",
          'https://appsforoffice.microsoft.com/lib/1/hosted/',
          'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js',
        ],
        'connect-src': ['https://graph.microsoft.com', 'https://login.microsoftonline.com'],
      });
      // Nothing is framed: frames fall back to default-src 'self'.
      expect(policy['frame-src']).toBeUndefined();
    }
  });

  it('the demo connects to its emulator and emulated authority (and its own dev server) only, with no eval-based source maps', () => {
    const { pages, devtool } = pagesOf({ graphPort: 4101, authorityPort: 4102, port: 4100 }, 'development');
    for (const { policy } of pages) {
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['connect-src']).toEqual(["'self'", 'http://localhost:4101', 'https://localhost:4102']);
      expect(policy['frame-src']).toBeUndefined();
    }
    expect(String(devtool)).not.toContain('eval');
  });

  it('a real Outlook on localhost gets Graph and Entra ID, with no emulator, and its dev server', () => {
    const { pages } = pagesOf({ outlook: true }, 'development');
    for (const { policy } of pages) {
      expect(policy['connect-src']).toEqual([
        "'self'",
        'https://graph.microsoft.com',
        'https://login.microsoftonline.com',
      ]);
    }
  });

  it('the header adds frame-ancestors for Outlook on the web, which a <meta> policy cannot carry', () => {
    const { pages, appConfig } = production();
    const header = parse(csp.headerPolicy(appConfig));
    expect(header['frame-ancestors']).toEqual(csp.OUTLOOK_FRAME_ANCESTORS);
    const { 'frame-ancestors': ancestors, ...rest } = header;
    expect(rest['connect-src']).toEqual(['https://graph.microsoft.com', 'https://login.microsoftonline.com']);
    expect(ancestors).toContain('https://outlook.office.com');
    expect(rest).toEqual(pages[0]?.policy);
    for (const { policy } of pages) expect(policy['frame-ancestors']).toBeUndefined();
  });

  it('is the header docs/admin-deployment.md tells the admin to send', () => {
    const guide = readFileSync(path.join(__dirname, '../../docs/admin-deployment.md'), 'utf8');
    const { appConfig } = production();
    expect(guide).toContain(`\n${csp.headerPolicy(appConfig)}\n`);
  });

  it('production source maps only when asked for, and then hidden (not referenced by the bundle)', () => {
    expect(production().devtool).toBe(false);
    process.env.ROOMBOOK_SOURCE_MAPS = '1';
    try {
      expect(production().devtool).toBe('hidden-source-map');
    } finally {
      delete process.env.ROOMBOOK_SOURCE_MAPS;
    }
  });
});
