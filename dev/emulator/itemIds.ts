// Exchange's two spellings of one item id: EWS ids (what Office.js returns) are standard base64, REST
// ids (what Graph takes) the URL-safe variant of the same bytes. The one conversion every double uses.

export function restIdFromItemId(itemId: string): string {
  return itemId.replace(/\//g, '-').replace(/\+/g, '_');
}

export function itemIdFromRestId(restId: string): string {
  return restId.replace(/-/g, '/').replace(/_/g, '+');
}
