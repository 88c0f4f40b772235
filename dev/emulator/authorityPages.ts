// The emulated authority's pages: the sign-in and consent prompt (or "Need admin approval" when the
// tenant refuses consent) and Entra's error page for requests it will not redirect. No script: the
// form posts back to /authorize, which redirects to the app with a code or an error.
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(status: number, title: string, body: string): Response {
  return new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>` +
      '<meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
      `<body style="font-family: system-ui, sans-serif; max-width: 28rem; margin: 2rem auto">${body}</body></html>`,
    {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        // Entra's sign-in pages refuse to be framed, which is why Office's dialog must be a window.
        'x-frame-options': 'DENY',
      },
    },
  );
}

export function errorPage(status: number, code: string, message: string): Response {
  return page(
    status,
    'Sign in',
    `<h1>Sorry, but we’re having trouble signing you in.</h1><p>${escape(code)}: ${escape(message)}</p>`,
  );
}

export function consentPage(input: {
  action: string;
  hidden: Record<string, string>;
  user: { name: string; mail: string };
  scopes: readonly string[];
  refused: boolean;
}): Response {
  const fields = Object.entries(input.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  const asked = input.scopes.length
    ? `<ul>${input.scopes.map((s) => `<li>${escape(s)}</li>`).join('')}</ul>`
    : '<p>No new permissions.</p>';
  const body = input.refused
    ? `<h1>Need admin approval</h1><p>Roombook needs permission to access resources in your organization that only an admin can grant.</p>${asked}` +
      `<button type="submit" name="emulator_decision" value="cancel">Return to the application without granting consent</button>`
    : `<h1>Permissions requested</h1><p>Emulated Microsoft Entra ID · signed in as ${escape(input.user.name)} (${escape(input.user.mail)})</p>${asked}` +
      `<button type="submit" name="emulator_decision" value="accept">Accept</button> ` +
      `<button type="submit" name="emulator_decision" value="cancel">Cancel</button>`;
  return page(
    200,
    'Sign in to your account',
    `<form method="post" action="${escape(input.action)}">${fields}${body}</form>`,
  );
}
