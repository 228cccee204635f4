/**
 * The article's address as a file declares it, kept only when it is one the
 * library accepts: an absolute http(s) address, no user name or password in
 * it, no longer than the library stores. A declared address is never
 * followed; it is only recorded.
 */

export const MAX_WEB_ADDRESS_LENGTH = 2_048;

/** The address, resolved against `base` when relative, or null when it is not a web address. */
export function toWebAddress(value: string | null | undefined, base?: string | null): string | null {
  const text = value?.trim() ?? '';
  if (text === '' || text.length > MAX_WEB_ADDRESS_LENGTH) return null;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href.length <= MAX_WEB_ADDRESS_LENGTH ? url.href : null;
}
