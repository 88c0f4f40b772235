// What Outlook takes from the add-in's XML manifest at install time and enforces later: the add-in
// id (which names its custom properties) and the image resources a notification's icon may name.
// Read with regular expressions so the same code runs in the page and in Node tests.

export interface ManifestFacts {
  /** The manifest's <Id> as it names the item's custom properties (`cecp-<addinId>`). */
  readonly addinId: string;
  /** The ids of the manifest's <bt:Image> resources. */
  readonly imageIds: readonly string[];
}

export function manifestFacts(xml: string): ManifestFacts {
  const id = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(xml)?.[1];
  if (!id) throw new Error('The manifest has no <Id>.');
  const images = /<bt:Images>([\s\S]*?)<\/bt:Images>/.exec(xml)?.[1] ?? '';
  const imageIds = [...images.matchAll(/<bt:Image\s[^>]*\bid="([^"]+)"/g)].map((m) => m[1] ?? '');
  return { addinId: customPropertiesName(id), imageIds };
}

/**
 * The <ID> of `cecp-<ID>`: the manifest's Id in lower case, without braces or a `urn:uuid` prefix.
 * https://learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxcext/4cf1da5e-c68e-433e-a97e-c45625483481
 */
function customPropertiesName(id: string): string {
  return id
    .toLowerCase()
    .replace(/[{}]/g, '')
    .replace(/^urn:uuid:?/, '');
}
