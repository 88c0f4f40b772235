import { RoombookError } from '../core/errors';
import { createNaaTokenProvider, type NaaHost } from './naaTokens';

const mockPca = {
  getActiveAccount: jest.fn(),
  getAllAccounts: jest.fn(),
  setActiveAccount: jest.fn(),
  acquireTokenSilent: jest.fn(),
  ssoSilent: jest.fn(),
  acquireTokenPopup: jest.fn(),
};
const mockCreateApp = jest.fn<Promise<typeof mockPca | null>, [unknown]>(async () => mockPca);

// The nested-app client (MSAL's controller without its standard one) is replaced at its module
// boundary; nestedAppClient.test.ts covers how it is built.
jest.mock('./nestedAppClient', () => ({
  createNestedAppClient: (configuration: unknown) => mockCreateApp(configuration),
}));

jest.mock('@azure/msal-browser', () => {
  class InteractionRequiredAuthError extends Error {}
  class BrowserAuthError extends Error {
    constructor(readonly errorCode: string) {
      super(errorCode);
    }
  }
  return {
    InteractionRequiredAuthError,
    BrowserAuthError,
  };
});

const { InteractionRequiredAuthError, BrowserAuthError } = jest.requireMock<{
  InteractionRequiredAuthError: new (message: string) => Error;
  BrowserAuthError: new (code: string) => Error;
}>('@azure/msal-browser');

const account = { homeAccountId: 'a', username: 'megan.bowen@contoso.com' };
const options = {
  clientId: 'client',
  authority: 'https://login.microsoftonline.com/tenant',
  knownAuthorities: [],
  dialogUrl: 'https://rooms.contoso.com/auth-dialog.html',
};
const NOW = Date.parse('2026-03-04T07:00:00Z');

function host(naa = true, lifetimeMs = 3_600_000): NaaHost & { openAuthDialog: jest.Mock } {
  let issued = 0;
  return {
    supportsNestedAppAuth: () => naa,
    openAuthDialog: jest.fn(async () => {
      issued += 1;
      return {
        accessToken: issued === 1 ? 'dialog-token' : `dialog-token-${issued}`,
        expiresOn: new Date(NOW + lifetimeMs),
      };
    }),
  };
}

beforeEach(() => {
  jest.clearAllMocks();
  mockCreateApp.mockResolvedValue(mockPca);
  mockPca.getActiveAccount.mockReturnValue(account);
  mockPca.getAllAccounts.mockReturnValue([account]);
});

describe('NAA token provider', () => {
  it('gets a token silently with exactly the scopes asked for', async () => {
    mockPca.acquireTokenSilent.mockResolvedValue({ accessToken: 'silent', account });
    const provider = createNaaTokenProvider(options, host());
    await expect(provider.getToken(['Place.Read.All'])).resolves.toBe('silent');
    expect(mockPca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['Place.Read.All'], account });
    expect(mockCreateApp).toHaveBeenCalledWith(
      expect.objectContaining({
        auth: expect.objectContaining({
          authority: 'https://login.microsoftonline.com/tenant',
          redirectUri: 'https://rooms.contoso.com/auth-dialog.html',
          clientCapabilities: ['CP1'],
        }),
        cache: { cacheLocation: 'memoryStorage' },
      }),
    );
  });

  it('falls back to a popup when interaction is required', async () => {
    mockPca.acquireTokenSilent.mockRejectedValue(new InteractionRequiredAuthError('consent'));
    mockPca.acquireTokenPopup.mockResolvedValue({ accessToken: 'popup', account });
    await expect(createNaaTokenProvider(options, host()).getToken(['Calendars.ReadWrite'])).resolves.toBe(
      'popup',
    );
  });

  it('falls back to the Office dialog when the popup is blocked', async () => {
    mockPca.acquireTokenSilent.mockRejectedValue(new InteractionRequiredAuthError('x'));
    mockPca.acquireTokenPopup.mockRejectedValue(new BrowserAuthError('popup_window_error'));
    const h = host();
    await expect(createNaaTokenProvider(options, h).getToken(['Calendars.ReadWrite'])).resolves.toBe(
      'dialog-token',
    );
    expect(h.openAuthDialog).toHaveBeenCalledWith(
      'https://rooms.contoso.com/auth-dialog.html?scopes=Calendars.ReadWrite',
    );
  });

  it('uses the dialog where NAA is unsupported, without loading MSAL', async () => {
    const h = host(false);
    const provider = createNaaTokenProvider(options, h, () => NOW);
    await expect(provider.getToken(['Calendars.ReadWrite'])).resolves.toBe('dialog-token');
    await provider.getToken(['Calendars.ReadWrite']);
    expect(h.openAuthDialog).toHaveBeenCalledTimes(1);
    expect(mockCreateApp).not.toHaveBeenCalled();
  });

  it('uses the dialog where Office reports NAA but the pane has no bridge, asking MSAL once', async () => {
    mockCreateApp.mockResolvedValue(null);
    const h = host(true);
    const provider = createNaaTokenProvider(options, h, () => NOW);
    await expect(provider.getToken(['Calendars.ReadWrite'])).resolves.toBe('dialog-token');
    await expect(provider.getToken(['Place.Read.All'])).resolves.toBe('dialog-token-2');
    expect(mockCreateApp).toHaveBeenCalledTimes(1);
    expect(h.openAuthDialog).toHaveBeenLastCalledWith(
      'https://rooms.contoso.com/auth-dialog.html?scopes=Place.Read.All',
    );
    await expect(provider.signOut()).resolves.toBeUndefined();
  });

  it('keeps a dialog token until its last five minutes, and drops it when Graph refused it', async () => {
    let now = NOW;
    const h = host(false, 3_600_000);
    const provider = createNaaTokenProvider(options, h, () => now);
    await provider.getToken(['Place.Read.All']);
    now = NOW + 50 * 60_000;
    await expect(provider.getToken(['Place.Read.All'])).resolves.toBe('dialog-token');
    now = NOW + 56 * 60_000;
    await expect(provider.getToken(['Place.Read.All'])).resolves.toBe('dialog-token-2');
    await expect(provider.getToken(['Place.Read.All'], { forceRefresh: true })).resolves.toBe(
      'dialog-token-3',
    );
    expect(h.openAuthDialog).toHaveBeenCalledTimes(3);
  });

  it('shares one dialog among parallel calls for the same token, and opens dialogs one at a time', async () => {
    let open = 0;
    let most = 0;
    const h = host(false);
    h.openAuthDialog.mockImplementation(async (url: string) => {
      open += 1;
      most = Math.max(most, open);
      await new Promise((resolve) => setTimeout(resolve, 5));
      open -= 1;
      return { accessToken: url, expiresOn: new Date(NOW + 3_600_000) };
    });
    const provider = createNaaTokenProvider(options, h, () => NOW);
    const tokens = await Promise.all([
      provider.getToken(['Calendars.ReadWrite']),
      provider.getToken(['Calendars.ReadWrite']),
      provider.getToken(['Place.Read.All']),
    ]);
    expect(h.openAuthDialog).toHaveBeenCalledTimes(2);
    expect(tokens[0]).toBe(tokens[1]);
    expect(most).toBe(1);
  });

  it('asks MSAL past its cache when Graph refused the cached token (forceRefresh)', async () => {
    mockPca.acquireTokenSilent.mockResolvedValue({ accessToken: 'fresh', account });
    await createNaaTokenProvider(options, host()).getToken(['Calendars.ReadWrite'], { forceRefresh: true });
    expect(mockPca.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: ['Calendars.ReadWrite'],
      account,
      forceRefresh: true,
    });
  });

  it('passes a claims challenge to the silent request', async () => {
    mockPca.acquireTokenSilent.mockResolvedValue({ accessToken: 'fresh', account });
    await createNaaTokenProvider(options, host()).getToken(['Calendars.ReadWrite'], { claims: '{"x":1}' });
    expect(mockPca.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: ['Calendars.ReadWrite'],
      account,
      claims: '{"x":1}',
    });
  });

  it('reports declined consent clearly and does not retry', async () => {
    mockPca.acquireTokenSilent.mockRejectedValue(new InteractionRequiredAuthError('consent_required'));
    mockPca.acquireTokenPopup.mockRejectedValue(
      Object.assign(new Error('AADSTS65001: The user declined'), { errorCode: 'access_denied' }),
    );
    const error = await createNaaTokenProvider(options, host())
      .getToken(['Place.Read.All'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RoombookError);
    expect((error as RoombookError).kind).toBe('consentDeclined');
    expect(mockPca.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it('signs out by forgetting the account', async () => {
    mockPca.acquireTokenSilent.mockResolvedValue({ accessToken: 'silent', account });
    const provider = createNaaTokenProvider(options, host());
    await provider.getToken(['Calendars.ReadWrite']);
    await provider.signOut();
    expect(mockPca.setActiveAccount).toHaveBeenLastCalledWith(null);
  });
});
