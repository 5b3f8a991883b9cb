// The page address as sharing sees it: whether it asks for the embedded view, the address without
// its fragment, and the address that opens the same link in the full editor.

/** Whether the query asks for the read-only embedded view (`?embed=1`, also `?embed` or `true`). */
export function isEmbedSearch(search: string): boolean {
  const value = new URLSearchParams(search).get('embed');
  return value !== null && value !== '0' && value.toLowerCase() !== 'false';
}

/** The address without its fragment (`#…`). */
export function withoutFragment(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/** The same address, fragment kept, without the `embed` parameter: the full editor. */
export function editorAddress(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.toString();
}
