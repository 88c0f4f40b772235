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
    auth: { kind: string; dialogUrl?: string };
  };
  return { entries: Object.keys(config.entry as object).sort(), appConfig, mode: config.mode };
}

describe('webpack targets', () => {
  it('the demo bundles the simulator and talks to the local emulator with emulator tokens', () => {
    const demo = target({ graphPort: 4101 }, 'development');
    expect(demo.entries).toEqual(['auth-dialog', 'office-sim', 'simulator', 'taskpane']);
    expect(demo.appConfig.graphBaseUrl).toBe('http://localhost:4101/v1.0');
    expect(demo.appConfig.auth.kind).toBe('emulator');
  });

  it('a real Outlook on localhost gets Microsoft Graph and NAA, with the dialog on localhost', () => {
    const outlook = target({ outlook: true }, 'development');
    expect(outlook.entries).toEqual(['auth-dialog', 'taskpane']);
    expect(outlook.mode).toBe('development');
    expect(outlook.appConfig.graphBaseUrl).toBe('https://graph.microsoft.com/v1.0');
    expect(outlook.appConfig.auth).toMatchObject({
      kind: 'naa',
      dialogUrl: 'https://localhost:3000/auth-dialog.html',
    });
  });

  it('production gets Microsoft Graph and NAA, and no simulator', () => {
    process.env.ROOMBOOK_CONFIG = path.join(__dirname, '../fixtures/deployment.fabrikam.json');
    const production = target({}, 'production');
    delete process.env.ROOMBOOK_CONFIG;
    expect(production.entries).toEqual(['auth-dialog', 'taskpane']);
    expect(production.appConfig.auth.kind).toBe('naa');
    expect(production.appConfig.auth.dialogUrl).not.toContain('localhost');
  });
});
