// What Outlook takes from the add-in's XML manifest at install time and enforces later: the add-in
// id (which names its custom properties) and the image resources a notification's icon may name.
// Read with regular expressions so the same code runs in the page and in Node tests.

export interface ManifestFacts {
  /** The manifest's <Id>, as Outlook reports it: lower case. */
  readonly addinId: string;
  /** The ids of the manifest's <bt:Image> resources. */
  readonly imageIds: readonly string[];
}

export function manifestFacts(xml: string): ManifestFacts {
  const id = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(xml)?.[1];
  if (!id) throw new Error('The manifest has no <Id>.');
  const images = /<bt:Images>([\s\S]*?)<\/bt:Images>/.exec(xml)?.[1] ?? '';
  const imageIds = [...images.matchAll(/<bt:Image\s[^>]*\bid="([^"]+)"/g)].map((m) => m[1] ?? '');
  return { addinId: id.toLowerCase(), imageIds };
}
