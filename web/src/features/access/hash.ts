/** A value from the page's fragment (`#token=…`, `#code=…`): the fragment never reaches a server,
 * so no proxy or access log sees it. */
export function hashParam(hash: string, name: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, "")).get(name);
  return value?.trim() ? value.trim() : null;
}
