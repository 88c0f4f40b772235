// The three builds from one webpack configuration: the demo (simulator + emulator), a real Outlook
// sideloaded from localhost (npm run start:outlook), and an organisation's production build.
import path from 'node:path';
import webpack from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as (
  env: object,
  argv: { mode: string },
) => webpack.Configuration;

function target(env: object, mode: string) {
  const config = webpackConfig(env, { mode });
  const define = config.plugins?.find((p): p is webpack.DefinePlugin => p instanceof webpack.DefinePlugin);
  const appConfig = JSON.parse(String(define?.definitions.__ROOMBOOK_CONFIG__)) as {
    graphBaseUrl: string;
    auth: { authority: string; knownAuthorities: string[]; dialogUrl: string };
  };
  return { entries: Object.keys(config.entry as object).sort(), appConfig, mode: config.mode };
}

describe('webpack targets', () => {
  it('the demo bundles the simulator and signs in with MSAL against the emulated authority', () => {
    const demo = target({ graphPort: 4101, authorityPort: 4102, port: 4100 }, 'development');
    expect(demo.entries).toEqual(['auth-dialog', 'office-sim', 'simulator', 'taskpane']);
    expect(demo.appConfig.graphBaseUrl).toBe('http://localhost:4101/v1.0');
    expect(demo.appConfig.auth).toMatchObject({
      authority: 'https://localhost:4102/organizations',
      knownAuthorities: ['localhost:4102'],
      dialogUrl: 'http://localhost:4100/auth-dialog.html',
    });
  });

  it('a real Outlook on localhost gets Microsoft Graph and NAA, with the dialog on localhost', () => {
    const outlook = target({ outlook: true }, 'development');
    expect(outlook.entries).toEqual(['auth-dialog', 'taskpane']);
    expect(outlook.mode).toBe('development');
    expect(outlook.appConfig.graphBaseUrl).toBe('https://graph.microsoft.com/v1.0');
    expect(outlook.appConfig.auth).toMatchObject({
      authority: 'https://login.microsoftonline.com/organizations',
      knownAuthorities: [],
      dialogUrl: 'https://localhost:3000/auth-dialog.html',
    });
  });

  it('production gets Microsoft Graph and NAA, and no simulator', () => {
    process.env.ROOMBOOK_CONFIG = path.join(__dirname, '../fixtures/deployment.fabrikam.json');
    const production = target({}, 'production');
    delete process.env.ROOMBOOK_CONFIG;
    expect(production.entries).toEqual(['auth-dialog', 'taskpane']);
    expect(production.appConfig.auth).toMatchObject({
      authority: 'https://login.microsoftonline.com/8b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      knownAuthorities: [],
    });
    expect(production.appConfig.auth.dialogUrl).not.toContain('localhost');
  });
});
