// The one Office.onReady gate: nothing renders or calls Office.js before the host says it is ready.
export interface HostInfo {
  readonly host: string | null;
  readonly platform: string | null;
}

export async function whenOfficeReady(): Promise<HostInfo> {
  const info = await Office.onReady();
  return {
    host: info.host ? String(info.host) : null,
    platform: info.platform ? String(info.platform) : null,
  };
}

/** Requirement sets Roombook needs that this Outlook lacks (Mailbox 1.8: saveAsync, getItemIdAsync, enhancedLocation). */
export function missingRequirements(): string[] {
  const supported = (version: string) => Office.context.requirements.isSetSupported('Mailbox', version);
  return supported('1.8') ? [] : ['Mailbox 1.8'];
}

/** Light or dark, from the Office theme when the host shares it (Outlook on the web and new Outlook do). */
export function officeTheme(): 'light' | 'dark' {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  const hex = background ? /^#?([0-9a-f]{6})$/i.exec(background)?.[1] : undefined;
  if (!hex) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * (r ?? 1) + 0.7152 * (g ?? 1) + 0.0722 * (b ?? 1);
  return luminance < 0.5 ? 'dark' : 'light';
}

export function uiLocale(): string {
  return Office.context.displayLanguage || 'en-US';
}

export function userEmail(): string {
  return Office.context.mailbox.userProfile.emailAddress;
}
