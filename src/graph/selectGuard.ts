// Roombook never reads message content. The client refuses any request whose $select or $expand
// names one of these fields, before it is sent; the test suite checks every request it made too.
export const FORBIDDEN_FIELDS = ['body', 'bodyPreview', 'attachments', 'uniqueBody'] as const;

const QUERY_OPTIONS = ['$select', '$expand'];

/** True when the URL's $select or $expand names a forbidden field (case-insensitive, as Graph is). */
export function namesForbiddenField(url: string): boolean {
  const query = new URL(url, 'http://relative.invalid').searchParams;
  const forbidden = new Set(FORBIDDEN_FIELDS.map((field) => field.toLowerCase()));
  return QUERY_OPTIONS.some((option) =>
    [...query.entries()]
      .filter(([key]) => key.toLowerCase() === option)
      .some(([, value]) =>
        value
          .split(/[,()/;=\s]+/)
          .map((token) => token.trim().toLowerCase())
          .some((token) => forbidden.has(token)),
      ),
  );
}
