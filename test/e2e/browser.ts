// Debian's chromium driven by playwright-core: no browser download, flags for a headless CI box.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // The emulated sign-in authority serves HTTPS on localhost with a self-signed certificate.
      '--allow-insecure-localhost',
    ],
  });
}
