import type { Configuration } from '@azure/msal-browser';
import { createNestedAppClient } from './nestedAppClient';

const mockContext = { initialize: jest.fn(), isAvailable: jest.fn() };
const mockController = { initialize: jest.fn() };
const mockNewContext = jest.fn();
const mockNewController = jest.fn();

// MSAL's internal modules (config/msalInternals.js), replaced at the module boundary as naaTokens.test
// replaces MSAL's public entry; test/build/msalInternals.test.ts checks the real ones.
jest.mock('msal-internal/nested-app-operating-context', () => ({
  NestedAppOperatingContext: function NestedAppOperatingContext(configuration: unknown) {
    mockNewContext(configuration);
    return mockContext;
  },
}));
jest.mock('msal-internal/nested-app-auth-controller', () => ({
  NestedAppAuthController: function NestedAppAuthController(context: unknown) {
    mockNewController(context);
    return mockController;
  },
}));

const configuration: Configuration = { auth: { clientId: 'client' } };

beforeEach(() => {
  jest.clearAllMocks();
  mockContext.initialize.mockResolvedValue(true);
  mockController.initialize.mockResolvedValue(undefined);
});

describe('nested-app client', () => {
  it('initialises the operating context, then builds and initialises the controller over it', async () => {
    mockContext.isAvailable.mockReturnValue(true);
    await expect(createNestedAppClient(configuration)).resolves.toBe(mockController);
    expect(mockNewContext).toHaveBeenCalledWith(configuration);
    expect(mockNewController).toHaveBeenCalledWith(mockContext);
    expect(mockContext.initialize.mock.invocationCallOrder[0]).toBeLessThan(
      mockNewController.mock.invocationCallOrder[0] ?? 0,
    );
    expect(mockController.initialize).toHaveBeenCalledTimes(1);
  });

  it('gives no client, and builds no controller, where the host offers no bridge', async () => {
    mockContext.isAvailable.mockReturnValue(false);
    await expect(createNestedAppClient(configuration)).resolves.toBeNull();
    expect(mockContext.initialize).toHaveBeenCalledTimes(1);
    expect(mockNewController).not.toHaveBeenCalled();
  });
});
